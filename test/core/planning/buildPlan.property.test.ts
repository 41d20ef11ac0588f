import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Course } from '../../../core/model/catalog';
import { PlanSchema } from '../../../core/model/plan';
import type { BuildPlanInput, BuiltPlan } from '../../../core/planning';
import { buildPlan, dailyAllocation } from '../../../core/planning';
import { buildInputArb } from './arbitraries';
import {
  isPlannableDay,
  latestEnd,
  levelsOf,
  minutesPerIsoWeek,
  minutesPerItem,
  needsFor,
  offeredCourses,
  reachableLevels,
  unmetExpectations,
  unmetNeeds,
  waitsFor,
} from './oracle';

const RUNS = { numRuns: 1000 };
/** Generous: the machine is shared, and a property of 1,000 runs must not fail on a slow moment. */
const SLOW = 60_000;

/** Builds and insists on success: generated inputs are valid and stay well inside the 20-year horizon. */
function built(input: BuildPlanInput): BuiltPlan {
  const result = buildPlan(input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const courseOf = (catalog: Catalog, courseId: string | undefined): Course =>
  catalog.courses.find((entry) => entry.id === courseId)!;

describe('buildPlan invariants (docs/design.md "Scheduling model", docs/advice.md "One planner")', () => {
  it('(a) meets every need of the scope with an item or lists it uncovered, and lists only what no offered course reaches', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const { plan } = built(input);
        const levels = levelsOf(input.catalog, input.profile);
        const needs = needsFor(input.catalog, input.targetRoleIds, input.inputs.scope ?? 'core');
        const courses = plan.items.map((item) => courseOf(input.catalog, item.courseId));
        const missing = unmetNeeds(needs, courses, levels);
        expect(missing.sort()).toEqual(plan.uncovered.map((gap) => `${gap.skillId}@${gap.level}`).sort());
        const offered = offeredCourses(input.catalog, input.languages, input.inputs.excludedCourseIds);
        const reachable = reachableLevels(levels, offered);
        for (const gap of plan.uncovered) {
          expect(gap.level).toBeGreaterThan(levels.get(gap.skillId) ?? 0);
          expect(reachable.get(gap.skillId) ?? 0, `${gap.skillId}@${gap.level} is reachable`).toBeLessThan(gap.level);
        }
        expect(new Set(plan.uncovered.map((gap) => gap.skillId)).size).toBe(plan.uncovered.length);
        for (const item of plan.items) {
          expect(input.inputs.excludedCourseIds).not.toContain(item.courseId);
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('(b) takes each course only once what it expects is met, by the person or an earlier item ending before it starts', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const { items } = built(input).plan;
        const levels = levelsOf(input.catalog, input.profile);
        const courses = items.map((item) => courseOf(input.catalog, item.courseId));
        expect(unmetExpectations(courses, levels)).toEqual([]);
        items.forEach((after, position) => {
          for (const earlier of waitsFor(courses, position, levels)) {
            expect(
              earlier.some((at) => items[at].end <= after.start),
              `${after.id} starts ${after.start} before what it expects is taught`,
            ).toBe(true);
          }
        });
      }),
      RUNS,
    );
  }, SLOW);

  it('(c) puts no more minutes in an ISO week than the weekly hours, only on study days outside pauses', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const { plan } = built(input);
        const allocations = dailyAllocation(plan);
        if (!allocations.ok) throw new Error(allocations.error.message);
        const weeklyMinutes = input.inputs.weeklyHours * 60;
        for (const [week, minutes] of minutesPerIsoWeek(allocations.value)) {
          expect(minutes, `week of ${week}`).toBeLessThanOrEqual(weeklyMinutes + 1e-6);
        }
        for (const allocation of allocations.value) {
          expect(isPlannableDay(allocation.date, input.inputs), allocation.date).toBe(true);
          expect(allocation.minutes).toBeGreaterThan(0);
        }
        // The allocation is the plan's schedule: each item's minutes fall between its start and end.
        const perItem = minutesPerItem(allocations.value);
        for (const item of plan.items) {
          const entry = perItem.get(item.id)!;
          expect(entry.minutes).toBeGreaterThanOrEqual(item.hours * 60 - 1e-6);
          expect(entry.minutes).toBeLessThan(item.hours * 60 + 1);
          expect([entry.first, entry.last]).toEqual([item.start, item.end]);
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('(d) starts nothing before the start date', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        for (const item of built(input).plan.items) {
          expect(item.start >= input.inputs.startDate).toBe(true);
          expect(item.end >= item.start).toBe(true);
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('(e) plans no course twice', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const courseIds = built(input).plan.items.map((item) => item.courseId);
        expect(new Set(courseIds).size).toBe(courseIds.length);
      }),
      RUNS,
    );
  }, SLOW);

  it('(f) makes the ready date the last item’s end (null without items)', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const result = built(input);
        expect(result.plan.readyDate).toBe(latestEnd(result.plan));
        if (input.inputs.targetDate === undefined) expect(result.targetReachable).toBeNull();
        else expect(result.targetReachable).toBe(result.plan.readyDate === null || result.plan.readyDate <= input.inputs.targetDate);
      }),
      RUNS,
    );
  }, SLOW);

  it('(g) gives the same plan for the same input, whatever the order of the catalog lists', () => {
    fc.assert(
      fc.property(buildInputArb, fc.integer(), (input, seed) => {
        const first = built(input);
        expect(built(structuredClone(input))).toEqual(first);
        const rotate = <T>(list: T[]): T[] => {
          const shift = list.length === 0 ? 0 : Math.abs(seed) % list.length;
          return [...list.slice(shift), ...list.slice(0, shift)].reverse();
        };
        const catalog = { ...input.catalog, skills: rotate(input.catalog.skills), courses: rotate(input.catalog.courses) };
        expect(built({ ...input, catalog })).toEqual(first);
      }),
      RUNS,
    );
  }, SLOW);

  it('returns a plan the stored Plan schema accepts', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const parsed = PlanSchema.safeParse(built(input).plan);
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
      RUNS,
    );
  }, SLOW);

  it('reaches the target date at the weekly hours it reports, and not at half an hour less', () => {
    fc.assert(
      fc.property(buildInputArb, (input) => {
        const { weeklyHoursForTarget, plan } = built(input);
        const target = input.inputs.targetDate;
        if (weeklyHoursForTarget === null || target === undefined || plan.items.length === 0) return;
        const rebuilt = (weeklyHours: number) => buildPlan({ ...input, inputs: { ...input.inputs, weeklyHours } });
        if (weeklyHoursForTarget <= 80) {
          const enough = rebuilt(weeklyHoursForTarget);
          expect(enough.ok && enough.value.plan.readyDate! <= target).toBe(true);
        }
        const less = rebuilt(weeklyHoursForTarget - 0.5);
        if (less.ok) expect(less.value.plan.readyDate! > target).toBe(true);
      }),
      RUNS,
    );
  }, SLOW);
});
