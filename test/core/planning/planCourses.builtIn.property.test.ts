import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  BUILT_IN,
  BUILT_IN_RANKED,
  builtIn,
  builtInArb,
  checkDeterminism,
  checkExpectations,
  checkNoFalseUncovered,
  checkNoPadding,
  checkOneHoursFigure,
  checkProjects,
  permutationOf,
  planOf,
  SLOW,
} from './planCoursesChecks';

/* The one planner (docs/advice.md "One planner") on the real built-in matrix, for random people. */

describe('planCourses on the built-in matrix (assets/catalog.json) for random people', () => {
  it('(a) lists a need uncovered only when no offered course can reach it, with the right reason; meets every other', () => {
    fc.assert(fc.property(builtInArb(true), (scenario) => checkNoFalseUncovered(scenario, planOf(scenario))), BUILT_IN);
  }, SLOW);

  it('(b) takes each course after the levels it expects are met, by the person or an earlier course', () => {
    fc.assert(fc.property(builtInArb(true), (scenario) => checkExpectations(scenario, planOf(scenario))), BUILT_IN);
  }, SLOW);

  it('(c) pads nothing: every course says why, and dropping any unpinned one breaks a need or an expectation', () => {
    fc.assert(fc.property(builtInArb(true), (scenario) => checkNoPadding(scenario, planOf(scenario))), BUILT_IN);
  }, SLOW);

  it('(c) pads nothing for an SEO content marketer who also aims at MLOps (seed 737440437): the search cut short kept a redundant course', () => {
    const scenario = {
      catalog: builtIn,
      profile: { skills: [{ skillId: 'computing-fundamentals', level: 0 as const }], background: 'consulting' as const },
      targetRoleIds: ['ai-seo-content-marketer', 'mlops-engineer'],
      languages: ['en' as const],
      scope: 'core' as const,
      excluded: [],
      preferred: [],
    };
    checkNoPadding(scenario, planOf(scenario));
  }, SLOW);

  it('(d) gives one hours figure: fit, ranking, comparison and plan agree for a single role', () => {
    fc.assert(fc.property(builtInArb(false), (scenario) => checkOneHoursFigure(scenario, scenario.targetRoleIds[0])), BUILT_IN_RANKED);
  }, SLOW);

  it('(f) plans the target roles\' portfolio projects the courses lead to, each right after the course that completes it', () => {
    fc.assert(fc.property(builtInArb(true), (scenario) => checkProjects(scenario, planOf(scenario))), BUILT_IN);
  }, SLOW);

  it('(e) is deterministic and ignores the order of the catalog courses', () => {
    const shuffled = fc.tuple(builtInArb(true), permutationOf(builtIn.courses.length));
    fc.assert(fc.property(shuffled, ([scenario, order]) => checkDeterminism(scenario, order)), BUILT_IN_RANKED);
  }, SLOW);
});
