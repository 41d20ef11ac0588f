import type { AssumedLevel, Background, Catalog, Role } from '../model/catalog';
import { tierOf } from '../model/catalog';
import type { OccupationChoice, SkillRating } from '../model/profile';

/** What plans and fits read from a person: their ratings, and their background and jobs for assumptions. */
export interface PersonLevels {
  skills: readonly Pick<SkillRating, 'skillId' | 'level'>[];
  background?: Background;
  occupations?: readonly Pick<OccupationChoice, 'code' | 'suggested'>[];
}

/** An unrated skill's suggested level and where it comes from: the background, or a job the person named. */
export interface Assumption extends AssumedLevel {
  background?: Background;
  /** O*NET code of the job the suggestion comes from. */
  occupationCode?: string;
}

export interface EffectiveLevels {
  /** skill id -> the level used: the rating, else the assumption, else nothing (0). */
  levels: Map<string, number>;
  /** Unrated skills whose level is only suggested from the background. */
  assumed: Map<string, Assumption>;
}

const byCatalog = new WeakMap<Catalog, Map<Background, ReadonlyMap<string, AssumedLevel>>>();

function assumptionsFor(catalog: Catalog, background: Background): ReadonlyMap<string, AssumedLevel> {
  let table = byCatalog.get(catalog);
  if (!table) {
    table = new Map();
    for (const profile of catalog.backgroundProfiles ?? []) {
      table.set(profile.background, new Map(profile.skills.map((skill) => [skill.skillId, skill])));
    }
    byCatalog.set(catalog, table);
  }
  return table.get(background) ?? new Map();
}

/**
 * The levels the advice uses (docs/advice.md "Unrated is unknown"): a rated skill counts at its
 * rating, 0 included; an unrated one at the level people of the person's background, or of a job
 * they named, usually have (the highest such suggestion; a named job wins a tie, being the more
 * specific), marked as an assumption; an unrated skill with no such basis counts as 0.
 */
export function effectiveLevels(person: PersonLevels, catalog: Catalog): EffectiveLevels {
  const levels = new Map<string, number>();
  const assumed = new Map<string, Assumption>();
  // A valid profile rates each skill once; for a repeated one the first rating wins, like levelOf.
  for (const rating of person.skills) if (!levels.has(rating.skillId)) levels.set(rating.skillId, rating.level);
  const offer = (suggestion: Assumption) => {
    if (levels.has(suggestion.skillId) && !assumed.has(suggestion.skillId)) return;
    const known = assumed.get(suggestion.skillId);
    if (known && (known.level > suggestion.level || (known.level === suggestion.level && suggestion.occupationCode === undefined))) return;
    levels.set(suggestion.skillId, suggestion.level);
    assumed.set(suggestion.skillId, suggestion);
  };
  if (person.background) {
    for (const suggestion of assumptionsFor(catalog, person.background).values()) offer({ ...suggestion, background: person.background });
  }
  for (const occupation of person.occupations ?? []) {
    for (const suggestion of occupation.suggested) offer({ ...suggestion, occupationCode: occupation.code });
  }
  return { levels, assumed };
}

export type PlanScope = 'core' | 'full';

/** A skill a plan must bring to `level`; importance weighs it against other gaps. */
export interface Need {
  skillId: string;
  level: number;
  importance: number;
}

/**
 * What the target roles ask, one need per skill: the highest level and importance among them.
 * 'core' keeps the core requirements only; 'full' every requirement.
 */
export function needsOf(roles: readonly Role[], scope: PlanScope): Need[] {
  const needs = new Map<string, Need>();
  for (const role of roles) {
    for (const requirement of role.requirements) {
      if (scope === 'core' && tierOf(requirement) !== 'core') continue;
      const known = needs.get(requirement.skillId);
      if (known) {
        known.level = Math.max(known.level, requirement.level);
        known.importance = Math.max(known.importance, requirement.importance);
      } else {
        needs.set(requirement.skillId, { skillId: requirement.skillId, level: requirement.level, importance: requirement.importance });
      }
    }
  }
  return [...needs.values()].sort((a, b) => (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
}
