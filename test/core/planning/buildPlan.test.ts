import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/planning';
import { buildInput, catalogOf, course, inputsOf, role, skill, valueOf } from './fixtures';

const basics = catalogOf(
  [skill('python'), skill('stats'), skill('ml', ['python', 'stats'])],
  [role('ml-engineer', [['ml', 3, 5], ['python', 3, 4]])],
  [
    course('py-intro', 10, [['python', 2]]),
    course('py-deep', 20, [['python', 3]]),
    course('stats-a', 12, [['stats', 2]]),
    course('ml-a', 30, [['ml', 3]], [['python', 2]]),
  ],
);

function failureOf(result: ReturnType<typeof buildPlan>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('buildPlan: refused inputs', () => {
  it.each([
    [0, 'impossible-plan'],
    [-3, 'invalid-payload'],
    [Number.NaN, 'invalid-payload'],
  ])('refuses %s weekly hours (%s)', (weeklyHours, code) => {
    const error = failureOf(buildPlan(buildInput(basics, { inputs: inputsOf({ weeklyHours }) })));
    expect(error).toMatchObject({ code, path: 'inputs.weeklyHours' });
  });

  it('refuses a plan without study days', () => {
    const error = failureOf(buildPlan(buildInput(basics, { inputs: inputsOf({ studyDays: [] }) })));
    expect(error).toMatchObject({ code: 'invalid-payload', path: 'inputs.studyDays' });
  });

  it('refuses a start after the target date', () => {
    const inputs = inputsOf({ startDate: '2025-06-01', targetDate: '2025-05-01' });
    const error = failureOf(buildPlan(buildInput(basics, { inputs })));
    expect(error).toMatchObject({ code: 'invalid-payload', path: 'inputs.targetDate' });
  });

  it('refuses no target roles and names unknown role ids', () => {
    expect(failureOf(buildPlan(buildInput(basics, { targetRoleIds: [] }))).path).toBe('targetRoleIds');
    const error = failureOf(buildPlan(buildInput(basics, { targetRoleIds: ['ml-engineer', 'astronaut', 'pilot'] })));
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain('astronaut, pilot');
  });

  it('names the skills of a prerequisite loop', () => {
    const looped = catalogOf(
      [skill('a', ['c']), skill('b', ['a']), skill('c', ['b']), skill('d')],
      [role('r', [['d', 2, 3]])],
      [course('d-1', 5, [['d', 2]])],
    );
    const error = failureOf(buildPlan(buildInput(looped)));
    expect(error.code).toBe('impossible-plan');
    expect(error.message).toMatch(/a -> c -> b -> a/);
  });

  it('fails clearly when pauses leave no study day for more than 20 years', () => {
    const inputs = inputsOf({ pauses: [{ start: '2025-01-01', end: '2050-01-01' }] });
    const error = failureOf(buildPlan(buildInput(basics, { inputs })));
    expect(error.code).toBe('impossible-plan');
    expect(error.message).toContain('20 years');
  });
});

describe('buildPlan: gaps and course selection', () => {
  it('closes each gap exactly, plans implied prerequisites first and lays items back to back', () => {
    const built = valueOf(buildPlan(buildInput(basics, { inputs: inputsOf({ weeklyHours: 5, studyDays: [1, 3, 5] }) })));
    const { items } = built.plan;
    expect(items.map((item) => item.courseId)).toEqual(['stats-a', 'py-deep', 'ml-a']);
    expect(items[0]).toEqual({
      id: 'item-stats-a',
      courseId: 'stats-a',
      skillIds: ['stats'],
      start: '2025-01-06',
      end: '2025-01-22',
      hours: 12,
      status: 'planned',
      hoursLogged: 0,
    });
    // 100 minutes a day on Monday, Wednesday, Friday: 12 h end on the 8th study day with 20 minutes used.
    // 1,200 minutes: 80 on 22 January, 11 full days, 20 minutes on 19 February.
    expect(items[1]).toMatchObject({ start: '2025-01-22', end: '2025-02-19' });
    expect(built.plan.readyDate).toBe(items[2].end);
    expect(built.plan.uncovered).toEqual([]);
    expect(built.totalHours).toBe(62);
    expect(built.targetReachable).toBeNull();
    expect(built.weeklyHoursForTarget).toBeNull();
  });

  it('does not imply a prerequisite the person already has at level 2', () => {
    const profile = { skills: [{ skillId: 'stats', level: 2 as const }] };
    const built = valueOf(buildPlan(buildInput(basics, { profile })));
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['py-deep', 'ml-a']);
  });

  it('implies prerequisites recursively, with the importance of the requirement needing them', () => {
    const chain = catalogOf(
      [skill('a'), skill('b', ['a']), skill('c', ['b'])],
      [role('r', [['c', 2, 5]])],
      [course('a-1', 5, [['a', 2]]), course('b-1', 5, [['b', 2]]), course('c-1', 5, [['c', 2]])],
    );
    const built = valueOf(buildPlan(buildInput(chain, { profile: { skills: [{ skillId: 'a', level: 1 }] } })));
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['a-1', 'b-1', 'c-1']);
  });

  it('makes a course reaching a lower level close nothing (no partial credit)', () => {
    const low = catalogOf([skill('python')], [role('r', [['python', 3, 4]])], [course('py-intro', 10, [['python', 2]])]);
    const built = valueOf(buildPlan(buildInput(low)));
    expect(built.plan.items).toEqual([]);
    expect(built.plan.uncovered).toEqual([{ skillId: 'python', level: 3 }]);
    expect(built.plan.readyDate).toBeNull();
  });

  it('gives an empty plan with no ready date when there is no gap', () => {
    const profile = { skills: [{ skillId: 'ml', level: 4 as const }, { skillId: 'python', level: 3 as const }] };
    const built = valueOf(buildPlan(buildInput(basics, { profile, inputs: inputsOf({ targetDate: '2025-03-01' }) })));
    expect(built.plan.items).toEqual([]);
    expect(built.plan.readyDate).toBeNull();
    expect(built.plan.uncovered).toEqual([]);
    expect(built.targetReachable).toBe(true);
    expect(built.weeklyHoursForTarget).toBe(0);
    expect(built.totalHours).toBe(0);
  });

  it('plans a skill shared by several roles once, at the highest level asked', () => {
    const shared = catalogOf(
      [skill('sql')],
      [role('analyst', [['sql', 2, 3]]), role('engineer', [['sql', 3, 2]])],
      [course('sql-2', 5, [['sql', 2]]), course('sql-3', 15, [['sql', 3]])],
    );
    const built = valueOf(buildPlan(buildInput(shared, { targetRoleIds: ['analyst', 'engineer', 'analyst'] })));
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['sql-3']);
    expect(built.plan.targetRoleIds).toEqual(['analyst', 'engineer']);
  });

  it('prefers the course closing the most gap weight per hour', () => {
    const cover = catalogOf(
      [skill('x'), skill('y')],
      [role('r', [['x', 2, 3], ['y', 2, 3]])],
      [course('both', 9, [['x', 2], ['y', 2]]), course('only-x', 5, [['x', 2]]), course('only-y', 5, [['y', 2]])],
    );
    expect(valueOf(buildPlan(buildInput(cover))).plan.items.map((item) => item.courseId)).toEqual(['both']);
  });

  it('breaks ties by course id whatever the catalog order', () => {
    const tied = (courses: ReturnType<typeof course>[]) =>
      valueOf(buildPlan(buildInput(catalogOf([skill('x')], [role('r', [['x', 2, 3]])], courses)))).plan.items;
    const b = course('x-b', 5, [['x', 2]]);
    const a = course('x-a', 5, [['x', 2]]);
    expect(tied([b, a]).map((item) => item.courseId)).toEqual(['x-a']);
    expect(tied([a, b]).map((item) => item.courseId)).toEqual(['x-a']);
  });

  it('takes preferred courses first when they close something, and never excluded ones', () => {
    const preferred = valueOf(
      buildPlan(buildInput(basics, { inputs: inputsOf({ preferredCourseIds: ['ml-a', 'py-intro'] }) })),
    );
    // py-intro closes nothing (python is needed at 3), so it is not taken although preferred.
    expect(preferred.plan.items.map((item) => item.courseId)).toEqual(['stats-a', 'py-deep', 'ml-a']);
    const excluded = valueOf(buildPlan(buildInput(basics, { inputs: inputsOf({ excludedCourseIds: ['py-deep'] }) })));
    expect(excluded.plan.items.map((item) => item.courseId)).toEqual(['stats-a', 'ml-a']);
    expect(excluded.plan.uncovered).toEqual([{ skillId: 'python', level: 3 }]);

    const costly = catalogOf(
      [skill('x')],
      [role('r', [['x', 2, 3]])],
      [course('cheap', 2, [['x', 2]]), course('costly', 40, [['x', 3]])],
    );
    const chosen = valueOf(buildPlan(buildInput(costly, { inputs: inputsOf({ preferredCourseIds: ['costly'] }) })));
    expect(chosen.plan.items.map((item) => item.courseId)).toEqual(['costly']);
  });

  it('plans what a chosen course expects beyond the person, before it', () => {
    const expecting = catalogOf(
      [skill('math'), skill('ml')],
      [role('r', [['ml', 2, 4]])],
      [course('ml-a', 10, [['ml', 2]], [['math', 3]]), course('math-3', 8, [['math', 3]]), course('math-2', 3, [['math', 2]])],
    );
    const built = valueOf(buildPlan(buildInput(expecting, { profile: { skills: [{ skillId: 'math', level: 1 }] } })));
    expect(built.plan.items.map((item) => [item.courseId, item.skillIds])).toEqual([
      ['math-3', ['math']],
      ['ml-a', ['ml']],
    ]);
    const known = valueOf(buildPlan(buildInput(expecting, { profile: { skills: [{ skillId: 'math', level: 3 }] } })));
    expect(known.plan.items.map((item) => item.courseId)).toEqual(['ml-a']);
  });

  it('lists every gap no course closes as uncovered, sorted', () => {
    const partial = catalogOf(
      [skill('a'), skill('b'), skill('c')],
      [role('r', [['c', 3, 2], ['a', 2, 3], ['b', 1, 1]])],
      [course('b-1', 2, [['b', 1]])],
    );
    const built = valueOf(buildPlan(buildInput(partial)));
    expect(built.plan.uncovered).toEqual([
      { skillId: 'a', level: 2 },
      { skillId: 'c', level: 3 },
    ]);
  });

  it('never takes a course that would have to come both before and after a chosen one', () => {
    // loop-a teaches x and expects y; loop-b teaches y and expects x: at most one of them.
    const looping = catalogOf(
      [skill('x'), skill('y')],
      [role('r', [['x', 2, 5], ['y', 2, 5]])],
      [course('loop-a', 5, [['x', 2]], [['y', 1]]), course('loop-b', 6, [['y', 2]], [['x', 1]])],
    );
    const built = valueOf(buildPlan(buildInput(looping)));
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['loop-a']);
    expect(built.plan.uncovered).toEqual([{ skillId: 'y', level: 2 }]);
  });
});

describe('buildPlan: calendar and target', () => {
  const single = catalogOf([skill('x')], [role('r', [['x', 2, 3]])], [course('x-1', 10, [['x', 2]])]);

  it('lays items only on study days, outside pauses, from the start date', () => {
    const inputs = inputsOf({
      weeklyHours: 4,
      studyDays: [6, 0],
      startDate: '2025-01-08',
      pauses: [{ start: '2025-01-18', end: '2025-01-19' }],
    });
    // 120 minutes on each Saturday and Sunday: 11-12, (pause 18-19), 25-26, 1 Feb.
    const item = valueOf(buildPlan(buildInput(single, { inputs }))).plan.items[0];
    expect([item.start, item.end]).toEqual(['2025-01-11', '2025-02-01']);
  });

  it('reports whether the target date is reached and the weekly hours that would reach it', () => {
    // 10 h at 5 h a week over Monday-Friday: 10 study days, ends Friday 17 January.
    const late = valueOf(buildPlan(buildInput(single, { inputs: inputsOf({ targetDate: '2025-01-10' }) })));
    expect(late.plan.readyDate).toBe('2025-01-17');
    expect(late.targetReachable).toBe(false);
    expect(late.weeklyHoursForTarget).toBe(10);
    const onTime = valueOf(buildPlan(buildInput(single, { inputs: inputsOf({ targetDate: '2025-01-17' }) })));
    expect(onTime.targetReachable).toBe(true);
    expect(onTime.weeklyHoursForTarget).toBe(5);
    const sameDay = valueOf(buildPlan(buildInput(single, { inputs: inputsOf({ targetDate: '2025-01-06' }) })));
    expect(sameDay.weeklyHoursForTarget).toBeNull();
  });

  it('gives the same plan for the same input', () => {
    const input = buildInput(basics, { inputs: inputsOf({ pauses: [{ start: '2025-02-01', end: '2025-02-10' }] }) });
    expect(buildPlan(structuredClone(input))).toEqual(buildPlan(input));
  });
});
