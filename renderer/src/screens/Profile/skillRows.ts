import { localized, rateSkill, type Catalog, type IsoDate, type Level, type Locale, type Profile, type Skill } from '../../../../core';
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

/**
 * Adds unrated skills at level 0 so they appear in the list to be rated. Level 0 is a rating
 * (it replaces what the background assumed), so each is dated like any other (rateSkill).
 */
export function withSkillsAdded(profile: Profile, skillIds: string[], today: IsoDate): Profile {
  const present = new Set(profile.skills.map((rating) => rating.skillId));
  return skillIds.reduce((next, skillId) => (present.has(skillId) ? next : rateSkill(next, skillId, 0, today)), profile);
}
