import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFit } from '../../../core/analysis/fit';
import type { Occupation } from '../../../core/model/occupation';
import { closestDestinations, COURSE_COVERAGE_FLOOR, isDescribed, MIN_DESCRIBED_REQUIREMENTS, skillOverlap } from '../../../core/occupations/closest';
import { catalogOf, course, role, skill } from '../planning/fixtures';

const text = (value: string) => ({ en: value, fr: value });

function occupation(code: string, requirements: Array<[string, number, number, 'core' | 'plus']>, extra: Partial<Occupation> = {}): Occupation {
  return {
    code,
    title: text(`Occupation ${code}`),
    alternateTitles: [],
    frenchTitles: [],
    related: [],
    requirements: requirements.map(([skillId, level, importance, tier]) => ({
      skillId,
      level: level as 1 | 2 | 3 | 4,
      importance: importance as 1 | 2 | 3 | 4 | 5,
      tier,
    })),
    suggested: [],
    ...extra,
  };
}

const catalog = catalogOf(
  [skill('sql'), skill('python'), skill('writing'), skill('care')],
  [role('analyst', [['sql', 2, 5], ['python', 2, 3]])],
  [course('sql-course', 10, [['sql', 3]]), course('python-course', 20, [['python', 2]])],
);

const occupations: Occupation[] = [
  occupation('11-1111.00', [['sql', 2, 4, 'core'], ['writing', 3, 3, 'plus']], { jobZone: 4, related: ['22-2222.00'] }),
  occupation('22-2222.00', [['care', 3, 5, 'core'], ['writing', 2, 3, 'core']], { jobZone: 2 }),
  occupation('33-3333.00', [['python', 2, 4, 'core'], ['sql', 1, 2, 'core']], { jobZone: 3 }),
  occupation('44-4444.00', [], { jobZone: 1 }),
];

/** The fixtures' occupations name 2 skills each: measured as if the app's skills described them. */
const SMALL = { minRequirements: 1 };

describe('skillOverlap', () => {
  const requirement = (skillId: string, level: number) => ({ skillId, level: level as 1 | 2 | 3 | 4, importance: 3 as const });

  it('is 1 when person and job match skill for skill, and 0 when they share nothing', () => {
    expect(skillOverlap(new Map([['sql', 2], ['python', 3]]), [requirement('sql', 2), requirement('python', 3)])).toBe(1);
    expect(skillOverlap(new Map([['care', 3]]), [requirement('sql', 2)])).toBe(0);
    expect(skillOverlap(new Map(), [])).toBe(0);
  });

  it('scores low a job that asks little of what the person knows, though the person meets all of it', () => {
    const person = new Map([['sql', 3], ['python', 3], ['statistics', 3], ['writing', 2]]);
    const asksLittle = [requirement('writing', 1)];
    const usesMost = [requirement('sql', 3), requirement('python', 3), requirement('statistics', 4)];
    // shared 1 over 3+3+3+2; shared 3+3+3 over 3+3+4+2.
    expect(skillOverlap(person, asksLittle)).toBeCloseTo(1 / 11, 10);
    expect(skillOverlap(person, usesMost)).toBeCloseTo(9 / 12, 10);
  });
});

describe('isDescribed', () => {
  it('measures an occupation only when enough of it is in the app’s skills, one requirement core', () => {
    const many = Array.from({ length: MIN_DESCRIBED_REQUIREMENTS }, (_, index) => [`s${index}`, 2, 3, index === 0 ? 'core' : 'plus'] as [string, number, number, 'core' | 'plus']);
    expect(isDescribed(occupation('1', many))).toBe(true);
    expect(isDescribed(occupation('2', many.slice(1)))).toBe(false);
    expect(isDescribed(occupation('3', many.map(([id, level, importance]) => [id, level, importance, 'plus'])))).toBe(false);
  });

  it('leaves out of the ranking an occupation the app’s skills describe too little', () => {
    const levels = new Map([['sql', 2]]);
    expect(closestDestinations(levels, catalog, occupations).filter((destination) => destination.kind === 'occupation')).toEqual([]);
  });
});

describe('closestDestinations', () => {
  const levels = new Map([['sql', 2], ['writing', 1]]);

  it('ranks roles and occupations by skill overlap, with the readiness analyzeFit gives', () => {
    const found = closestDestinations(levels, catalog, occupations, SMALL);
    // Overlaps: 3/5, 2/5 (sql met, python and writing not shared), 1/5, 1/7.
    expect(found.map((destination) => [destination.id, destination.overlap])).toEqual([
      ['11-1111.00', 3 / 5],
      ['analyst', 2 / 5],
      ['33-3333.00', 1 / 5],
      ['22-2222.00', 1 / 7],
    ]);
    const analyst = found.find((destination) => destination.id === 'analyst')!;
    const fit = analyzeFit({ skills: [{ skillId: 'sql', level: 2 }, { skillId: 'writing', level: 1 }], background: 'other' }, catalog.roles[0], catalog);
    expect(analyst.coreReadiness).toBe(fit.coreReadiness);
    expect(analyst.readiness).toBe(fit.readiness);
  });

  it('leaves out occupations O*NET rates no skills for, and the person’s own job, whose related occupations it flags', () => {
    const found = closestDestinations(levels, catalog, occupations, { ...SMALL, ownCodes: ['11-1111.00'] });
    expect(found.map((destination) => destination.id)).not.toContain('11-1111.00');
    expect(found.map((destination) => destination.id)).not.toContain('44-4444.00');
    expect(found.find((destination) => destination.id === '22-2222.00')?.relatedToYourJob).toBe(true);
    expect(found.find((destination) => destination.id === '33-3333.00')?.relatedToYourJob).toBe(false);
  });

  it('filters by job zone (roles stay) and by courses in the catalog', () => {
    const zoned = closestDestinations(levels, catalog, occupations, { ...SMALL, jobZones: [2, 3] });
    expect(zoned.map((destination) => destination.id).sort()).toEqual(['22-2222.00', '33-3333.00', 'analyst']);
    const withCourses = closestDestinations(levels, catalog, occupations, { ...SMALL, withCourses: true });
    // 22-2222.00's core (care, writing) has no course at all.
    expect(withCourses.map((destination) => destination.id)).not.toContain('22-2222.00');
    for (const destination of withCourses) expect(destination.courseCoverage).toBeGreaterThanOrEqual(COURSE_COVERAGE_FLOOR);
  });

  it('orders any levels best first, totally and the same way twice', () => {
    const levelArbitrary = fc.dictionary(fc.constantFrom('sql', 'python', 'writing', 'care'), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(levelArbitrary, fc.integer({ min: 1, max: 6 }), (raw, limit) => {
        const person = new Map(Object.entries(raw));
        const first = closestDestinations(person, catalog, occupations, { ...SMALL, limit });
        expect(closestDestinations(person, catalog, [...occupations].reverse(), { ...SMALL, limit })).toEqual(first);
        expect(first.length).toBeLessThanOrEqual(limit);
        for (let i = 1; i < first.length; i += 1) {
          const [a, b] = [first[i - 1], first[i]];
          expect(a.overlap > b.overlap || (a.overlap === b.overlap && a.coreReadiness >= b.coreReadiness)).toBe(true);
        }
      }),
    );
  });
});
