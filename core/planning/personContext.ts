import type { Catalog } from '../model/catalog';
import { compareIds, expectsMet, speaksOneOf, type CourseFacts, type NumberedLevel, type PlannerIndex } from './courseFacts';
import { reachableLevels, type SearchSpace } from './courseSearch';
import { Teachers } from './teachers';

export type PersonContext = SearchSpace;

export interface OfferedCourses {
  /** Languages the person studies in; undefined offers every course. */
  languages?: readonly string[];
  /** Courses the person removed. */
  excluded?: ReadonlySet<string>;
}

/**
 * Contexts kept per catalog, by the person's levels (levelsKey), then by the courses offered:
 * ranking asks for every role with the same person, so they repeat. The two levels keep the
 * long levels key hashed once (a key made of both would be a new string at every call).
 */
const PEOPLE_KEPT = 2;
const OFFERS_KEPT = 8;
const contexts = new WeakMap<Catalog, Map<string, Map<string, PersonContext>>>();

/**
 * What depends on the person and not on the role: the courses offered to them, what they can
 * reach, and who teaches what. Memoised (a few per catalog, most recent kept) because ranking
 * plans every role for the same person; results are only read, never changed.
 */
export function personContext(
  catalog: Catalog,
  index: PlannerIndex,
  levels: ReadonlyMap<string, number>,
  options: OfferedCourses,
  /** Courses written for another audience, left out; null offers courses whatever their audience. */
  otherAudience: ReadonlySet<string> | null,
  /** levelsKey(levels), when the caller has it already. */
  person = levelsKey(levels),
): PersonContext {
  const excluded = options.excluded ?? new Set<string>();
  const offer = [
    otherAudience === null ? '*' : [...otherAudience].sort().join(','),
    options.languages === undefined ? '*' : [...options.languages].sort().join(','),
    [...excluded].sort().join(','),
  ].join('|');
  let people = contexts.get(catalog);
  if (!people) {
    people = new Map();
    contexts.set(catalog, people);
  }
  const offers = recentlyUsed(people, person, PEOPLE_KEPT, () => new Map<string, PersonContext>());
  return recentlyUsed(offers, offer, OFFERS_KEPT, () => makeContext(index, levels, excluded, options.languages, otherAudience));
}

/** The value kept under the key, made when missing; the map keeps the `limit` most recently used. */
function recentlyUsed<T>(kept: Map<string, T>, key: string, limit: number, make: () => T): T {
  let value = kept.get(key);
  // Most recently used last, so the oldest goes first.
  if (value === undefined) value = make();
  else kept.delete(key);
  kept.set(key, value);
  if (kept.size > limit) kept.delete(kept.keys().next().value!);
  return value;
}

function makeContext(
  index: PlannerIndex,
  levels: ReadonlyMap<string, number>,
  excluded: ReadonlySet<string>,
  languages: readonly string[] | undefined,
  otherAudience: ReadonlySet<string> | null,
): PersonContext {
  const offered = index.courses.filter(
    (facts) =>
      !excluded.has(facts.course.id) &&
      speaksOneOf(facts.course, languages) &&
      (otherAudience === null || !otherAudience.has(facts.course.id)),
  );
  const reach = reachableLevels(levels, offered);
  const usable = offered.filter((facts) => expectsMet(facts, reach.levels));
  const teachers = bySkillNumber(usable, index.skillIds.length, (facts) => facts.taught);
  for (const list of teachers) list?.sort((a, b) => a.minutes - b.minutes || compareIds(a.course.id, b.course.id));
  return {
    have: index.skillIds.map((skillId) => levels.get(skillId) ?? 0),
    skillIds: index.skillIds,
    skillNumbers: index.skillNumbers,
    usable,
    reach,
    teachers: new Teachers(teachers),
    expecters: bySkillNumber(usable, index.skillIds.length, (facts) => facts.expected),
  };
}

/** skill number -> the courses teaching it (or expecting it), in the order given. */
function bySkillNumber(courses: readonly CourseFacts[], skillCount: number, side: (facts: CourseFacts) => readonly NumberedLevel[]): Array<CourseFacts[] | undefined> {
  const bySkill = new Array<CourseFacts[] | undefined>(skillCount);
  for (const facts of courses) {
    for (const { skill } of side(facts)) {
      const list = bySkill[skill];
      if (list) list.push(facts);
      else bySkill[skill] = [facts];
    }
  }
  return bySkill;
}

interface LevelsKey {
  /** The entries the key was made from, in the map's order. */
  entries: Array<[string, number]>;
  key: string;
}

const levelsKeys = new WeakMap<ReadonlyMap<string, number>, LevelsKey>();

/**
 * The positive levels as text, by skill id: the same for two maps with the same levels. Ranking
 * plans every role with one map of a few hundred ratings, so the key is kept with the map and
 * made again only when the map no longer holds the entries it was made from (a map is read-only
 * here, but a caller may change it between two plans).
 */
export function levelsKey(levels: ReadonlyMap<string, number>): string {
  const known = levelsKeys.get(levels);
  if (known && holdsExactly(levels, known.entries)) return known.key;
  const entries = [...levels];
  const key = entries
    .filter(([, level]) => level > 0)
    .sort(([a], [b]) => compareIds(a, b))
    .map(([skillId, level]) => `${skillId}=${level}`)
    .join(',');
  levelsKeys.set(levels, { entries, key });
  return key;
}

function holdsExactly(levels: ReadonlyMap<string, number>, entries: ReadonlyArray<[string, number]>): boolean {
  if (levels.size !== entries.length) return false;
  let at = 0;
  for (const [skillId, level] of levels) {
    const [knownId, knownLevel] = entries[at];
    if (skillId !== knownId || level !== knownLevel) return false;
    at += 1;
  }
  return true;
}
