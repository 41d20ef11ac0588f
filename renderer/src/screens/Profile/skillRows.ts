import { localized, type Catalog, type Level, type Locale, type Profile, type Skill } from '../../../../core';
import type { SkillRatingRow } from '../../components/SkillRatingList/SkillRatingList';
import type { SkillNeed } from '../../components/SkillRatingList/skillNeeds';

/**
 * A rating whose skill left the matrix (say a deleted custom skill) still shows, under its id,
 * so the person can see and remove it.
 */
export function missingSkill(skillId: string, description: { en: string; fr: string }): Skill {
  return {
    id: skillId,
    name: { en: skillId, fr: skillId },
    category: 'tools',
    description,
    prerequisites: [],
    aliases: [],
  };
}

interface RowContext {
  catalog: Catalog;
  needed: SkillNeed[];
  locale: Locale;
  missingDescription: { en: string; fr: string };
}

function needsFor(skillId: string, context: RowContext) {
  const need = context.needed.find((entry) => entry.skill.id === skillId);
  return (need?.needs ?? []).map((roleNeed) => ({
    roleTitle: localized(roleNeed.role.title, context.locale),
    level: roleNeed.level as Level,
  }));
}

const byName = (locale: Locale) => (a: SkillRatingRow, b: SkillRatingRow) =>
  localized(a.skill.name, locale).localeCompare(localized(b.skill.name, locale), locale);

/** Every rating of the profile, alphabetical (the list groups them by category). */
export function ratedRows(profile: Profile, context: RowContext): SkillRatingRow[] {
  const skillsById = new Map(context.catalog.skills.map((skill) => [skill.id, skill]));
  return profile.skills
    .map((rating) => ({
      skill: skillsById.get(rating.skillId) ?? missingSkill(rating.skillId, context.missingDescription),
      level: rating.level,
      note: rating.note,
      rated: true,
      needs: needsFor(rating.skillId, context),
    }))
    .sort(byName(context.locale));
}

/** Every skill the target roles need, rated or not, most important first. */
export function neededRows(profile: Profile, context: RowContext): SkillRatingRow[] {
  const ratings = new Map(profile.skills.map((rating) => [rating.skillId, rating]));
  return context.needed.map((need) => {
    const rating = ratings.get(need.skill.id);
    return {
      skill: need.skill,
      level: rating?.level ?? 0,
      note: rating?.note,
      rated: rating !== undefined,
      needs: needsFor(need.skill.id, context),
    };
  });
}

/** Sets a skill's level, adding the rating when the skill had none. */
export function withLevel(profile: Profile, skillId: string, level: Level): Profile {
  const exists = profile.skills.some((rating) => rating.skillId === skillId);
  return {
    ...profile,
    skills: exists
      ? profile.skills.map((rating) => (rating.skillId === skillId ? { ...rating, level } : rating))
      : [...profile.skills, { skillId, level }],
  };
}

/** Sets or clears the evidence note; an empty note is dropped rather than stored as "". */
export function withNote(profile: Profile, skillId: string, note: string): Profile {
  return {
    ...profile,
    skills: profile.skills.map((rating) => {
      if (rating.skillId !== skillId) return rating;
      const { note: _old, ...rest } = rating;
      return note.trim() === '' ? rest : { ...rest, note };
    }),
  };
}

/** Adds unrated skills at level 0 so they appear in the list to be rated. */
export function withSkillsAdded(profile: Profile, skillIds: string[]): Profile {
  const present = new Set(profile.skills.map((rating) => rating.skillId));
  const added = skillIds.filter((id) => !present.has(id)).map((skillId) => ({ skillId, level: 0 as Level }));
  return added.length === 0 ? profile : { ...profile, skills: [...profile.skills, ...added] };
}
