import type { Catalog, Role } from '../model/catalog';
import type { Level } from '../model/level';
import type { Profile } from '../model/profile';
import type { RatingEvent } from '../model/store';
import type { IsoDate } from '../model/text';
import { analyzeFit, fitProfileOf } from './fit';

/** How ready the person was for a role at the end of one day, as analyzeFit computes it. */
export interface ReadinessPoint {
  /**
   * The day some levels changed; null for the baseline, the levels as they were before the first
   * recorded change (or, with no history, as they are now).
   */
  date: IsoDate | null;
  coreReadiness: number;
  readiness: number;
  /** The same as whole percentages, rounded down exactly as the readiness badge shows them. */
  corePercent: number;
  percent: number;
}

/** A skill's level at some moment; null when unrated (unknown), which analyzeFit reads as unrated. */
type Levels = Map<string, Level | null>;

const byDate = (a: RatingEvent, b: RatingEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The person's readiness for `role` after each day their levels changed, oldest first.
 *
 * The history only says what each change set a level to, never what it was before, so the levels
 * are anchored on the current profile and walked backwards: at the end of day D, a skill changed
 * again after D has the level of its last change on or before D, or is unknown (no change yet:
 * what it was before is not recorded, and guessing a level would invent progress); a skill not
 * changed after D has its current level. The last point therefore always equals analyzeFit on
 * the current profile, even when an import replaced levels without recording them.
 *
 * The baseline (before the first change) is left out when it knows no level at all: that is a
 * person whose first ratings are in the history (onboarding), and going from "nothing rated" to a
 * first self-assessment is not progress. With no history there is one point: now.
 *
 * Events are ordered by date (stably, so the history's order decides within a day): a rating put
 * back by an undo carries its original date and lands where it belongs.
 */
export function readinessOverTime(
  history: readonly RatingEvent[],
  profile: Pick<Profile, 'skills' | 'background' | 'occupations'>,
  role: Role,
  catalog: Catalog,
  /** The person's study languages (studyLanguagesOf), as every other fit is computed with. */
  languages?: readonly string[],
): ReadinessPoint[] {
  const current: Levels = new Map();
  // A valid profile rates each skill once; for a repeated one the first rating wins, like levelOf.
  for (const rating of profile.skills) if (!current.has(rating.skillId)) current.set(rating.skillId, rating.level);

  const events = [...history].sort(byDate);
  const lastChange = new Map<string, number>();
  events.forEach((event, index) => lastChange.set(event.skillId, index));

  const levels: Levels = new Map(current);
  for (const skillId of lastChange.keys()) levels.set(skillId, null);

  const readinessOf = memoisedReadiness(profile, role, catalog, languages);
  const points: ReadinessPoint[] = [];
  const baselineKnowsALevel = [...levels.values()].some((level) => level !== null);
  if (events.length === 0 || baselineKnowsALevel) points.push({ date: null, ...readinessOf(levels) });

  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    // A skill's last change is where the walk back from the profile starts: its current level.
    levels.set(event.skillId, lastChange.get(event.skillId) === index ? (current.get(event.skillId) ?? null) : event.level);
    const dayEnds = index === events.length - 1 || events[index + 1].date !== event.date;
    if (dayEnds) points.push({ date: event.date, ...readinessOf(levels) });
  }
  return points;
}

type Figures = Omit<ReadinessPoint, 'date'>;

/**
 * Figures already computed, by catalog and role (both never modified once made, like every store
 * object), then by background, languages and the role's levels. The role page asks again after
 * each level the person sets; with this, only the new moment costs an analysis (about 1-4 ms on
 * the built-in catalog, where the plan to be ready is most of it) instead of all of them again.
 * The answer is the same with or without it.
 */
const FIGURES = new WeakMap<Catalog, WeakMap<Role, Map<string, Figures>>>();
/** Plenty for years of weekly changes to one role, small enough to never matter in memory. */
const MAX_FIGURES_PER_ROLE = 5000;

function figuresCache(catalog: Catalog, role: Role): Map<string, Figures> {
  let byRole = FIGURES.get(catalog);
  if (!byRole) FIGURES.set(catalog, (byRole = new WeakMap()));
  let figures = byRole.get(role);
  if (!figures || figures.size >= MAX_FIGURES_PER_ROLE) byRole.set(role, (figures = new Map()));
  return figures;
}

/**
 * analyzeFit for a moment's levels. Readiness reads only the levels of the role's own skills, so
 * two moments that agree on those share one analysis: changes to skills this role does not ask
 * for cost nothing.
 */
function memoisedReadiness(
  person: Pick<Profile, 'background' | 'occupations'>,
  role: Role,
  catalog: Catalog,
  languages: readonly string[] | undefined,
): (levels: Levels) => Figures {
  const seen = figuresCache(catalog, role);
  // The jobs' suggestions are copied into the profile when chosen, so their codes name them.
  const jobs = person.occupations?.map((occupation) => occupation.code).join(',') ?? '';
  const context = `${person.background}|${jobs}|${languages?.join(',') ?? '*'}|`;
  return (levels) => {
    const key = context + role.requirements.map((requirement) => levels.get(requirement.skillId) ?? '-').join(',');
    const known = seen.get(key);
    if (known) return known;
    const skills = [...levels].flatMap(([skillId, level]) => (level === null ? [] : [{ skillId, level }]));
    const fit = analyzeFit(fitProfileOf({ ...person, skills }, languages), role, catalog);
    const figures = {
      coreReadiness: fit.coreReadiness,
      readiness: fit.readiness,
      corePercent: fit.coreExplanation.percent,
      percent: fit.explanation.percent,
    };
    seen.set(key, figures);
    return figures;
  };
}
