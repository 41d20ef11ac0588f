import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { analyzeFit, rankRoles } from '../../../core/analysis';
import { compareRoles } from '../../../core/analysis/compare';
import {
  BACKGROUNDS,
  CatalogSchema,
  type Background,
  type BackgroundProfile,
  type Catalog,
  type Course,
  type RequirementTier,
  type Role,
} from '../../../core/model/catalog';
import type { Level } from '../../../core/model/level';
import type { UncoveredGap } from '../../../core/model/plan';
import { buildPlan } from '../../../core/planning';
import { effectiveLevels, needsOf, type PlanScope } from '../../../core/planning/needs';
import { planCourses, type CoursePlan } from '../../../core/planning/planCourses';
import { course, inputsOf, role, skill } from './fixtures';
import {
  levelsOf,
  needsFor,
  offeredCourses,
  orderable,
  reachableLevels,
  teachLevel,
  unmetExpectations,
  unmetNeeds,
} from './oracle';

/*
 * Shared by the planCourses property tests: random scenarios and the checks of the one planner
 * (docs/advice.md "One planner") against an independent reading of its rules (./oracle).
 */

export const SMALL = { numRuns: 200 };
export const BUILT_IN = { numRuns: 80 };
// The dearest checks (ranking all 20 roles; cloning and shuffling the whole matrix) get fewer runs.
export const BUILT_IN_RANKED = { numRuns: 40 };
/** Generous: the machine is shared; no property asserts anything about time. */
export const SLOW = 60_000;

export interface Scenario {
  catalog: Catalog;
  profile: { skills: Array<{ skillId: string; level: Level }>; background: Background };
  targetRoleIds: string[];
  languages: string[];
  scope: PlanScope;
  excluded: string[];
  preferred: string[];
}

const LANGUAGE_CHOICES: string[][] = [['en'], ['en'], ['fr'], ['fr', 'en']];
const COURSE_LANGUAGES: Array<Course['languages']> = [['en'], ['en'], ['fr'], ['multi'], ['en', 'fr'], ['de']];

// ---------------------------------------------------------------------------------------------
// Small random catalogs: few skills so courses, needs and expectations meet often.

const tierArb = fc.constantFrom<RequirementTier | undefined>(undefined, 'core', 'core', 'plus');
/** Whole and quarter hours: sums are exact in binary, so hours compare with ===. */
const hoursArb = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 48 }).map((quarters) => quarters / 4));

export function smallCatalogArb(maxCourses: number): fc.Arbitrary<Catalog> {
  return fc.integer({ min: 2, max: 6 }).chain((count) => {
    const ids = Array.from({ length: count }, (_, n) => `s${n}`);
    const skillId = fc.constantFrom(...ids);
    const levels = (min: number, max: number, levelMin: number, levelMax: number) =>
      fc.uniqueArray(fc.tuple(skillId, fc.integer({ min: levelMin, max: levelMax })), { minLength: min, maxLength: max, selector: ([id]) => id });
    const skills = fc.tuple(...ids.map((_, index) => fc.subarray(ids.slice(0, index), { maxLength: Math.min(2, index) })));
    const needLevel = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 4 }, fc.constant(4));
    const roles = fc.array(
      fc.uniqueArray(fc.tuple(skillId, needLevel, fc.integer({ min: 1, max: 5 }), tierArb), {
        minLength: 1,
        maxLength: 4,
        selector: ([id]) => id,
      }),
      { minLength: 1, maxLength: 4 },
    );
    // Courses mostly teach at working level or above and expect little, so plans are rarely empty.
    const taught = fc.uniqueArray(fc.tuple(skillId, fc.oneof({ arbitrary: fc.integer({ min: 2, max: 4 }), weight: 4 }, fc.constant(1))), {
      minLength: 1,
      maxLength: 2,
      selector: ([id]) => id,
    });
    const expected = fc.oneof({ arbitrary: fc.constant<Array<[string, number]>>([]), weight: 2 }, levels(1, 2, 1, 3));
    // As often, a course expects a lower level of a skill it teaches (SQL 3 expecting SQL 2), or that and more.
    const teachingAndExpecting = taught.chain((teaches) => {
      const [id, level] = teaches[0];
      const below: Array<[string, number]> = level > 1 ? [[id, level - 1]] : [];
      return fc.tuple(
        fc.constant(teaches),
        fc.oneof(expected, fc.constant(below), expected.map((more) => [...below, ...more.filter(([other]) => other !== id)])),
      );
    });
    const language = fc.constantFrom(...COURSE_LANGUAGES);
    const mixed = fc.array(
      fc.tuple(hoursArb, teachingAndExpecting, language).map(([hours, [teaches, expects], languages]) => [hours, teaches, expects, languages] as const),
      { minLength: 1, maxLength: maxCourses - count },
    );
    // Often also one course per skill, so most needs have a course and plans get longer.
    const perSkill = fc.option(fc.tuple(...ids.map((id) => fc.tuple(hoursArb, fc.integer({ min: 2, max: 4 }).map((level): Array<[string, number]> => [[id, level]]), expected, language))), {
      freq: 5,
      nil: undefined,
    });
    const courses = fc.tuple(mixed, perSkill).map(([rows, single]) => [...rows, ...(single ?? [])]);
    const profiles = fc.uniqueArray(
      fc.tuple(fc.constantFrom<Background>('sales', 'education', 'software-engineering'), levels(0, 3, 1, 3)),
      { maxLength: 2, selector: ([background]) => background },
    );
    return fc.tuple(skills, roles, courses, profiles).map(([prerequisites, roleLists, courseRows, profileRows]) => ({
      version: 'random',
      skills: ids.map((id, index) => skill(id, prerequisites[index])),
      roles: roleLists.map((requirements, index) => withTiers(role(`r${index}`, requirements.map(([id, level, importance]) => [id, level, importance])), requirements.map((entry) => entry[3]))),
      courses: courseRows.map(([hours, teaches, expects, languages], index) => ({ ...course(`c${index}`, hours, teaches, expects), languages })),
      backgroundProfiles: profileRows.map(
        ([background, assumed]): BackgroundProfile => ({
          background,
          onetCode: '11-1111.00',
          skills: assumed.map(([id, level]) => ({ skillId: id, level: level as 1 | 2 | 3, basis: 'test' })),
        }),
      ),
    }));
  });
}

function withTiers(made: Role, tiers: Array<RequirementTier | undefined>): Role {
  made.requirements.forEach((requirement, index) => {
    const tier = tiers[index];
    if (tier !== undefined) requirement.tier = tier;
  });
  return made;
}

/** Ratings 0-4, low ones more often: a career changer rarely starts at the level a role asks. */
const ratingArb = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 1 }), weight: 2 }, fc.integer({ min: 0, max: 4 }));

const assumingBackgrounds = (catalog: Catalog): Background[] => {
  const backgrounds = (catalog.backgroundProfiles ?? []).map((entry) => entry.background);
  return backgrounds.length > 0 ? backgrounds : ['other'];
};

export function scenarioArb(catalogArb: fc.Arbitrary<Catalog>, options: { pick?: boolean; maxRatings?: number } = {}): fc.Arbitrary<Scenario> {
  return catalogArb.chain((catalog) => {
    const courseIds = catalog.courses.map((entry) => entry.id);
    const some = (maxLength: number) =>
      options.pick ? fc.subarray(courseIds, { maxLength: Math.min(maxLength, courseIds.length) }) : fc.constant<string[]>([]);
    return fc
      .record({
        ratings: fc.uniqueArray(fc.tuple(fc.constantFrom(...catalog.skills.map((entry) => entry.id)), ratingArb), {
          maxLength: options.maxRatings ?? catalog.skills.length,
          selector: ([id]) => id,
        }),
        // Half the time a background the catalog has assumptions for.
        background: fc.oneof(fc.constantFrom(...BACKGROUNDS), fc.constantFrom(...assumingBackgrounds(catalog))),
        targetRoleIds: fc.uniqueArray(fc.constantFrom(...catalog.roles.map((entry) => entry.id)), { minLength: 1, maxLength: 3 }),
        languages: fc.constantFrom(...LANGUAGE_CHOICES),
        scope: fc.constantFrom<PlanScope>('core', 'core', 'full'),
        excluded: some(3),
        preferred: some(2),
      })
      .map(({ ratings, background, ...rest }) => ({
        catalog,
        profile: { skills: ratings.map(([skillId, level]) => ({ skillId, level: level as Level })), background },
        ...rest,
      }));
  });
}

// ---------------------------------------------------------------------------------------------
// The built-in matrix.

export const builtIn = CatalogSchema.parse(JSON.parse(readFileSync(new URL('../../../assets/catalog.json', import.meta.url), 'utf8')));
export const builtInArb = (pick: boolean) => scenarioArb(fc.constant(builtIn), { pick, maxRatings: 30 });

// ---------------------------------------------------------------------------------------------
// Running the planner and checking it against the oracle.

const rolesOf = (scenario: Scenario): Role[] =>
  scenario.targetRoleIds.map((id) => scenario.catalog.roles.find((entry) => entry.id === id)!);

export function planOf(scenario: Scenario, catalog: Catalog = scenario.catalog): CoursePlan {
  const person = effectiveLevels(scenario.profile, catalog);
  return planCourses(person.levels, needsOf(rolesOf(scenario), scenario.scope), catalog, {
    languages: scenario.languages,
    excluded: new Set(scenario.excluded),
    preferred: new Set(scenario.preferred),
    roleIds: scenario.targetRoleIds,
  });
}

interface Reading {
  levels: Map<string, number>;
  needs: Map<string, number>;
  /** Needs beyond the person's levels. */
  open: Map<string, number>;
  reach: Map<string, number>;
}

export function read(scenario: Scenario): Reading {
  const levels = levelsOf(scenario.catalog, scenario.profile);
  const needs = needsFor(scenario.catalog, scenario.targetRoleIds, scenario.scope);
  const open = new Map([...needs].filter(([skillId, level]) => (levels.get(skillId) ?? 0) < level));
  const reach = reachableLevels(levels, offeredCourses(scenario.catalog, scenario.languages, scenario.excluded));
  return { levels, needs, open, reach };
}

/** docs/advice.md: no course teaches the level; only courses in other languages; the person removed them; their expectations cannot be met. */
function reasonOf(scenario: Scenario, levels: Map<string, number>, skillId: string, level: number): UncoveredGap['reason'] {
  // A portfolio project teaches nothing new: it is never a teacher.
  const teachers = scenario.catalog.courses.filter((entry) => !entry.project && teachLevel(entry, skillId) >= level);
  if (teachers.length === 0) return 'no-course';
  if (offeredCourses({ ...scenario.catalog, courses: teachers }, scenario.languages).length === 0) return 'language';
  const withoutRemovals = reachableLevels(levels, offeredCourses(scenario.catalog, scenario.languages));
  return (withoutRemovals.get(skillId) ?? 0) >= level ? 'excluded' : 'expects';
}

/** (a) Every need is met by the person or a chosen course, or listed uncovered; only unreachable needs are listed. */
export function checkNoFalseUncovered(scenario: Scenario, plan: CoursePlan): void {
  const { levels, needs, open, reach } = read(scenario);
  // The oracle's reading of the person and the roles is the planner's own.
  expect(levels).toEqual(effectiveLevels(scenario.profile, scenario.catalog).levels);
  expect(needsOf(rolesOf(scenario), scenario.scope).map((need) => [need.skillId, need.level])).toEqual(
    [...needs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const uncovered = new Map(plan.uncovered.map((gap) => [gap.skillId, gap]));
  expect(uncovered.size).toBe(plan.uncovered.length);
  for (const skillId of uncovered.keys()) expect(open.has(skillId), `${skillId} is listed but no open need`).toBe(true);
  for (const [skillId, level] of open) {
    const gap = uncovered.get(skillId);
    if (gap) {
      expect(gap.level).toBe(level);
      expect(reach.get(skillId) ?? 0, `${skillId}@${level} is listed uncovered but reachable`).toBeLessThan(level);
      expect(gap.reason, `${skillId}@${level}`).toBe(reasonOf(scenario, levels, skillId, level));
    } else {
      expect(plan.courses.some((entry) => teachLevel(entry, skillId) >= level), `${skillId}@${level} is neither met nor listed`).toBe(true);
    }
  }
  const offered = new Set(offeredCourses(scenario.catalog, scenario.languages, scenario.excluded).map((entry) => entry.id));
  for (const entry of plan.courses) expect(offered.has(entry.id), `${entry.id} is not offered`).toBe(true);
  expect(new Set(plan.courses.map((entry) => entry.id)).size).toBe(plan.courses.length);
  expect(plan.totalHours).toBe(plan.courses.reduce((sum, entry) => sum + entry.hours, 0));
}

/** (b) In study order, each course finds what it expects in the person's levels or an earlier course. */
export function checkExpectations(scenario: Scenario, plan: CoursePlan): void {
  expect(unmetExpectations(plan.courses, read(scenario).levels)).toEqual([]);
}

/** (c) Each course says why it is there, and none can go: without it a need or an expectation is left unmet. */
export function checkNoPadding(scenario: Scenario, plan: CoursePlan): void {
  const { levels, open } = read(scenario);
  const met = new Map([...open].filter(([skillId]) => !plan.uncovered.some((gap) => gap.skillId === skillId)));
  expect(plan.why).toHaveLength(plan.courses.length);
  const courses = plan.courses.filter((entry) => !entry.project);
  plan.courses.forEach((entry, position) => {
    const why = plan.why[position];
    if (entry.project) return checkProjectWhy(entry, why, scenario.preferred.includes(entry.id));
    expect(why.pinned).toBe(scenario.preferred.includes(entry.id));
    expect(why.closes.length + why.prepares.length > 0 || why.pinned, `${entry.id} has no reason`).toBe(true);
    // A pinned course stays by the person's choice; every other one is needed.
    if (why.pinned) return;
    // Projects left aside: they expect what the courses teach, so dropping a course would always "break" one.
    const rest = courses.filter((other) => other !== entry);
    const broken = unmetNeeds(met, rest, levels).length > 0 || !orderable(rest, levels);
    expect(broken, `${entry.id} can go`).toBe(true);
  });
  // Each met need is closed by the first course reaching it, and by that one only.
  const closes = plan.why.flatMap((why, position) => why.closes.map((need) => [need.skillId, need.level, position] as const));
  expect(closes.map(([skillId, level]) => `${skillId}@${level}`).sort()).toEqual([...met].map(([skillId, level]) => `${skillId}@${level}`).sort());
  for (const [skillId, level, position] of closes) {
    expect(plan.courses.findIndex((entry) => teachLevel(entry, skillId) >= level)).toBe(position);
  }
  // Each preparation is taught by that course, before a chosen course expecting it beyond the person.
  plan.why.forEach((why, position) => {
    for (const prepared of why.prepares) {
      const later = plan.courses.findIndex((entry) => entry.id === prepared.forCourseId);
      expect(later).toBeGreaterThan(position);
      expect(teachLevel(plan.courses[position], prepared.skillId)).toBeGreaterThanOrEqual(prepared.level);
      expect(plan.courses[later].expects.some((expected) => expected.skillId === prepared.skillId && expected.level === prepared.level)).toBe(true);
      expect(levels.get(prepared.skillId) ?? 0).toBeLessThan(prepared.level);
    }
  });
}

const DEFAULT_START = '2026-01-05';

function checkProjectWhy(entry: Course, why: CoursePlan['why'][number], pinned: boolean): void {
  expect(why.closes).toEqual([]);
  expect(why.pinned).toBe(pinned);
  expect(why.shows).toEqual([...entry.expects].sort((a, b) => (a.skillId < b.skillId ? -1 : 1)));
}

/**
 * (f) Portfolio projects (docs/advice.md "Portfolio projects"): the plan holds exactly the target
 * roles' projects, offered to the person, whose shown levels the courses reach and at least one of
 * which the person did not have; each one comes right after the course by which it is reached.
 */
export function checkProjects(scenario: Scenario, plan: CoursePlan): void {
  const { levels } = read(scenario);
  const courses = plan.courses.filter((entry) => !entry.project);
  const reached = new Map(levels);
  for (const entry of courses) for (const taught of entry.teaches) reached.set(taught.skillId, Math.max(reached.get(taught.skillId) ?? 0, taught.level));
  const offered = new Set(offeredCourses(scenario.catalog, scenario.languages, scenario.excluded).map((entry) => entry.id));
  const expected = scenario.catalog.courses
    .filter((entry) => entry.project && entry.project.roleIds.some((roleId) => scenario.targetRoleIds.includes(roleId)) && offered.has(entry.id))
    .filter((entry) => entry.expects.every((shown) => (reached.get(shown.skillId) ?? 0) >= shown.level))
    .filter((entry) => entry.expects.some((shown) => (levels.get(shown.skillId) ?? 0) < shown.level))
    .map((entry) => entry.id)
    .sort();
  expect(plan.courses.filter((entry) => entry.project).map((entry) => entry.id).sort()).toEqual(expected);
  // The course part is the plan without projects.
  expect(courses.map((entry) => entry.id)).toEqual(planOf({ ...scenario, targetRoleIds: scenario.targetRoleIds }, withoutProjects(scenario.catalog)).courses.map((entry) => entry.id));
  plan.courses.forEach((entry, position) => {
    if (!entry.project) return;
    const before = new Map(levels);
    for (const earlier of plan.courses.slice(0, position)) for (const taught of earlier.teaches) before.set(taught.skillId, Math.max(before.get(taught.skillId) ?? 0, taught.level));
    expect(entry.expects.every((shown) => (before.get(shown.skillId) ?? 0) >= shown.level), `${entry.id} comes too early`).toBe(true);
    // Right after: the course just before it (if any) is the one that completed its levels.
    const previous = plan.courses.slice(0, position).filter((other) => !other.project).at(-1);
    if (previous) {
      const without = new Map(levels);
      for (const earlier of courses.slice(0, courses.indexOf(previous))) for (const taught of earlier.teaches) without.set(taught.skillId, Math.max(without.get(taught.skillId) ?? 0, taught.level));
      expect(entry.expects.every((shown) => (without.get(shown.skillId) ?? 0) >= shown.level), `${entry.id} comes too late`).toBe(false);
    }
  });
}

const withoutProjects = (catalog: Catalog): Catalog => ({ ...catalog, courses: catalog.courses.filter((entry) => !entry.project) });

/** (d) The fit, the ranking, the comparison and the plan give one hours figure for one role. */
export function checkOneHoursFigure(scenario: Scenario, roleId: string): void {
  const { catalog, profile, languages } = scenario;
  const fitProfile = { ...profile, languages };
  const target = catalog.roles.find((entry) => entry.id === roleId)!;
  const fit = analyzeFit(fitProfile, target, catalog);
  const built = buildPlan({
    profile,
    languages,
    targetRoleIds: [roleId],
    catalog,
    inputs: inputsOf({ weeklyHours: 40, startDate: DEFAULT_START }),
    planId: 'plan',
    createdAt: '2026-01-01T00:00:00Z',
    name: 'plan',
  });
  if (!built.ok) throw new Error(`${built.error.code}: ${built.error.message}`);
  expect(fit.hoursToReady).toBe(built.value.totalHours);
  expect(fit.coursesToReady).toEqual(built.value.plan.items.map((item) => item.courseId));
  expect(fit.uncoveredSkillIds).toEqual(built.value.plan.uncovered.map((gap) => gap.skillId));
  const ranked = rankRoles(fitProfile, catalog).find((entry) => entry.roleId === roleId);
  expect(ranked).toEqual(fit);
  const compared = compareRoles(fitProfile, [roleId], catalog);
  if (!compared.ok) throw new Error(compared.error.message);
  expect(compared.value.combined).toEqual({
    hoursToReady: fit.hoursToReady,
    coursesToReady: fit.coursesToReady,
    uncoveredSkillIds: fit.uncoveredSkillIds,
  });
  expect(compared.value.fits).toEqual([fit]);
}

/** (e) The same input gives the same plan, whatever the identity of the catalog or the order of its courses. */
export function checkDeterminism(scenario: Scenario, order: number[]): void {
  const first = planOf(scenario);
  expect(planOf(scenario)).toEqual(first);
  expect(planOf(structuredClone(scenario))).toEqual(first);
  const shuffled = { ...scenario.catalog, courses: order.map((at) => scenario.catalog.courses[at]) };
  const again = planOf(scenario, shuffled);
  expect(again.courses.map((entry) => entry.id)).toEqual(first.courses.map((entry) => entry.id));
  expect(again.totalHours).toBe(first.totalHours);
  expect(again.uncovered).toEqual(first.uncovered);
}

export const permutationOf = (length: number) =>
  fc.shuffledSubarray(
    Array.from({ length }, (_, index) => index),
    { minLength: length, maxLength: length },
  );

// ---------------------------------------------------------------------------------------------
