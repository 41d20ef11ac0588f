import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import type { Catalog, Course, RequirementTier, Role, Skill } from '../../../core/model/catalog';
import type { PlanInputs } from '../../../core/model/plan';
import type { Weekday } from '../../../core/model/profile';
import type { BuildPlanInput } from '../../../core/planning';
import { course, role, skill } from './fixtures';

/** Random skills with acyclic prerequisites (each may need skills generated before it), named in a shuffled order. */
const skillsArb: fc.Arbitrary<Skill[]> = fc.integer({ min: 1, max: 12 }).chain((count) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: count }, (_, index) => fc.subarray(Array.from({ length: index }, (__, earlier) => earlier), { maxLength: Math.min(3, index) }))),
      fc.shuffledSubarray(Array.from({ length: count }, (_, index) => index), { minLength: count, maxLength: count }),
    )
    .map(([prerequisites, names]) =>
      prerequisites.map((earlier, index) => skill(`s${names[index]}`, earlier.map((other) => `s${names[other]}`))),
    ),
);

const levelArb = fc.integer({ min: 1, max: 4 });
/** Courses mostly teach to working level or above, so they close gaps often enough to give long plans. */
const taughtLevelArb = fc.oneof({ arbitrary: fc.integer({ min: 2, max: 4 }), weight: 4 }, { arbitrary: fc.constant(1), weight: 1 });

function levelsArb(
  skills: Skill[],
  minLength: number,
  maxLength: number,
  level: fc.Arbitrary<number> = levelArb,
): fc.Arbitrary<Array<[string, number]>> {
  return fc.uniqueArray(fc.tuple(fc.constantFrom(...skills.map((entry) => entry.id)), level), {
    minLength,
    maxLength,
    selector: ([skillId]) => skillId,
  });
}

function coursesArb(skills: Skill[]): fc.Arbitrary<Course[]> {
  const hours = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 80 }).map((quarters) => quarters / 4));
  const mixed = fc.array(fc.tuple(hours, levelsArb(skills, 1, 2, taughtLevelArb), levelsArb(skills, 0, 2)), { maxLength: 14 });
  // Often also one course per skill, so that plans get long and chains of prerequisites get planned.
  const perSkill = fc.option(
    fc.tuple(...skills.map(() => fc.tuple(hours, taughtLevelArb, levelsArb(skills, 0, 1)))),
    { freq: 5, nil: undefined },
  );
  return fc.tuple(mixed, perSkill).map(([entries, single]) => [
    ...entries.map(([courseHours, teaches, expects], index) => course(`c${index}`, courseHours, teaches, expects)),
    ...(single ?? []).map(([courseHours, level, expects], index) =>
      course(`t${index}`, courseHours, [[skills[index].id, level]], expects),
    ),
  ]);
}

/** Tiers as the built-in catalog has them (core, plus) and as a person's own roles do (none: core). */
const tierArb = fc.constantFrom<RequirementTier | undefined>(undefined, 'core', 'core', 'plus');

function rolesArb(skills: Skill[]): fc.Arbitrary<Role[]> {
  const requirement = fc.tuple(fc.constantFrom(...skills.map((entry) => entry.id)), levelArb, fc.integer({ min: 1, max: 5 }), tierArb);
  return fc
    .array(fc.uniqueArray(requirement, { minLength: 1, maxLength: 6, selector: ([skillId]) => skillId }), { minLength: 1, maxLength: 3 })
    .map((lists) =>
      lists.map((requirements, index) => {
        const made = role(
          `r${index}`,
          requirements.map(([skillId, level, importance]) => [skillId, level, importance]),
        );
        made.requirements.forEach((entry, at) => {
          const tier = requirements[at][3];
          if (tier !== undefined) entry.tier = tier;
        });
        return made;
      }),
    );
}

export const catalogArb: fc.Arbitrary<Catalog> = skillsArb.chain((skills) =>
  fc.tuple(rolesArb(skills), coursesArb(skills)).map(([roles, courses]) => ({ version: 'random', skills, roles, courses })),
);

const FIRST_START = parseISO('2022-01-01');
const dateAfter = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

function inputsArb(catalog: Catalog): fc.Arbitrary<PlanInputs> {
  const courseIds = catalog.courses.map((entry) => entry.id);
  return fc
    .record({
      weeklyHours: fc.oneof(
        fc.integer({ min: 1, max: 80 }).map((halves) => halves / 2),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
      ),
      studyDays: fc.subarray([0, 1, 2, 3, 4, 5, 6] as Weekday[], { minLength: 1 }),
      startOffset: fc.integer({ min: 0, max: 6 * 365 }),
      targetOffset: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      pauses: fc.array(fc.tuple(fc.integer({ min: -30, max: 900 }), fc.integer({ min: 0, max: 60 })), { maxLength: 3 }),
      excludedCourseIds: fc.subarray(courseIds, { maxLength: Math.min(3, courseIds.length) }),
      preferredCourseIds: fc.subarray(courseIds, { maxLength: Math.min(3, courseIds.length) }),
      scope: fc.constantFrom<PlanInputs['scope']>(undefined, 'core', 'full'),
    })
    .map((drawn) => {
      const startDate = format(addDays(FIRST_START, drawn.startOffset), 'yyyy-MM-dd');
      const inputs: PlanInputs = {
        weeklyHours: drawn.weeklyHours,
        studyDays: drawn.studyDays,
        startDate,
        pauses: drawn.pauses.map(([offset, length]) => ({
          start: dateAfter(startDate, offset),
          end: dateAfter(startDate, offset + length),
        })),
        excludedCourseIds: drawn.excludedCourseIds,
        preferredCourseIds: drawn.preferredCourseIds,
      };
      if (drawn.targetOffset !== undefined) inputs.targetDate = dateAfter(startDate, drawn.targetOffset);
      if (drawn.scope !== undefined) inputs.scope = drawn.scope;
      return inputs;
    });
}

export const buildInputArb: fc.Arbitrary<BuildPlanInput> = catalogArb.chain((catalog) =>
  fc
    .record({
      levels: fc.array(fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 1 }), { minLength: catalog.skills.length, maxLength: catalog.skills.length }),
      targetRoleIds: fc.subarray(
        catalog.roles.map((entry) => entry.id),
        { minLength: 1 },
      ),
      inputs: inputsArb(catalog),
    })
    .map(({ levels, targetRoleIds, inputs }) => ({
      profile: {
        skills: catalog.skills
          .map((entry, index) => ({ skillId: entry.id, level: levels[index] as 0 | 1 | 2 | 3 | 4 }))
          .filter((rating) => rating.level > 0),
      },
      targetRoleIds,
      catalog,
      inputs,
      planId: 'plan-random',
      createdAt: '2025-01-01T00:00:00Z',
      name: 'Random plan',
    })),
);

export { dateAfter };
