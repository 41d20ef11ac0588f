import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFit } from '../../../core/analysis/fit';
import type { Occupation } from '../../../core/model/occupation';
import { closestDestinations, COURSE_COVERAGE_FLOOR } from '../../../core/occupations/closest';
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

describe('closestDestinations', () => {
  const levels = new Map([['sql', 2], ['writing', 1]]);

  it('ranks roles and occupations by core readiness, the same figure analyzeFit gives', () => {
    const found = closestDestinations(levels, catalog, occupations);
    expect(found.map((destination) => destination.id)).toEqual(['11-1111.00', 'analyst', '33-3333.00', '22-2222.00']);
    const analyst = found.find((destination) => destination.id === 'analyst')!;
    const fit = analyzeFit({ skills: [{ skillId: 'sql', level: 2 }, { skillId: 'writing', level: 1 }], background: 'other' }, catalog.roles[0], catalog);
    expect(analyst.coreReadiness).toBe(fit.coreReadiness);
    expect(analyst.readiness).toBe(fit.readiness);
  });

  it('leaves out occupations O*NET rates no skills for, and the person’s own job, whose related occupations it flags', () => {
    const found = closestDestinations(levels, catalog, occupations, { ownCodes: ['11-1111.00'] });
    expect(found.map((destination) => destination.id)).not.toContain('11-1111.00');
    expect(found.map((destination) => destination.id)).not.toContain('44-4444.00');
    expect(found.find((destination) => destination.id === '22-2222.00')?.relatedToYourJob).toBe(true);
    expect(found.find((destination) => destination.id === '33-3333.00')?.relatedToYourJob).toBe(false);
  });

  it('filters by job zone (roles stay) and by courses in the catalog', () => {
    const zoned = closestDestinations(levels, catalog, occupations, { jobZones: [2, 3] });
    expect(zoned.map((destination) => destination.id).sort()).toEqual(['22-2222.00', '33-3333.00', 'analyst']);
    const withCourses = closestDestinations(levels, catalog, occupations, { withCourses: true });
    // 22-2222.00's core (care, writing) has no course at all.
    expect(withCourses.map((destination) => destination.id)).not.toContain('22-2222.00');
    for (const destination of withCourses) expect(destination.courseCoverage).toBeGreaterThanOrEqual(COURSE_COVERAGE_FLOOR);
  });

  it('orders any levels best first, totally and the same way twice', () => {
    const levelArbitrary = fc.dictionary(fc.constantFrom('sql', 'python', 'writing', 'care'), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(levelArbitrary, fc.integer({ min: 1, max: 6 }), (raw, limit) => {
        const person = new Map(Object.entries(raw));
        const first = closestDestinations(person, catalog, occupations, { limit });
        expect(closestDestinations(person, catalog, [...occupations].reverse(), { limit })).toEqual(first);
        expect(first.length).toBeLessThanOrEqual(limit);
        for (let i = 1; i < first.length; i += 1) {
          const [a, b] = [first[i - 1], first[i]];
          expect(a.coreReadiness > b.coreReadiness || (a.coreReadiness === b.coreReadiness && a.readiness >= b.readiness)).toBe(true);
        }
      }),
    );
  });
});
