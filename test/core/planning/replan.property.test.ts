import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Course } from '../../../core/model/catalog';
import type { ItemStatus, Plan, ProgressEntry } from '../../../core/model/plan';
import { PlanSchema } from '../../../core/model/plan';
import type { Weekday } from '../../../core/model/profile';
import type { ReplanOptions, Replanned } from '../../../core/planning';
import { buildPlan, dailyAllocation, planStatus, replan } from '../../../core/planning';
import { buildInputArb, dateAfter } from './arbitraries';
import { isPlannableDay, latestEnd, levelsOf, minutesPerIsoWeek, minutesPerItem, waitsFor } from './oracle';

const RUNS = { numRuns: 1000 };
/** Generous: the machine is shared, and a property of 1,000 runs must not fail on a slow moment. */
const SLOW = 60_000;

interface Scenario {
  catalog: Catalog;
  /** The levels the plan was built for: what its courses may expect without an earlier item. */
  levels: Map<string, number>;
  plan: Plan;
  progress: ProgressEntry[];
  today: string;
  options: ReplanOptions;
}

/** A built plan with random statuses, a random progress log, a re-plan day and sometimes new hours. */
const scenarioArb: fc.Arbitrary<Scenario> = buildInputArb
  .map((input) => {
    const result = buildPlan(input);
    if (!result.ok) throw new Error(result.error.message);
    return { catalog: input.catalog, levels: levelsOf(input.catalog, input.profile), plan: result.value.plan };
  })
  .chain(({ catalog, levels, plan }) =>
    fc
      .record({
        statuses: fc.array(fc.constantFrom<ItemStatus>('planned', 'planned', 'in-progress', 'done', 'skipped'), {
          minLength: plan.items.length,
          maxLength: plan.items.length,
        }),
        logs: fc.array(
          fc.array(fc.tuple(fc.integer({ min: -10, max: 300 }), fc.integer({ min: 1, max: 24 }).map((quarters) => quarters / 4)), {
            maxLength: 3,
          }),
          { minLength: plan.items.length, maxLength: plan.items.length },
        ),
        todayOffset: fc.integer({ min: -20, max: 500 }),
        weeklyHours: fc.option(fc.integer({ min: 1, max: 60 }).map((halves) => halves / 2), { nil: undefined }),
        studyDays: fc.option(fc.subarray([0, 1, 2, 3, 4, 5, 6] as Weekday[], { minLength: 1 }), { nil: undefined }),
      })
      .map(({ statuses, logs, todayOffset, weeklyHours, studyDays }) => {
        const items = plan.items.map((item, index) => ({ ...item, status: statuses[index] }));
        const progress: ProgressEntry[] = logs.flatMap((entries, index) =>
          entries.map(([offset, hours], number) => ({
            id: `entry-${index}-${number}`,
            planId: plan.id,
            itemId: plan.items[index].id,
            date: dateAfter(plan.inputs.startDate, offset),
            hours,
          })),
        );
        const options: ReplanOptions = {};
        if (weeklyHours !== undefined) options.weeklyHours = weeklyHours;
        if (studyDays !== undefined) options.studyDays = studyDays;
        return { catalog, levels, plan: { ...plan, items }, progress, today: dateAfter(plan.inputs.startDate, todayOffset), options };
      }),
  );

function replanned(scenario: Scenario): Replanned {
  const result = replan(scenario.plan, scenario.progress, scenario.today, scenario.options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const isClosed = (status: ItemStatus) => status === 'done' || status === 'skipped';
const loggedOf = (scenario: Scenario, itemId: string) =>
  scenario.progress.filter((entry) => entry.itemId === itemId).reduce((sum, entry) => sum + entry.hours, 0);
const fromOf = (scenario: Scenario) => (scenario.today > scenario.plan.inputs.startDate ? scenario.today : scenario.plan.inputs.startDate);
const courseOf = (catalog: Catalog, courseId: string | undefined): Course => catalog.courses.find((entry) => entry.id === courseId)!;

function allocationsOf(scenario: Scenario, result: Replanned) {
  const allocations = dailyAllocation(result.plan, { progress: scenario.progress, today: scenario.today });
  if (!allocations.ok) throw new Error(allocations.error.message);
  return allocations.value;
}

describe('replan invariants (docs/design.md "Re-plan from a date")', () => {
  it('(h1) keeps the dates of done and skipped items, pulled back to today at the latest', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { plan } = replanned(scenario);
        plan.items.forEach((item, index) => {
          const old = scenario.plan.items[index];
          expect(item.id).toBe(old.id);
          if (!isClosed(old.status)) return;
          expect(item.status).toBe(old.status);
          if (old.end <= scenario.today) expect([item.start, item.end]).toEqual([old.start, old.end]);
          else expect([item.start, item.end]).toEqual([old.start < scenario.today ? old.start : scenario.today, scenario.today]);
        });
      }),
      RUNS,
    );
  }, SLOW);

  it('(h2) starts nothing open before the re-plan day, started items included, and marks those in progress', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { plan, moved } = replanned(scenario);
        const from = fromOf(scenario);
        plan.items.forEach((item, index) => {
          const old = scenario.plan.items[index];
          if (isClosed(old.status)) return;
          // A started item's rest is laid from the re-plan day too; planStatus counts what was logged before.
          if (old.status === 'in-progress' || loggedOf(scenario, old.id) > 0) expect(item.status).toBe('in-progress');
          expect(item.start >= from, `${item.id} starts ${item.start}, re-planned from ${from}`).toBe(true);
          expect(item.end >= item.start).toBe(true);
        });
        const changed = plan.items.filter((item, index) => {
          const old = scenario.plan.items[index];
          return old.start !== item.start || old.end !== item.end;
        });
        expect(moved.map((entry) => entry.itemId)).toEqual(changed.map((item) => item.id));
      }),
      RUNS,
    );
  }, SLOW);

  it('(h3) schedules only the hours not logged yet, and stores no copy of them in the plan', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = replanned(scenario);
        const perItem = minutesPerItem(allocationsOf(scenario, result));
        result.plan.items.forEach((item, index) => {
          const logged = loggedOf(scenario, item.id);
          expect(item).not.toHaveProperty('hoursLogged');
          const scheduled = perItem.get(item.id);
          if (isClosed(scenario.plan.items[index].status)) {
            expect(scheduled).toBeUndefined();
            return;
          }
          const left = Math.max(0, (item.hours - logged) * 60);
          const minutes = scheduled?.minutes ?? 0;
          expect(minutes).toBeGreaterThanOrEqual(left - 1e-6);
          expect(minutes).toBeLessThan(left + 2);
          if (scheduled) {
            expect(scheduled.last).toBe(item.end);
            expect(scheduled.first).toBe(item.start);
          } else {
            expect(item.end).toBe(fromOf(scenario));
          }
        });
      }),
      RUNS,
    );
  }, SLOW);

  it('(h4) keeps expectations first: no re-laid item starts before an item teaching what it expects ends', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = replanned(scenario);
        const perItem = minutesPerItem(allocationsOf(scenario, result));
        const { items } = result.plan;
        const courses = items.map((item) => courseOf(scenario.catalog, item.courseId));
        items.forEach((after, j) => {
          const old = scenario.plan.items[j];
          if (isClosed(old.status)) return;
          const started = old.status === 'in-progress' || loggedOf(scenario, old.id) > 0;
          // A started item with nothing left is dated on the re-plan day but has no study to order.
          if (started && !perItem.has(after.id)) return;
          for (const earlier of waitsFor(courses, j, scenario.levels)) {
            expect(earlier.length, `${after.id} expects what no earlier item teaches`).toBeGreaterThan(0);
            expect(
              earlier.some((at) => items[at].end <= after.start),
              `${after.id} starts ${after.start} before any item teaching what it expects ends`,
            ).toBe(true);
          }
        });
      }),
      RUNS,
    );
  }, SLOW);

  it('(h5) keeps every ISO week within the weekly hours from today, on study days outside pauses', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = replanned(scenario);
        const allocations = allocationsOf(scenario, result);
        const weeklyMinutes = result.plan.inputs.weeklyHours * 60;
        for (const minutes of minutesPerIsoWeek(allocations).values()) expect(minutes).toBeLessThanOrEqual(weeklyMinutes + 1e-6);
        for (const allocation of allocations) {
          expect(allocation.date >= fromOf(scenario)).toBe(true);
          expect(isPlannableDay(allocation.date, result.plan.inputs)).toBe(true);
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('(h6) plans no course twice, makes the ready date the last end, is deterministic and schema-valid', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = replanned(scenario);
        const courseIds = result.plan.items.map((item) => item.courseId);
        expect(new Set(courseIds).size).toBe(courseIds.length);
        expect(result.newReadyDate).toBe(latestEnd(result.plan));
        expect(result.plan.readyDate).toBe(result.newReadyDate);
        expect(result.oldReadyDate).toBe(scenario.plan.readyDate);
        expect(replanned(structuredClone(scenario))).toEqual(result);
        const parsed = PlanSchema.safeParse(result.plan);
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
      RUNS,
    );
  }, SLOW);

  it('(h7) keeps the old ready date at the weekly hours it reports, and not at half an hour less', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { weeklyHoursToKeepOldReadyDate: needed, oldReadyDate } = replanned(scenario);
        if (needed === null || oldReadyDate === null || needed === 0) return;
        const openEnd = (weeklyHours: number) => {
          const result = replan(scenario.plan, scenario.progress, scenario.today, { ...scenario.options, weeklyHours });
          if (!result.ok) return null;
          return latestEnd({ ...result.value.plan, items: result.value.plan.items.filter((item) => !isClosed(item.status)) });
        };
        if (needed <= 80) expect(openEnd(needed)! <= oldReadyDate).toBe(true);
        const less = openEnd(needed - 0.5);
        if (less !== null) expect(less > oldReadyDate).toBe(true);
      }),
      RUNS,
    );
  }, SLOW);

  it('(h8) reports a status whose planned and logged series only grow', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = replanned(scenario);
        const status = planStatus(result.plan, scenario.progress, scenario.today);
        if (!status.ok) throw new Error(status.error.message);
        const { weeks } = status.value;
        for (let index = 1; index < weeks.length; index += 1) {
          expect(weeks[index].plannedCumulative).toBeGreaterThanOrEqual(weeks[index - 1].plannedCumulative);
          expect(weeks[index].loggedCumulative).toBeGreaterThanOrEqual(weeks[index - 1].loggedCumulative);
        }
        if (weeks.length > 0 && result.plan.readyDate !== null) {
          expect(weeks.at(-1)!.plannedCumulative).toBeCloseTo(status.value.totalHours, 1);
        }
      }),
      RUNS,
    );
  }, SLOW);

  it('(h9) is on schedule on the day of the re-plan, and behind after the new ready date only with hours left', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = replanned(scenario);
        const statusOn = (day: string) => {
          const status = planStatus(result.plan, scenario.progress, day);
          if (!status.ok) throw new Error(status.error.message);
          return status.value;
        };
        const onReplanDay = statusOn(scenario.today);
        expect(onReplanDay.behindSchedule).toBe(false);
        onReplanDay.items.forEach((item, index) => {
          expect(item.behindSchedule, `${item.itemId} expected ${item.expectedHours} h, logged ${item.loggedHours} h`).toBe(false);
          if (!isClosed(result.plan.items[index].status)) expect(item.expectedHours).toBeLessThanOrEqual(item.loggedHours);
        });
        // Not vacuous: the day after the new ready date, every open item with hours left is behind.
        if (result.plan.readyDate === null) return;
        const after = statusOn(dateAfter(result.plan.readyDate, 1));
        after.items.forEach((item, index) => {
          const open = !isClosed(result.plan.items[index].status);
          expect(item.behindSchedule).toBe(open && loggedOf(scenario, item.itemId) < result.plan.items[index].hours);
        });
      }),
      RUNS,
    );
  }, SLOW);
});
