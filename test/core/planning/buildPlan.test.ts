import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/planning';
import type { Catalog } from '../../../core/model/catalog';
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

describe('buildPlan: needs and course selection (docs/advice.md "One planner")', () => {
  it('closes each need exactly, takes what a course expects first, adds no gap for skill prerequisites and lays items back to back', () => {
    const built = valueOf(buildPlan(buildInput(basics, { inputs: inputsOf({ weeklyHours: 5, studyDays: [1, 3, 5] }) })));
    const { items } = built.plan;
    // ml needs python and stats as skill prerequisites, but stats is no need of the role: no stats course.
    // ml-a expects python 2, which py-deep (python 3, a need) teaches, so py-deep comes first.
    expect(items.map((item) => item.courseId)).toEqual(['py-deep', 'ml-a']);
    expect(items[0]).toEqual({
      id: 'item-py-deep',
      courseId: 'py-deep',
      skillIds: ['python'],
      start: '2025-01-06',
      end: '2025-01-31',
      hours: 20,
      status: 'planned',
      why: { closes: [{ skillId: 'python', level: 3 }], prepares: [{ skillId: 'python', level: 2, forCourseId: 'ml-a' }], pinned: false },
    });
    // 100 minutes a day on Monday, Wednesday, Friday: 1,200 minutes fill 12 study days (6 to 31 January),
    // then ml-a's 1,800 minutes fill 18 more, from Monday 3 February to Friday 14 March.
    expect(items[1]).toMatchObject({
      start: '2025-02-03',
      end: '2025-03-14',
      skillIds: ['ml'],
      why: { closes: [{ skillId: 'ml', level: 3 }], prepares: [], pinned: false },
    });
    expect(built.plan.readyDate).toBe(items[1].end);
    expect(built.plan.uncovered).toEqual([]);
    expect(built.totalHours).toBe(50);
    expect(built.targetReachable).toBeNull();
    expect(built.weeklyHoursForTarget).toBeNull();
  });

  it('plans the same courses whatever the level of a skill prerequisite that is no need', () => {
    for (const level of [0, 1, 2, 4] as const) {
      const profile = { skills: [{ skillId: 'stats', level }] };
      const built = valueOf(buildPlan(buildInput(basics, { profile })));
      expect(built.plan.items.map((item) => item.courseId)).toEqual(['py-deep', 'ml-a']);
    }
  });

  it('implies no prerequisite skill, but studies the course teaching a prerequisite skill first', () => {
    const chain = catalogOf(
      [skill('a'), skill('b', ['a']), skill('c', ['b'])],
      [role('r', [['c', 2, 5]]), role('r2', [['c', 2, 5], ['b', 2, 3]])],
      [course('a-1', 5, [['a', 2]]), course('b-1', 10, [['b', 2]]), course('c-1', 5, [['c', 2]])],
    );
    const alone = valueOf(buildPlan(buildInput(chain)));
    expect(alone.plan.items.map((item) => item.courseId)).toEqual(['c-1']);
    expect(alone.totalHours).toBe(5);
    // b is a prerequisite of c: b-1 goes first although it is the longer course.
    const both = valueOf(buildPlan(buildInput(chain, { targetRoleIds: ['r2'] })));
    expect(both.plan.items.map((item) => item.courseId)).toEqual(['b-1', 'c-1']);
  });

  it('makes a course reaching a lower level close nothing (no partial credit)', () => {
    const low = catalogOf([skill('python')], [role('r', [['python', 3, 4]])], [course('py-intro', 10, [['python', 2]])]);
    const built = valueOf(buildPlan(buildInput(low)));
    expect(built.plan.items).toEqual([]);
    expect(built.plan.uncovered).toEqual([{ skillId: 'python', level: 3, reason: 'no-course' }]);
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
    expect(built.months).toBe(0);
    expect(built.longPlan).toBe(false);
  });

  it('plans a skill shared by several roles once, at the highest level asked', () => {
    const shared = catalogOf(
      [skill('sql')],
      [role('analyst', [['sql', 2, 3]]), role('engineer', [['sql', 3, 2]])],
      [course('sql-2', 5, [['sql', 2]]), course('sql-3', 15, [['sql', 3]])],
    );
    const built = valueOf(buildPlan(buildInput(shared, { targetRoleIds: ['analyst', 'engineer', 'analyst'] })));
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['sql-3']);
    expect(built.plan.items[0].why?.closes).toEqual([{ skillId: 'sql', level: 3 }]);
    expect(built.plan.targetRoleIds).toEqual(['analyst', 'engineer']);
  });

  it('takes the set with the fewest total hours', () => {
    const cover = catalogOf(
      [skill('x'), skill('y')],
      [role('r', [['x', 2, 3], ['y', 2, 3]])],
      [course('both', 9, [['x', 2], ['y', 2]]), course('only-x', 5, [['x', 2]]), course('only-y', 5, [['y', 2]])],
    );
    expect(valueOf(buildPlan(buildInput(cover))).plan.items.map((item) => item.courseId)).toEqual(['both']);
  });

  it('beats the greedy choice of the most gap weight per hour when it costs more hours', () => {
    // abc closes a, b, c at 6 weight / 5 h = 1.2 per hour, ahead of ab and cd at 1 per hour; but
    // after abc, d still needs cd: 9 h. ab + cd close all four in 8 h.
    const trap = catalogOf(
      [skill('a'), skill('b'), skill('c'), skill('d')],
      [role('r', [['a', 2, 1], ['b', 2, 1], ['c', 2, 1], ['d', 2, 1]])],
      [
        course('abc', 5, [['a', 2], ['b', 2], ['c', 2]]),
        course('ab', 4, [['a', 2], ['b', 2]]),
        course('cd', 4, [['c', 2], ['d', 2]]),
      ],
    );
    const built = valueOf(buildPlan(buildInput(trap)));
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['ab', 'cd']);
    expect(built.totalHours).toBe(8);
  });

  it('breaks ties by course id whatever the catalog order', () => {
    const tied = (courses: ReturnType<typeof course>[]) =>
      valueOf(buildPlan(buildInput(catalogOf([skill('x')], [role('r', [['x', 2, 3]])], courses)))).plan.items;
    const b = course('x-b', 5, [['x', 2]]);
    const a = course('x-a', 5, [['x', 2]]);
    expect(tied([b, a]).map((item) => item.courseId)).toEqual(['x-a']);
    expect(tied([a, b]).map((item) => item.courseId)).toEqual(['x-a']);
  });

  it('keeps a pinned course that raises a needed skill, marks it pinned, and never takes excluded ones', () => {
    const preferred = valueOf(
      buildPlan(buildInput(basics, { inputs: inputsOf({ preferredCourseIds: ['ml-a', 'py-intro'] }) })),
    );
    // py-intro raises python (0 -> 2) although the need is 3: kept, and it meets ml-a's expectation.
    expect(preferred.plan.items.map((item) => item.courseId)).toEqual(['py-intro', 'py-deep', 'ml-a']);
    expect(preferred.plan.items.map((item) => item.why)).toEqual([
      { closes: [], prepares: [{ skillId: 'python', level: 2, forCourseId: 'ml-a' }], pinned: true },
      { closes: [{ skillId: 'python', level: 3 }], prepares: [], pinned: false },
      { closes: [{ skillId: 'ml', level: 3 }], prepares: [], pinned: true },
    ]);
    const excluded = valueOf(buildPlan(buildInput(basics, { inputs: inputsOf({ excludedCourseIds: ['py-deep'] }) })));
    // Without py-deep python 3 is out of reach; ml-a still needs python 2 first, from py-intro.
    expect(excluded.plan.items.map((item) => item.courseId)).toEqual(['py-intro', 'ml-a']);
    expect(excluded.plan.uncovered).toEqual([{ skillId: 'python', level: 3, reason: 'excluded' }]);

    const costly = catalogOf(
      [skill('x')],
      [role('r', [['x', 2, 3]])],
      [course('cheap', 2, [['x', 2]]), course('costly', 40, [['x', 3]])],
    );
    const chosen = valueOf(buildPlan(buildInput(costly, { inputs: inputsOf({ preferredCourseIds: ['costly'] }) })));
    expect(chosen.plan.items.map((item) => item.courseId)).toEqual(['costly']);
    // A pinned course that raises no needed skill is not taken.
    const idle = catalogOf([skill('x'), skill('y')], [role('r', [['x', 2, 3]])], [course('x-2', 2, [['x', 2]]), course('y-2', 3, [['y', 2]])]);
    const ignored = valueOf(buildPlan(buildInput(idle, { inputs: inputsOf({ preferredCourseIds: ['y-2'] }) })));
    expect(ignored.plan.items.map((item) => item.courseId)).toEqual(['x-2']);
  });

  it('plans what a chosen course expects beyond the person, before it, as preparation', () => {
    const expecting = catalogOf(
      [skill('math'), skill('ml')],
      [role('r', [['ml', 2, 4]])],
      [course('ml-a', 10, [['ml', 2]], [['math', 3]]), course('math-3', 8, [['math', 3]]), course('math-2', 3, [['math', 2]])],
    );
    const built = valueOf(buildPlan(buildInput(expecting, { profile: { skills: [{ skillId: 'math', level: 1 }] } })));
    // math is no need of the role: math-3 closes nothing and prepares ml-a.
    expect(built.plan.items.map((item) => [item.courseId, item.skillIds, item.why])).toEqual([
      ['math-3', [], { closes: [], prepares: [{ skillId: 'math', level: 3, forCourseId: 'ml-a' }], pinned: false }],
      ['ml-a', ['ml'], { closes: [{ skillId: 'ml', level: 2 }], prepares: [], pinned: false }],
    ]);
    const known = valueOf(buildPlan(buildInput(expecting, { profile: { skills: [{ skillId: 'math', level: 3 }] } })));
    expect(known.plan.items.map((item) => item.courseId)).toEqual(['ml-a']);
  });

  it('meets what a course expects of a skill it also teaches before it (SQL 2 before a course teaching SQL 3)', () => {
    const sql = catalogOf(
      [skill('sql')],
      [role('r', [['sql', 3, 4]])],
      [course('sql-3', 10, [['sql', 3]], [['sql', 2]]), course('sql-2', 5, [['sql', 2]])],
    );
    const fresh = valueOf(buildPlan(buildInput(sql)));
    expect(fresh.plan.items.map((item) => item.courseId)).toEqual(['sql-2', 'sql-3']);
    expect(fresh.plan.items[0].why).toEqual({ closes: [], prepares: [{ skillId: 'sql', level: 2, forCourseId: 'sql-3' }], pinned: false });
    expect(fresh.totalHours).toBe(15);
    const working = valueOf(buildPlan(buildInput(sql, { profile: { skills: [{ skillId: 'sql', level: 2 }] } })));
    expect(working.plan.items.map((item) => item.courseId)).toEqual(['sql-3']);
  });

  it('lists every need no course reaches as uncovered, sorted, with the reason', () => {
    const partial = catalogOf(
      [skill('a'), skill('b'), skill('c')],
      [role('r', [['c', 3, 2], ['a', 2, 3], ['b', 1, 1]])],
      [course('b-1', 2, [['b', 1]])],
    );
    const built = valueOf(buildPlan(buildInput(partial)));
    expect(built.plan.uncovered).toEqual([
      { skillId: 'a', level: 2, reason: 'no-course' },
      { skillId: 'c', level: 3, reason: 'no-course' },
    ]);

    const french = { ...course('x-fr', 4, [['x', 2]]), languages: ['fr' as const] };
    const reasons = catalogOf(
      [skill('x'), skill('y'), skill('z'), skill('w')],
      [role('r', [['x', 2, 3], ['y', 2, 3], ['z', 2, 3]])],
      [french, course('y-2', 3, [['y', 2]]), course('z-2', 3, [['z', 2]], [['w', 1]])],
    );
    const limited = valueOf(
      buildPlan(buildInput(reasons, { languages: ['en'], inputs: inputsOf({ excludedCourseIds: ['y-2'] }) })),
    );
    expect(limited.plan.items).toEqual([]);
    expect(limited.plan.uncovered).toEqual([
      { skillId: 'x', level: 2, reason: 'language' },
      { skillId: 'y', level: 2, reason: 'excluded' },
      { skillId: 'z', level: 2, reason: 'expects' },
    ]);
    // Every language offered, nothing removed: x and y are planned; z still expects w nobody teaches.
    const open = valueOf(buildPlan(buildInput(reasons)));
    expect(open.plan.items.map((item) => item.courseId)).toEqual(['y-2', 'x-fr']);
    expect(open.plan.uncovered).toEqual([{ skillId: 'z', level: 2, reason: 'expects' }]);
  });

  it('takes no course whose expectations only the other course of a loop could meet', () => {
    // loop-a teaches x and expects y; loop-b teaches y and expects x: neither can go first.
    const looping = catalogOf(
      [skill('x'), skill('y')],
      [role('r', [['x', 2, 5], ['y', 2, 5]])],
      [course('loop-a', 5, [['x', 2]], [['y', 1]]), course('loop-b', 6, [['y', 2]], [['x', 1]])],
    );
    const built = valueOf(buildPlan(buildInput(looping)));
    expect(built.plan.items).toEqual([]);
    expect(built.plan.uncovered).toEqual([
      { skillId: 'x', level: 2, reason: 'expects' },
      { skillId: 'y', level: 2, reason: 'expects' },
    ]);
    // A short course teaching x at 1 breaks the loop: x-1, then loop-b, then loop-a.
    const broken = catalogOf(looping.skills, looping.roles, [...looping.courses, course('x-1', 1, [['x', 1]])]);
    const unlocked = valueOf(buildPlan(buildInput(broken)));
    expect(unlocked.plan.items.map((item) => item.courseId)).toEqual(['x-1', 'loop-b', 'loop-a']);
    expect(unlocked.plan.uncovered).toEqual([]);
    expect(unlocked.totalHours).toBe(12);
  });

  it('plans the core requirements by default and every requirement with scope full', () => {
    const tiered = catalogOf(
      [skill('core-skill'), skill('plus-skill'), skill('untiered')],
      [
        {
          ...role('r', [['core-skill', 2, 4], ['plus-skill', 3, 3], ['untiered', 2, 4]]),
          requirements: [
            { skillId: 'core-skill', level: 2, importance: 4, tier: 'core' },
            { skillId: 'plus-skill', level: 3, importance: 3, tier: 'plus' },
            { skillId: 'untiered', level: 2, importance: 4 },
          ],
        },
      ],
      [course('core-2', 5, [['core-skill', 2]]), course('plus-3', 20, [['plus-skill', 3]]), course('untiered-2', 4, [['untiered', 2]])],
    );
    const core = valueOf(buildPlan(buildInput(tiered)));
    expect(core.plan.items.map((item) => item.courseId)).toEqual(['untiered-2', 'core-2']);
    expect(core.plan.inputs.scope).toBe('core');
    const full = valueOf(buildPlan(buildInput(tiered, { inputs: inputsOf({ scope: 'full' }) })));
    expect(full.plan.items.map((item) => item.courseId)).toEqual(['untiered-2', 'core-2', 'plus-3']);
    expect(full.plan.inputs.scope).toBe('full');
    expect(full.totalHours).toBe(29);
  });

  it('counts an unrated skill at the level the background suggests, and a rated one at its rating', () => {
    const assuming: Catalog = {
      ...catalogOf(
        [skill('sheets'), skill('sql')],
        [role('r', [['sheets', 2, 4], ['sql', 2, 4]])],
        [course('sheets-2', 6, [['sheets', 2]]), course('sql-2', 8, [['sql', 2]])],
      ),
      backgroundProfiles: [
        {
          background: 'sales',
          onetCode: '41-4012.00',
          skills: [
            { skillId: 'sheets', level: 2, basis: 'test: sales people use spreadsheets' },
            { skillId: 'sql', level: 2, basis: 'test' },
          ],
        },
      ],
    };
    const built = valueOf(
      buildPlan(buildInput(assuming, { profile: { skills: [{ skillId: 'sql', level: 0 }], background: 'sales' } })),
    );
    // sheets is assumed at 2 (no course); sql is rated 0, which beats the assumption.
    expect(built.plan.items.map((item) => item.courseId)).toEqual(['sql-2']);
    expect(built.assumed).toEqual([{ skillId: 'sheets', level: 2, basis: 'test: sales people use spreadsheets', background: 'sales' }]);
    const other = valueOf(buildPlan(buildInput(assuming, { profile: { skills: [], background: 'other' } })));
    expect(other.plan.items.map((item) => item.courseId)).toEqual(['sheets-2', 'sql-2']);
    expect(other.assumed).toEqual([]);
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
