import fc from 'fast-check';
import { analyzeFit, compareRoles, rankRoles, type FitProfile } from '../../../core/analysis';
import { BACKGROUNDS, type Catalog, type Course } from '../../../core/model/catalog';
import type { Level } from '../../../core/model/level';
import { catalogOf, course, role } from './builders';

/*
 * Property tests over random catalogs and profiles. A small pool of skill ids makes roles, courses
 * and ratings overlap often, which is where the arithmetic could go wrong.
 */
const RUNS = { numRuns: 1000 };
const SKILL_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const skillIdArb = fc.constantFrom(...SKILL_POOL);

const roleArb = (id: string) =>
  fc
    .uniqueArray(fc.tuple(skillIdArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 })), {
      minLength: 0,
      maxLength: 6,
      selector: ([skillId]) => skillId,
    })
    .map((needs) => role(id, needs, ['marketing']));

const courseArb = (id: string) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 400 }).map((tenths) => tenths / 10),
      fc.uniqueArray(fc.tuple(skillIdArb, fc.integer({ min: 1, max: 4 })), {
        minLength: 1,
        maxLength: 3,
        selector: ([skillId]) => skillId,
      }),
    )
    .map(([hours, teaches]) => course(id, hours, teaches));

const catalogArb: fc.Arbitrary<Catalog> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 8 }))
  .chain(([roleCount, courseCount]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: roleCount }, (_, n) => roleArb(`role-${n}`))),
      courseCount === 0
        ? fc.constant<Course[]>([])
        : fc.tuple(...Array.from({ length: courseCount }, (_, n) => courseArb(`course-${n}`))),
    ),
  )
  .map(([roles, courses]) => catalogOf(roles, courses));

const profileArb: fc.Arbitrary<FitProfile> = fc
  .tuple(
    fc.uniqueArray(fc.tuple(skillIdArb, fc.integer({ min: 0, max: 4 })), { maxLength: 8, selector: ([id]) => id }),
    fc.constantFrom(...BACKGROUNDS),
  )
  .map(([ratings, background]) => ({
    background,
    skills: ratings.map(([skillId, level]) => ({ skillId, level: level as Level })),
  }));

function withLevel(profile: FitProfile, skillId: string, level: number): FitProfile {
  const others = profile.skills.filter((rating) => rating.skillId !== skillId);
  return { ...profile, skills: [...others, { skillId, level: level as Level }] };
}

describe('analysis properties', () => {
  it('keeps readiness in [0, 1] and equal to numerator ÷ denominator', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        for (const fit of rankRoles(profile, catalog)) {
          expect(fit.readiness).toBeGreaterThanOrEqual(0);
          expect(fit.readiness).toBeLessThanOrEqual(1);
          const { numerator, denominator, totalGapWeight } = fit.explanation;
          expect(fit.readiness).toBe(denominator === 0 ? 1 : numerator / denominator);
          expect(totalGapWeight).toBe(fit.requirements.reduce((sum, item) => sum + item.weight, 0));
        }
      }),
      RUNS,
    );
  });

  it('never lowers any role readiness when a skill level rises', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, skillIdArb, fc.integer({ min: 1, max: 4 }), (catalog, profile, skillId, raise) => {
        const before = profile.skills.find((rating) => rating.skillId === skillId)?.level ?? 0;
        const raised = withLevel(profile, skillId, Math.min(4, before + raise));
        for (const role of catalog.roles) {
          expect(analyzeFit(raised, role, catalog).readiness).toBeGreaterThanOrEqual(
            analyzeFit(profile, role, catalog).readiness,
          );
        }
      }),
      RUNS,
    );
  });

  it('scores exactly 1, with no gap and no course, when every requirement is met or exceeded', () => {
    fc.assert(
      fc.property(catalogArb, fc.integer({ min: 0, max: 3 }), (catalog, extra) => {
        const needs = new Map<string, number>();
        for (const role of catalog.roles) {
          for (const requirement of role.requirements) {
            needs.set(requirement.skillId, Math.max(needs.get(requirement.skillId) ?? 0, requirement.level));
          }
        }
        const skills = [...needs].map(([skillId, need]) => ({ skillId, level: Math.min(4, need + extra) as Level }));
        for (const fit of rankRoles({ background: 'other', skills }, catalog)) {
          expect(fit.readiness).toBe(1);
          expect(fit.explanation.percent).toBe(100);
          expect(fit.requirements.every((item) => item.covered && item.gap === 0)).toBe(true);
          expect(fit.hoursToReady).toBe(0);
          expect(fit.uncoveredSkillIds).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('makes the gap shares sum to 1 whenever readiness is below 1', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        for (const fit of rankRoles(profile, catalog)) {
          const total = fit.requirements.reduce((sum, item) => sum + item.share, 0);
          if (fit.readiness < 1) expect(Math.abs(total - 1)).toBeLessThan(1e-9);
          else expect(total).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('ranks every role exactly once, sorted by readiness, hours, then id', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        const ranked = rankRoles(profile, catalog);
        expect(ranked.map((fit) => fit.roleId).sort()).toEqual(catalog.roles.map((role) => role.id).sort());
        for (let i = 1; i < ranked.length; i += 1) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          const inOrder =
            a.readiness > b.readiness ||
            (a.readiness === b.readiness &&
              (a.hoursToReady < b.hoursToReady || (a.hoursToReady === b.hoursToReady && a.roleId < b.roleId)));
          expect(inOrder).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('covers every gap with a course reaching the needed level, or lists it as uncovered', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        for (const fit of rankRoles(profile, catalog)) {
          const chosen = fit.coursesToReady.map((id) => catalog.courses.find((candidate) => candidate.id === id));
          expect(new Set(fit.coursesToReady).size).toBe(fit.coursesToReady.length);
          expect(fit.hoursToReady).toBeCloseTo(
            chosen.reduce((sum, item) => sum + (item?.hours ?? Number.NaN), 0),
            9,
          );
          for (const item of fit.requirements.filter((requirement) => requirement.gap > 0)) {
            const reaches = (courses: typeof catalog.courses) =>
              courses.some((candidate) =>
                candidate.teaches.some((taught) => taught.skillId === item.skillId && taught.level >= item.need),
              );
            const closedByPlan = reaches(chosen.filter((candidate) => candidate !== undefined));
            expect(closedByPlan).toBe(!fit.uncoveredSkillIds.includes(item.skillId));
            expect(reaches(catalog.courses)).toBe(closedByPlan);
          }
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input, even as a fresh copy, gives deep-equal output', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        const first = rankRoles(profile, catalog);
        expect(rankRoles(profile, catalog)).toEqual(first);
        expect(rankRoles(structuredClone(profile), structuredClone(catalog))).toEqual(first);
        const ids = catalog.roles.map((role) => role.id);
        expect(compareRoles(profile, ids, structuredClone(catalog))).toEqual(compareRoles(profile, ids, catalog));
      }),
      RUNS,
    );
  });

  it('finds shared gaps exactly where two or more compared roles have the same gap', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        const result = compareRoles(profile, catalog.roles.map((role) => role.id), catalog);
        if (!result.ok) throw new Error(result.error.message);
        const gapCount = new Map<string, number>();
        for (const fit of result.value.fits) {
          for (const item of fit.requirements) if (item.gap > 0) gapCount.set(item.skillId, (gapCount.get(item.skillId) ?? 0) + 1);
        }
        const expected = [...gapCount].filter(([, count]) => count >= 2).map(([skillId]) => skillId);
        expect(result.value.sharedGaps.map((gap) => gap.skillId).sort()).toEqual(expected.sort());
        for (const gap of result.value.sharedGaps) {
          expect(gap.totalWeight).toBe(gap.roles.reduce((sum, item) => sum + item.weight, 0));
        }
      }),
      RUNS,
    );
  });
});
