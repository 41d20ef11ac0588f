import { analyzeFit } from '../../../core/analysis';
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
    expect(fit.requirements).toEqual([
      { skillId: 'a', have: 1, need: 3, gap: 2, importance: 5, weight: 10, share: 10 / 20, covered: false },
      { skillId: 'c', have: 0, need: 4, gap: 4, importance: 2, weight: 8, share: 8 / 20, covered: false },
      { skillId: 'd', have: 0, need: 2, gap: 2, importance: 1, weight: 2, share: 2 / 20, covered: false },
      { skillId: 'b', have: 2, need: 2, gap: 0, importance: 2, weight: 0, share: 0, covered: true },
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

describe('analyzeFit hours to ready (greedy weighted set cover)', () => {
  const target = role('r', [
    ['a', 3, 5], // weight 15 when have 0
    ['b', 2, 2], // weight 4
    ['c', 2, 1], // weight 2
  ]);

  it('takes the course with the most remaining gap weight per hour, round after round', () => {
    const courses = [
      course('only-a', 10, [['a', 3]]), // a: 15 / 10 = 1.5 per hour
      course('a-and-b', 12, [['a', 3], ['b', 2]]), // a + b: 19 / 12 ≈ 1.58 per hour
      course('only-b', 1, [['b', 2]]), // b: 4 / 1 = 4 per hour
      course('only-c', 3, [['c', 2]]),
    ];
    // Round 1: only-b 4/h beats a-and-b 1.58/h and only-a 1.5/h -> take only-b (b closed).
    // Round 2: only-a 15/10 = 1.5 beats a-and-b, now worth a only: 15/12 = 1.25 -> take only-a.
    // Round 3: only-c closes c. Total 1 + 10 + 3 = 14 hours.
    const fit = analyzeFit(person({}), target, catalogOf([target], courses));
    expect(fit.coursesToReady).toEqual(['only-b', 'only-a', 'only-c']);
    expect(fit.hoursToReady).toBe(14);
    expect(fit.uncoveredSkillIds).toEqual([]);
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

  it('breaks equal rates by more weight, then fewer hours, then course id', () => {
    const single = role('s', [['a', 1, 2]]); // weight 2
    const courses = [course('zz', 4, [['a', 1]]), course('aa', 4, [['a', 2]])];
    const fit = analyzeFit(person({}), single, catalogOf([single], courses));
    expect(fit.coursesToReady).toEqual(['aa']);
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
});
