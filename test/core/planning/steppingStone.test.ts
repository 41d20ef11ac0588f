import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core';
import { buildPlan } from '../../../core/planning';
import { coreGapsWithinTarget, offersSteppingStone, STEPPING_STONE_MONTHS, steppingStoneFor, weighStep } from '../../../core/planning/steppingStone';
import { buildInput, catalogOf, course, inputsOf, role, skill, valueOf } from './fixtures';

/*
 * The target asks a and b at 3: 400 course hours, 80 weeks at 5 h a week. 'on-the-way' asks a at
 * 2 (a 20-hour course, all of it on a skill the target asks); 'elsewhere' asks z, which the target
 * does not ask (a 10-hour course); 'too-long' asks a at 3 (200 hours: 40 weeks, over 6 months);
 * 'partly' asks b, y and z at 1 (one 12-hour course teaching the three: a third of it on b);
 * 'sideways' asks a at 1 (importance 1) and x at 2 (importance 5), both taught by one 20-hour
 * course: half its hours go to a, yet 10 of its 11 points of gap are x, which the target does
 * not ask.
 */
const skills = [skill('a'), skill('b'), skill('q'), skill('x'), skill('y'), skill('z')];
const target = role('target', [
  ['a', 3, 5],
  ['b', 3, 5],
]);
const onTheWay = role('on-the-way', [['a', 2, 4]]);
const elsewhere = role('elsewhere', [['z', 2, 4]]);
const tooLong = role('too-long', [['a', 3, 4]]);
const partly = role('partly', [
  ['b', 1, 4],
  ['z', 1, 4],
  ['y', 1, 4],
]);
const sideways = role('sideways', [
  ['a', 1, 1],
  ['x', 2, 5],
]);
const courses = [
  course('a-3', 200, [['a', 3]]),
  course('b-3', 200, [['b', 3]]),
  course('a-2', 20, [['a', 2]]),
  course('z-2', 10, [['z', 2]]),
  course('ax-2', 20, [
    ['a', 1],
    ['x', 2],
  ]),
  course('byz-1', 12, [
    ['b', 1],
    ['y', 1],
    ['z', 1],
  ]),
];
const inputs = inputsOf({ weeklyHours: 5, startDate: '2025-01-06' });

/** The target plan is 80 weeks long (over 12 months) unless the test says otherwise. */
const stoneFor = (roles = [target, onTheWay, elsewhere, tooLong], targetMonths = 18.4) => {
  const { planId: _planId, name: _name, ...input } = buildInput(catalogOf(skills, roles, courses), { targetRoleIds: ['target'], inputs });
  return steppingStoneFor(input, targetMonths);
};

describe('stepping stones (docs/advice.md "Honest durations")', () => {
  it('offers one once a plan runs past six months', () => {
    expect(STEPPING_STONE_MONTHS).toBe(6);
    expect(offersSteppingStone(6)).toBe(false);
    expect(offersSteppingStone(6.1)).toBe(true);
    const long = valueOf(buildPlan(buildInput(catalogOf(skills, [target], courses), { inputs })));
    expect(long.totalHours).toBe(400);
    expect(long.longPlan).toBe(true);
    expect(offersSteppingStone(long.months)).toBe(true);
  });

  it('offers the short role on the way to the target', () => {
    const stone = stoneFor();
    expect(stone).toMatchObject({ roleId: 'on-the-way', kind: 'on-the-way', hours: 20, towardTarget: 1 });
    // 20 hours at 5 a week over Monday-Friday: four weeks, ending Friday 31 January.
    expect(stone?.readyDate).toBe('2025-01-31');
    expect(stone?.months).toBeLessThanOrEqual(STEPPING_STONE_MONTHS);
  });

  it('offers no role whose hours do not count toward the target, nor one that takes over six months', () => {
    expect(stoneFor([target, elsewhere, tooLong])).toBeNull();
    expect(stoneFor([target, elsewhere])).toBeNull();
    expect(stoneFor([target, tooLong])).toBeNull();
  });

  it('offers no role whose courses count toward the target but whose own gaps are mostly elsewhere', () => {
    // Half of the 20 hours count (a), which alone once made it "on the way"; its gaps do not.
    expect(stoneFor([target, sideways], 7)).toBeNull();
    expect(stoneFor([target, sideways, onTheWay], 7)).toMatchObject({ roleId: 'on-the-way' });
    // As a first job for a far target it is still weighed by its hours, like any first job.
    expect(stoneFor([target, hiring(sideways)], 18.4)).toMatchObject({ roleId: 'sideways', kind: 'first-job', towardTarget: 0.5 });
  });

  it('measures the share of a role\'s core gaps the target asks too, up to the level it asks', () => {
    const targetLevels = new Map([
      ['a', 3],
      ['b', 2],
    ]);
    // a: 1 level missing, all of it toward the target (4 points); z: 2 levels, none (8 points).
    const mixed = role('mixed', [
      ['a', 2, 4],
      ['z', 2, 4],
    ]);
    expect(coreGapsWithinTarget(mixed, new Map([['a', 1]]), targetLevels)).toBeCloseTo(4 / 12, 10);
    // b asked at 3, the target stops at 2: two of the three levels missing count.
    expect(coreGapsWithinTarget(role('higher', [['b', 3, 2]]), new Map(), targetLevels)).toBeCloseTo(2 / 3, 10);
    // Plus requirements are not the role's core; a role with no core gap left is no step.
    const withPlus: Role = { ...mixed, requirements: mixed.requirements.map((entry) => (entry.skillId === 'z' ? { ...entry, tier: 'plus' as const } : entry)) };
    expect(coreGapsWithinTarget(withPlus, new Map([['a', 1]]), targetLevels)).toBe(1);
    expect(coreGapsWithinTarget(mixed, new Map([['a', 2], ['z', 2]]), targetLevels)).toBe(0);
  });

  it('offers no role its courses cannot make the person ready for', () => {
    // All of its course hours count (a at 2), but no course teaches q: "reach it by" would not hold.
    const unreachable = role('unreachable', [
      ['a', 2, 4],
      ['q', 1, 1],
    ]);
    expect(stoneFor([target, unreachable], 7)).toBeNull();
    expect(stoneFor([target, hiring(unreachable)], 18.4)).toBeNull();
    expect(stoneFor([target, unreachable, onTheWay], 7)).toMatchObject({ roleId: 'on-the-way' });
  });

  it('never offers a target role itself', () => {
    const { planId: _planId, name: _name, ...input } = buildInput(catalogOf(skills, [target, onTheWay], courses), {
      targetRoleIds: ['target', 'on-the-way'],
      inputs,
    });
    expect(steppingStoneFor(input, 18.4)).toBeNull();
  });

  it('offers no role only partly on the way, unless it is a first job that hires newcomers and the target is over 12 months away', () => {
    // A third of the 12 hours go to b, which the target asks: under half.
    expect(stoneFor([target, partly], 18.4)).toBeNull();
    const far = stoneFor([target, hiring(partly)], 18.4);
    expect(far).toMatchObject({ roleId: 'partly', kind: 'first-job', hours: 12 });
    expect(far!.towardTarget).toBeCloseTo(1 / 3, 5);
    expect(stoneFor([target, hiring(partly)], 12)).toBeNull();
    expect(stoneFor([target, hiring(partly)], 7)).toBeNull();
    // A role mostly on the way is offered either way, and preferred to a first job.
    expect(stoneFor([target, hiring(partly), onTheWay], 7)).toMatchObject({ roleId: 'on-the-way', kind: 'on-the-way' });
    expect(stoneFor([target, hiring(partly), onTheWay], 18.4)).toMatchObject({ roleId: 'on-the-way', kind: 'on-the-way' });
  });

  it('offers as a first job the one reached soonest, and never one of whose hours nothing counts', () => {
    // 'partly' takes 12 hours and a third counts; 'longer-partly' takes 22 hours and two fifths count.
    const fiveSkills: [string, 1][] = [['a', 1], ['b', 1], ['y', 1], ['z', 1], ['w', 1]];
    const longerPartly = hiring(role('longer-partly', fiveSkills.map(([id]) => [id, 1, 4])));
    const longerCourses = [...courses, course('abyzw-1', 22, fiveSkills)];
    const { planId: _planId, name: _name, ...input } = buildInput(catalogOf([...skills, skill('w')], [target, hiring(partly), longerPartly], longerCourses), {
      targetRoleIds: ['target'],
      inputs,
    });
    expect(steppingStoneFor(input, 18.4)).toMatchObject({ roleId: 'partly', kind: 'first-job' });
    expect(stoneFor([target, hiring(elsewhere)], 18.4)).toBeNull();
  });
});

describe('weighing one role as a step (a job the person names)', () => {
  const inputWith = (roles: Role[]) => {
    const { planId: _planId, name: _name, ...input } = buildInput(catalogOf(skills, roles, courses), { targetRoleIds: ['target'], inputs });
    return input;
  };

  it('gives the verdict steppingStoneFor would give, with its figures', () => {
    const input = inputWith([target]);
    // Not in the catalog: weighed as if added, the catalog itself left alone.
    const weighed = weighStep(input, onTheWay, 18.4);
    expect(weighed).toMatchObject({ roleId: 'on-the-way', kind: 'on-the-way', notAStep: null, hours: 20, readyDate: '2025-01-31', towardTarget: 1, gapsWithinTarget: 1, uncovered: 0 });
    expect(input.catalog.roles.map((entry) => entry.id)).toEqual(['target']);
    const stone = steppingStoneFor(inputWith([target, onTheWay]), 18.4);
    expect(stone).toEqual({ roleId: weighed.roleId, kind: weighed.kind, hours: weighed.hours, readyDate: weighed.readyDate, months: weighed.months, towardTarget: weighed.towardTarget });
  });

  it('says why a role is not a step, with the figures that decided it', () => {
    const input = inputWith([target]);
    expect(weighStep(input, target, 18.4)).toMatchObject({ notAStep: 'target', kind: null });
    const long = weighStep(input, tooLong, 18.4);
    expect(long).toMatchObject({ notAStep: 'too-long', kind: null, hours: 200, towardTarget: 1 });
    expect(long.months).toBeGreaterThan(STEPPING_STONE_MONTHS);
    expect(weighStep(input, elsewhere, 18.4)).toMatchObject({ notAStep: 'off-the-way', hours: 10, towardTarget: 0, gapsWithinTarget: 0 });
    const side = weighStep(input, sideways, 7);
    expect(side).toMatchObject({ notAStep: 'off-the-way', towardTarget: 0.5 });
    expect(side.gapsWithinTarget).toBeCloseTo(1 / 11, 10);
    const unreachable = role('unreachable', [
      ['a', 2, 4],
      ['q', 1, 1],
    ]);
    expect(weighStep(input, unreachable, 18.4)).toMatchObject({ notAStep: 'uncovered', uncovered: 1 });
  });

  it('needs no study for a role the person already meets, and a first job only for a far target', () => {
    const ready = inputWith([target]);
    const skilled = { ...ready, profile: { ...ready.profile, skills: [{ skillId: 'a', level: 2 as const }] } };
    expect(weighStep(skilled, onTheWay, 18.4)).toMatchObject({ notAStep: 'already-ready', hours: 0, readyDate: null });
    expect(weighStep(ready, hiring(partly), 18.4)).toMatchObject({ kind: 'first-job', notAStep: null, hours: 12 });
    expect(weighStep(ready, hiring(partly), 12)).toMatchObject({ kind: null, notAStep: 'off-the-way' });
  });
});

function hiring(entry: Role): Role {
  return { ...entry, hiresNewcomers: { basis: 'test: hires people new to the field', source: { title: 'test' } } };
}
