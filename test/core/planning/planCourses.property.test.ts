import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offeredCourses, orderable, unmetNeeds } from './oracle';
import {
  checkDeterminism,
  checkExpectations,
  checkNoFalseUncovered,
  checkNoPadding,
  checkOneHoursFigure,
  permutationOf,
  planOf,
  read,
  scenarioArb,
  SLOW,
  SMALL,
  smallCatalogArb,
} from './planCoursesChecks';

/*
 * The one planner (docs/advice.md "One planner") over small random catalogs: few skills, so
 * courses, needs and expectations meet often, and the brute-force optimum is within reach.
 */

describe('planCourses on small random catalogs', () => {
  const general = scenarioArb(smallCatalogArb(14), { pick: true });

  it('(a) lists a need uncovered only when no offered course can reach it, with the right reason; meets every other', () => {
    fc.assert(fc.property(general, (scenario) => checkNoFalseUncovered(scenario, planOf(scenario))), SMALL);
  }, SLOW);

  it('(b) takes each course after the levels it expects are met, by the person or an earlier course', () => {
    fc.assert(fc.property(general, (scenario) => checkExpectations(scenario, planOf(scenario))), SMALL);
  }, SLOW);

  it('(c) pads nothing: every course says why, and dropping any unpinned one breaks a need or an expectation', () => {
    fc.assert(fc.property(general, (scenario) => checkNoPadding(scenario, planOf(scenario))), SMALL);
  }, SLOW);

  it('(d) gives one hours figure: fit, ranking, comparison and plan agree for a single role', () => {
    const single = scenarioArb(smallCatalogArb(14));
    fc.assert(fc.property(single, (scenario) => checkOneHoursFigure(scenario, scenario.targetRoleIds[0])), SMALL);
  }, SLOW);

  it('(e) is deterministic and ignores the order of the catalog courses', () => {
    const shuffled = general.chain((scenario) => fc.tuple(fc.constant(scenario), permutationOf(scenario.catalog.courses.length)));
    fc.assert(fc.property(shuffled, ([scenario, order]) => checkDeterminism(scenario, order)), SMALL);
  }, SLOW);

  it('(f) takes the fewest total hours, then the fewest courses: the brute-force optimum over every subset', () => {
    const small = scenarioArb(smallCatalogArb(10), { pick: false }).chain((scenario) =>
      fc.tuple(
        fc.constant(scenario),
        fc.subarray(
          scenario.catalog.courses.map((entry) => entry.id),
          { maxLength: Math.min(2, scenario.catalog.courses.length) },
        ),
      ),
    );
    fc.assert(
      fc.property(small, ([drawn, excluded]) => {
        const scenario = { ...drawn, excluded };
        const plan = planOf(scenario);
        const { levels, open, reach } = read(scenario);
        const reachable = new Map([...open].filter(([skillId, level]) => (reach.get(skillId) ?? 0) >= level));
        const offered = offeredCourses(scenario.catalog, scenario.languages, scenario.excluded);
        let best: { hours: number; count: number } | null = null;
        for (let mask = 0; mask < 1 << offered.length; mask += 1) {
          const subset = offered.filter((_, bit) => (mask >> bit) & 1);
          if (unmetNeeds(reachable, subset, levels).length > 0 || !orderable(subset, levels)) continue;
          const hours = subset.reduce((sum, entry) => sum + entry.hours, 0);
          if (best === null || hours < best.hours || (hours === best.hours && subset.length < best.count)) best = { hours, count: subset.length };
        }
        // The empty set is feasible when nothing is reachable, so an optimum always exists.
        expect(best).not.toBeNull();
        expect(plan.totalHours).toBe(best!.hours);
        expect(plan.courses).toHaveLength(best!.count);
      }),
      SMALL,
    );
  }, SLOW);
});