import { analyzeFit } from '../../../core/analysis';
import type { Catalog } from '../../../core/model/catalog';
import { buildPlan } from '../../../core/planning';
import { catalogOf, course, person, role } from './builders';

describe('analyzeFit readiness (hand-computed)', () => {
  it('weighs each requirement by importance: (5×1 + 2×2) / (5×3 + 2×2) = 9/19', () => {
    // python: importance 5, need 3, have 1 -> 5 × min(1, 3) = 5 of 5 × 3 = 15
    // sql:    importance 2, need 2, have 2 -> 2 × min(2, 2) = 4 of 2 × 2 = 4
    // readiness = (5 + 4) / (15 + 4) = 9/19
    const target = role('analyst', [
      ['python', 3, 5],
      ['sql', 2, 2],
    ]);
    const fit = analyzeFit(person({ python: 1, sql: 2 }), target, catalogOf([target]));
    expect(fit.readiness).toBe(9 / 19);
    expect(fit.explanation).toEqual({ numerator: 9, denominator: 19, totalGapWeight: 10, percent: 47 });
  });

  it('caps a level above the need at the need: (4×min(4,2) + 1×min(0,1)) / (4×2 + 1×1) = 8/9', () => {
    const target = role('r', [
      ['a', 2, 4],
      ['b', 1, 1],
    ]);
    const fit = analyzeFit(person({ a: 4 }), target, catalogOf([target]));
    expect(fit.readiness).toBe(8 / 9);
    // floor(100 × 8 / 9) = floor(88.9) = 88
    expect(fit.explanation.percent).toBe(88);
  });

  it('counts unrated skills as level 0 and ignores skills the role does not ask for', () => {
    const target = role('r', [['a', 2, 3]]);
    const fit = analyzeFit(person({ unrelated: 4 }), target, catalogOf([target]));
    // 3 × min(0, 2) / 3 × 2 = 0 / 6
    expect(fit.readiness).toBe(0);
    expect(fit.strengths).toEqual([]);
  });

  it('scores 1 and 100 % only when every requirement is met', () => {
    const target = role('r', [
      ['a', 2, 3],
      ['b', 4, 5],
    ]);
    const met = analyzeFit(person({ a: 2, b: 4 }), target, catalogOf([target]));
    expect(met.readiness).toBe(1);
    expect(met.explanation.percent).toBe(100);
    // 3×2 + 5×3 = 21 of 3×2 + 5×4 = 26: 80.8 % shows as 80, never rounded up to a false 100
    const almost = analyzeFit(person({ a: 2, b: 3 }), target, catalogOf([target]));
    expect(almost.explanation).toMatchObject({ numerator: 21, denominator: 26, percent: 80 });
  });

  it('treats a role without requirements as fully ready', () => {
    const empty = { ...role('empty', []), requirements: [] };
    const fit = analyzeFit(person({}), empty, catalogOf([empty]));
    expect(fit.readiness).toBe(1);
    expect(fit.explanation).toEqual({ numerator: 0, denominator: 0, totalGapWeight: 0, percent: 100 });
    expect(fit.requirements).toEqual([]);
    expect(fit.hoursToReady).toBe(0);
  });
});

describe('analyzeFit gaps and strengths', () => {
  const target = role(
    'r',
    [
      ['a', 3, 5], // have 1: gap 2, weight 5 × 2 = 10
      ['b', 2, 2], // have 2: gap 0, weight 0
      ['c', 4, 2], // have 0: gap 4, weight 2 × 4 = 8
      ['d', 2, 1], // have 0: gap 2, weight 1 × 2 = 2
    ],
    ['marketing', 'sales'],
  );
  const fit = analyzeFit(person({ a: 1, b: 2 }, 'sales'), target, catalogOf([target]));

  it('lists every requirement with gap, weight and share of the total gap weight (10 + 8 + 2 = 20)', () => {
    const unassumedCore = { tier: 'core', assumed: false };
    expect(fit.requirements).toEqual([
      { skillId: 'a', have: 1, need: 3, gap: 2, importance: 5, weight: 10, share: 10 / 20, covered: false, ...unassumedCore },
      { skillId: 'c', have: 0, need: 4, gap: 4, importance: 2, weight: 8, share: 8 / 20, covered: false, ...unassumedCore },
      { skillId: 'd', have: 0, need: 2, gap: 2, importance: 1, weight: 2, share: 2 / 20, covered: false, ...unassumedCore },
      { skillId: 'b', have: 2, need: 2, gap: 0, importance: 2, weight: 0, share: 0, covered: true, ...unassumedCore },
    ]);
    // numerator 5×1 + 2×2 = 9; denominator 15 + 4 + 8 + 2 = 29; 29 − 9 = 20 = total gap weight
    expect(fit.explanation).toMatchObject({ numerator: 9, denominator: 29, totalGapWeight: 20 });
  });

  it('breaks weight ties by skill id', () => {
    const tied = role('t', [
      ['zeta', 2, 2],
      ['alpha', 2, 2],
    ]);
    const result = analyzeFit(person({}), tied, catalogOf([tied]));
    expect(result.requirements.map((item) => item.skillId)).toEqual(['alpha', 'zeta']);
  });

  it('lists what already counts: skills the person has, with their points, largest first', () => {
    expect(fit.strengths).toEqual([
      { skillId: 'a', have: 1, need: 3, importance: 5, points: 5, covered: false },
      { skillId: 'b', have: 2, need: 2, importance: 2, points: 4, covered: true },
    ]);
  });

  it('says whether the background is a typical one for the role', () => {
    expect(fit.backgroundMatch).toBe(true);
    expect(analyzeFit(person({}, 'founder'), target, catalogOf([target])).backgroundMatch).toBe(false);
  });
});

describe('analyzeFit core readiness and assumed levels (docs/advice.md)', () => {
  const tiered = role('t', [
    ['a', 2, 5, 'core'], // have 2: 10 of 10
    ['b', 2, 4], // no tier: core; have 0: 0 of 8
    ['c', 4, 3, 'plus'], // have 0: 0 of 12
  ]);

  it('gives the core readiness over the core requirements and the readiness over all of them', () => {
    const fit = analyzeFit(person({ a: 2 }), tiered, catalogOf([tiered]));
    // core: 5×2 / (5×2 + 4×2) = 10/18; full: 10 / (10 + 8 + 12) = 10/30
    expect(fit.coreReadiness).toBe(10 / 18);
    expect(fit.coreExplanation).toEqual({ numerator: 10, denominator: 18, totalGapWeight: 8, percent: 55 });
    expect(fit.readiness).toBe(10 / 30);
    expect(fit.explanation).toMatchObject({ numerator: 10, denominator: 30, percent: 33 });
    expect(fit.requirements.map((item) => [item.skillId, item.tier])).toEqual([
      ['c', 'plus'],
      ['b', 'core'],
      ['a', 'core'],
    ]);
  });

  it('counts an unrated skill at the level the background suggests and marks it assumed; a rating beats it', () => {
    const catalog: Catalog = {
      ...catalogOf([tiered]),
      backgroundProfiles: [
        {
          background: 'sales',
          onetCode: '41-4012.00',
          skills: [
            { skillId: 'a', level: 1, basis: 'test' },
            { skillId: 'b', level: 2, basis: 'test' },
          ],
        },
      ],
    };
    const fit = analyzeFit(person({ a: 0 }, 'sales'), tiered, catalog);
    const byId = new Map(fit.requirements.map((item) => [item.skillId, item]));
    expect(byId.get('a')).toMatchObject({ have: 0, assumed: false });
    expect(byId.get('b')).toMatchObject({ have: 2, assumed: true, covered: true });
    expect(byId.get('c')).toMatchObject({ have: 0, assumed: false });
    expect(fit.coreReadiness).toBe(8 / 18);
    // 'other' assumes nothing.
    expect(analyzeFit(person({}, 'other'), tiered, catalog).requirements.every((item) => item.have === 0 && !item.assumed)).toBe(true);
  });
});

describe('analyzeFit hours to ready (the planner: fewest total hours over the core needs)', () => {
  const target = role('r', [
    ['a', 3, 5],
    ['b', 2, 2],
    ['c', 2, 1],
  ]);

  it('takes the set of courses with the fewest total hours, in study order', () => {
    const courses = [
      course('only-a', 10, [['a', 3]]),
      course('a-and-b', 12, [['a', 3], ['b', 2]]),
      course('only-b', 1, [['b', 2]]),
      course('only-c', 3, [['c', 2]]),
    ];
    // only-a + only-b + only-c = 14 h beats a-and-b + only-c = 15 h; shorter courses go first.
    const fit = analyzeFit(person({}), target, catalogOf([target], courses));
    expect(fit.coursesToReady).toEqual(['only-b', 'only-c', 'only-a']);
    expect(fit.hoursToReady).toBe(14);
    expect(fit.uncoveredSkillIds).toEqual([]);
  });

  it('finds the fewest hours where the best gap weight per hour does not', () => {
    // abc: 6 weight in 5 h (1.2 per hour) beats ab and cd (1 per hour), but abc + cd = 9 h; ab + cd = 8 h.
    const four = role('four', [['a', 2, 1], ['b', 2, 1], ['c', 2, 1], ['d', 2, 1]]);
    const courses = [
      course('abc', 5, [['a', 2], ['b', 2], ['c', 2]]),
      course('ab', 4, [['a', 2], ['b', 2]]),
      course('cd', 4, [['c', 2], ['d', 2]]),
    ];
    const fit = analyzeFit(person({}), four, catalogOf([four], courses));
    expect(fit.coursesToReady).toEqual(['ab', 'cd']);
    expect(fit.hoursToReady).toBe(8);
  });

  it('does not count a course that teaches a skill below the needed level', () => {
    const courses = [course('a-intro', 2, [['a', 2]]), course('b-course', 5, [['b', 2], ['c', 2]])];
    const fit = analyzeFit(person({}), target, catalogOf([target], courses));
    expect(fit.coursesToReady).toEqual(['b-course']);
    expect(fit.hoursToReady).toBe(5);
    expect(fit.uncoveredSkillIds).toEqual(['a']);
  });

  it('needs no course for gaps the person has already closed', () => {
    const fit = analyzeFit(person({ a: 3, b: 2, c: 2 }), target, catalogOf([target], [course('x', 9, [['a', 4]])]));
    expect(fit.coursesToReady).toEqual([]);
    expect(fit.hoursToReady).toBe(0);
  });

  it('among sets of equal hours takes the fewest courses, then the smallest course ids', () => {
    const single = role('s', [['a', 1, 2]]);
    const tied = [course('zz', 4, [['a', 1]]), course('aa', 4, [['a', 2]])];
    expect(analyzeFit(person({}), single, catalogOf([single], tied)).coursesToReady).toEqual(['aa']);
    const pair = role('p', [['a', 2, 3], ['b', 2, 3]]);
    const courses = [course('a-only', 3, [['a', 2]]), course('b-only', 3, [['b', 2]]), course('z-both', 6, [['a', 2], ['b', 2]])];
    expect(analyzeFit(person({}), pair, catalogOf([pair], courses)).coursesToReady).toEqual(['z-both']);
  });

  it('uses the highest need when a role names a skill twice', () => {
    const doubled = role('d', [
      ['a', 2, 3],
      ['a', 4, 1],
    ]);
    const courses = [course('a-2', 1, [['a', 2]]), course('a-4', 8, [['a', 4]])];
    const fit = analyzeFit(person({}), doubled, catalogOf([doubled], courses));
    expect(fit.coursesToReady).toEqual(['a-4']);
  });

  it('plans the core needs only: a plus gap lowers readiness but adds no hours', () => {
    const tiered = role('t', [['a', 2, 4], ['b', 3, 3, 'plus']]);
    const courses = [course('a-2', 5, [['a', 2]]), course('b-3', 40, [['b', 3]])];
    const fit = analyzeFit(person({}), tiered, catalogOf([tiered], courses));
    expect(fit.coursesToReady).toEqual(['a-2']);
    expect(fit.hoursToReady).toBe(5);
    expect(fit.uncoveredSkillIds).toEqual([]);
    const plusOnly = analyzeFit(person({}), tiered, catalogOf([tiered], [courses[1]]));
    expect(plusOnly.uncoveredSkillIds).toEqual(['a']);
  });

  it('takes a course only once what it expects is met, counting the course that prepares it', () => {
    const expecting = role('e', [['sql', 3, 4]]);
    const courses = [course('sql-3', 10, [['sql', 3]], [['sql', 2]]), course('sql-2', 5, [['sql', 2]])];
    const fresh = analyzeFit(person({}), expecting, catalogOf([expecting], courses));
    expect(fresh.coursesToReady).toEqual(['sql-2', 'sql-3']);
    expect(fresh.hoursToReady).toBe(15);
    expect(analyzeFit(person({ sql: 2 }), expecting, catalogOf([expecting], courses)).hoursToReady).toBe(10);
  });

  it('offers only courses in the languages the person studies in', () => {
    const frenchOnly = { ...course('a-fr', 2, [['a', 3]]), languages: ['fr' as const] };
    const multi = { ...course('b-multi', 2, [['b', 2]]), languages: ['multi' as const] };
    const catalog = catalogOf([target], [frenchOnly, multi, course('a-en', 20, [['a', 3]]), course('c-en', 1, [['c', 2]])]);
    const english = analyzeFit({ ...person({}), languages: ['en'] }, target, catalog);
    expect([...english.coursesToReady].sort()).toEqual(['a-en', 'b-multi', 'c-en']);
    expect(english.hoursToReady).toBe(23);
    const french = analyzeFit({ ...person({}), languages: ['fr'] }, target, catalog);
    expect([...french.coursesToReady].sort()).toEqual(['a-fr', 'b-multi']);
    expect(french.uncoveredSkillIds).toEqual(['c']);
    expect(analyzeFit(person({}), target, catalog).hoursToReady).toBe(5);
  });

  it('gives the hours buildPlan gives for the role alone with default inputs', () => {
    const courses = [
      course('only-a', 10, [['a', 3]], [['b', 1]]),
      course('a-and-b', 12, [['a', 3], ['b', 2]]),
      course('only-b', 1, [['b', 2]]),
      course('only-c', 3, [['c', 2]]),
    ];
    const catalog = catalogOf([target], courses);
    const fit = analyzeFit({ ...person({ c: 1 }), languages: ['en'] }, target, catalog);
    const plan = buildPlan({
      profile: person({ c: 1 }),
      languages: ['en'],
      targetRoleIds: ['r'],
      catalog,
      inputs: { weeklyHours: 5, studyDays: [1, 3], startDate: '2026-01-05', pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
      planId: 'p',
      createdAt: '2026-01-01T00:00:00Z',
      name: 'p',
    });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(fit.hoursToReady).toBe(plan.value.totalHours);
    expect(fit.coursesToReady).toEqual(plan.value.plan.items.map((item) => item.courseId));
  });
});
