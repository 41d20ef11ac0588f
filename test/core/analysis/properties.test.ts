import fc from 'fast-check';
import { analyzeFit, rankRoles, type FitProfile } from '../../../core/analysis';
import { compareRoles } from '../../../core/analysis/compare';
import { BACKGROUNDS, type Catalog, type Course, type RequirementTier } from '../../../core/model/catalog';
import type { Level } from '../../../core/model/level';
import { catalogOf, course, role } from './builders';

/*
 * Property tests over random catalogs and profiles. A small pool of skill ids makes roles, courses
 * and ratings overlap often, which is where the arithmetic could go wrong.
 */
const RUNS = { numRuns: 1000 };
const SKILL_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const skillIdArb = fc.constantFrom(...SKILL_POOL);

/** No tier (core, like a person's own roles), core or plus, like the built-in roles. */
const tierArb = fc.constantFrom<RequirementTier | undefined>(undefined, 'core', 'plus');

const roleArb = (id: string) =>
  fc
    .uniqueArray(fc.tuple(skillIdArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), tierArb), {
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
  it('keeps readiness and core readiness in [0, 1] and equal to numerator ÷ denominator', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        for (const fit of rankRoles(profile, catalog)) {
          expect(fit.readiness).toBeGreaterThanOrEqual(0);
          expect(fit.readiness).toBeLessThanOrEqual(1);
          const { numerator, denominator, totalGapWeight } = fit.explanation;
          expect(fit.readiness).toBe(denominator === 0 ? 1 : numerator / denominator);
          expect(totalGapWeight).toBe(fit.requirements.reduce((sum, item) => sum + item.weight, 0));
          const core = fit.requirements.filter((item) => item.tier === 'core');
          const coreNumerator = core.reduce((sum, item) => sum + item.importance * Math.min(item.have, item.need), 0);
          const coreDenominator = core.reduce((sum, item) => sum + item.importance * item.need, 0);
          expect(fit.coreExplanation).toMatchObject({ numerator: coreNumerator, denominator: coreDenominator });
          expect(fit.coreReadiness).toBe(coreDenominator === 0 ? 1 : coreNumerator / coreDenominator);
          const role = catalog.roles.find((entry) => entry.id === fit.roleId)!;
          for (const item of fit.requirements) {
            const source = role.requirements.find((requirement) => requirement.skillId === item.skillId)!;
            expect(item.tier).toBe(source.tier ?? 'core');
            expect(item.assumed).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lowers any role readiness, nor raises its hours, when a skill level rises', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, skillIdArb, fc.integer({ min: 1, max: 4 }), (catalog, profile, skillId, raise) => {
        const before = profile.skills.find((rating) => rating.skillId === skillId)?.level ?? 0;
        const raised = withLevel(profile, skillId, Math.min(4, before + raise));
        for (const role of catalog.roles) {
          const [after, before] = [analyzeFit(raised, role, catalog), analyzeFit(profile, role, catalog)];
          expect(after.readiness).toBeGreaterThanOrEqual(before.readiness);
          expect(after.coreReadiness).toBeGreaterThanOrEqual(before.coreReadiness);
          // The fewest hours can only fall: the old set of courses still meets every need and expectation.
          expect(after.hoursToReady).toBeLessThanOrEqual(before.hoursToReady + 1e-9);
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

  it('ranks every role exactly once, sorted by core readiness, hours, readiness, then id', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        const ranked = rankRoles(profile, catalog);
        expect(ranked.map((fit) => fit.roleId).sort()).toEqual(catalog.roles.map((role) => role.id).sort());
        for (let i = 1; i < ranked.length; i += 1) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          const key = (fit: typeof a) => [-fit.coreReadiness, fit.hoursToReady, -fit.readiness] as const;
          const [ka, kb] = [key(a), key(b)];
          const first = ka.findIndex((value, at) => value !== kb[at]);
          const inOrder = first >= 0 ? ka[first] < kb[first] : a.roleId < b.roleId;
          expect(inOrder, `${a.roleId} before ${b.roleId}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('covers every core gap with a course reaching the needed level, or lists it as uncovered; plus gaps add no course', () => {
    fc.assert(
      fc.property(catalogArb, profileArb, (catalog, profile) => {
        for (const fit of rankRoles(profile, catalog)) {
          const chosen = fit.coursesToReady.map((id) => catalog.courses.find((candidate) => candidate.id === id));
          expect(new Set(fit.coursesToReady).size).toBe(fit.coursesToReady.length);
          expect(fit.hoursToReady).toBeCloseTo(
            chosen.reduce((sum, item) => sum + (item?.hours ?? Number.NaN), 0),
            9,
          );
          const reaches = (courses: typeof catalog.courses, skillId: string, level: number) =>
            courses.some((candidate) => candidate.teaches.some((taught) => taught.skillId === skillId && taught.level >= level));
          const taken = chosen.filter((candidate) => candidate !== undefined);
          // A skill named twice counts at its highest core level.
          const coreNeeds = new Map<string, number>();
          for (const item of fit.requirements) {
            if (item.tier === 'core' && item.gap > 0) coreNeeds.set(item.skillId, Math.max(coreNeeds.get(item.skillId) ?? 0, item.need));
          }
          for (const [skillId, need] of coreNeeds) {
            const closedByPlan = reaches(taken, skillId, need);
            expect(closedByPlan).toBe(!fit.uncoveredSkillIds.includes(skillId));
            // These courses expect nothing: a need is uncovered exactly when no course teaches it.
            expect(reaches(catalog.courses, skillId, need)).toBe(closedByPlan);
          }
          expect(fit.uncoveredSkillIds.every((skillId) => coreNeeds.has(skillId))).toBe(true);
          // Every course taken closes a core need no other taken course closes (no padding).
          for (const candidate of taken) {
            const others = taken.filter((other) => other !== candidate);
            expect([...coreNeeds].some(([skillId, need]) => reaches([candidate], skillId, need) && !reaches(others, skillId, need))).toBe(true);
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
