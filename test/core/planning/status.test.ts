import { describe, expect, it } from 'vitest';
import type { Plan, ProgressEntry } from '../../../core/model/plan';
import { buildPlan, planStatus, replan } from '../../../core/planning';
import { buildInput, catalogOf, course, role, skill, valueOf } from './fixtures';

// a: 6-17 January, b: 20-31 January, c: 3-14 February 2025, 10 h each over 10 study days.
const catalog = catalogOf(
  [skill('a'), skill('b'), skill('c')],
  [role('r', [['a', 2, 5], ['b', 2, 4], ['c', 2, 3]])],
  [course('a-1', 10, [['a', 2]]), course('b-1', 10, [['b', 2]]), course('c-1', 10, [['c', 2]])],
);
const plan: Plan = valueOf(buildPlan(buildInput(catalog))).plan;
const entry = (id: string, itemId: string, date: string, hours: number, planId = 'plan-1'): ProgressEntry => ({
  id,
  planId,
  itemId,
  date,
  hours,
});

describe('planStatus', () => {
  it('compares logged hours with the hours the schedule expected before today', () => {
    // Friday 10 January: a's hour a day from Monday to Thursday; Friday's can still be done.
    const status = valueOf(planStatus(plan, [entry('e1', 'item-a-1', '2025-01-07', 3)], '2025-01-10'));
    expect(status.items[0]).toEqual({
      itemId: 'item-a-1',
      loggedHours: 3,
      remainingHours: 7,
      expectedHours: 4,
      overdue: false,
      behindSchedule: true,
    });
    expect(status.items[1]).toMatchObject({ expectedHours: 0, behindSchedule: false, overdue: false });
    expect(status).toMatchObject({ totalHours: 30, plannedHoursToDate: 4, loggedHours: 3, remainingHours: 27, behindSchedule: true });
  });

  it('marks open items ending before today as overdue, and not done ones only', () => {
    const done: Plan = { ...plan, items: plan.items.map((item, index) => (index === 1 ? { ...item, status: 'done' } : item)) };
    const status = valueOf(planStatus(done, [], '2025-02-05'));
    expect(status.items.map((item) => item.overdue)).toEqual([true, false, false]);
    expect(status.items.map((item) => item.behindSchedule)).toEqual([true, false, true]);
    expect(status.items[1].remainingHours).toBe(0);
  });

  it('is not behind once an item’s hours are all logged', () => {
    const status = valueOf(planStatus(plan, [entry('e1', 'item-a-1', '2025-01-07', 10)], '2025-01-20'));
    expect(status.items[0]).toMatchObject({ behindSchedule: false, overdue: true, remainingHours: 0 });
  });

  it('gives a weekly series of planned and logged cumulative hours up to the ready date', () => {
    const progress = [
      entry('e1', 'item-a-1', '2025-01-08', 2),
      entry('e2', 'item-a-1', '2025-01-15', 4),
      entry('e3', 'item-b-1', '2025-01-15', 1, 'another-plan'),
      entry('e4', 'gone', '2025-01-15', 1),
    ];
    const status = valueOf(planStatus(plan, progress, '2025-01-16'));
    expect(status.weeks).toEqual([
      { weekStart: '2025-01-06', plannedCumulative: 5, loggedCumulative: 2 },
      { weekStart: '2025-01-13', plannedCumulative: 10, loggedCumulative: 6 },
      { weekStart: '2025-01-20', plannedCumulative: 15, loggedCumulative: 6 },
      { weekStart: '2025-01-27', plannedCumulative: 20, loggedCumulative: 6 },
      { weekStart: '2025-02-03', plannedCumulative: 25, loggedCumulative: 6 },
      { weekStart: '2025-02-10', plannedCumulative: 30, loggedCumulative: 6 },
    ]);
    // Thursday 16 January: 9 of a's study days are over by its end, 8 before it.
    expect(status.plannedHoursToDate).toBe(8);
    expect(status.loggedHours).toBe(6);
  });

  it('runs the series to today when today is after the ready date', () => {
    const status = valueOf(planStatus(plan, [], '2025-03-05'));
    expect(status.weeks.at(-1)).toEqual({ weekStart: '2025-03-03', plannedCumulative: 30, loggedCumulative: 0 });
  });

  it('is on schedule on the first morning of a plan, before anything could be logged', () => {
    const status = valueOf(planStatus(plan, [], '2025-01-06'));
    expect(status).toMatchObject({ plannedHoursToDate: 0, behindSchedule: false });
  });

  it('counts hours logged on an item before its start as planned on the day they were logged', () => {
    // 3 h on b (20-31 January) on Friday 10 January; its other 7 h are laid from its start at the
    // study day's hour, as the planner lays the rest of a started item.
    const progress = [entry('e1', 'item-b-1', '2025-01-10', 3)];
    const before = valueOf(planStatus(plan, progress, '2025-01-13'));
    expect(before.items[1]).toMatchObject({ expectedHours: 3, loggedHours: 3, behindSchedule: false });
    const during = valueOf(planStatus(plan, progress, '2025-01-22'));
    expect(during.items[1]).toMatchObject({ expectedHours: 5, loggedHours: 3, behindSchedule: true });
    expect(during.weeks.slice(0, 2)).toEqual([
      { weekStart: '2025-01-06', plannedCumulative: 8, loggedCumulative: 3 },
      { weekStart: '2025-01-13', plannedCumulative: 13, loggedCumulative: 3 },
    ]);
  });

  it('handles an empty plan and refuses a bad day', () => {
    const empty = valueOf(planStatus({ ...plan, items: [], readyDate: null }, [], '2025-01-08'));
    expect(empty).toMatchObject({ items: [], totalHours: 0, plannedHoursToDate: 0, behindSchedule: false });
    expect(empty.weeks).toEqual([{ weekStart: '2025-01-06', plannedCumulative: 0, loggedCumulative: 0 }]);
    const bad = planStatus(plan, [], 'yesterday');
    expect(!bad.ok && bad.error.code).toBe('invalid-payload');
  });
});

describe('planStatus after a re-plan', () => {
  // a done with its 10 h; b in progress with 5.5 h logged (4 h on 22, 1.5 h on 27 January), which
  // the old schedule expected by 28 January already (7 h); re-planned on Wednesday 29 January.
  const followed: Plan = {
    ...plan,
    items: plan.items.map((item, index) => (index === 0 ? { ...item, status: 'done' } : index === 1 ? { ...item, status: 'in-progress' } : item)),
  };
  const progress = [
    entry('e1', 'item-a-1', '2025-01-10', 10),
    entry('e2', 'item-b-1', '2025-01-22', 4),
    entry('e3', 'item-b-1', '2025-01-27', 1.5),
  ];
  const replanned = valueOf(replan(followed, progress, '2025-01-29')).plan;

  it('is on schedule on the day of the re-plan, with an item in progress', () => {
    // b's remaining 4.5 h are laid from 29 January; the 5.5 h logged before count as planned.
    expect(replanned.items[1]).toMatchObject({ start: '2025-01-29', end: '2025-02-04', status: 'in-progress' });
    const status = valueOf(planStatus(replanned, progress, '2025-01-29'));
    expect(status.items.map((item) => [item.itemId, item.expectedHours, item.loggedHours, item.behindSchedule])).toEqual([
      ['item-a-1', 10, 10, false],
      ['item-b-1', 5.5, 5.5, false],
      ['item-c-1', 0, 0, false],
    ]);
    expect(status).toMatchObject({ plannedHoursToDate: 15.5, loggedHours: 15.5, behindSchedule: false });
  });

  it('falls behind the re-planned schedule once a study day passes with nothing logged', () => {
    // b: 5.5 h + its other 4.5 h laid an hour a study day from 29 January, one of them past.
    const status = valueOf(planStatus(replanned, progress, '2025-01-30'));
    expect(status.items[1]).toMatchObject({ expectedHours: 6.5, loggedHours: 5.5, behindSchedule: true });
    expect(status.plannedHoursToDate).toBe(16.5);
  });
});

describe('planStatus reads the schedule as the planner laid it out', () => {
  // 1.5 h a day; x: 2 h (Monday and half an hour of Tuesday), y: 2 h (an hour of Tuesday, then an
  // hour of Wednesday), z: 3.5 h from Wednesday's last half hour to Friday.
  const shared = catalogOf(
    [skill('x'), skill('y'), skill('z')],
    [role('r', [['x', 2, 5], ['y', 2, 4], ['z', 2, 3]])],
    [course('x-1', 2, [['x', 2]]), course('y-1', 2, [['y', 2]]), course('z-1', 3.5, [['z', 2]])],
  );
  const input = buildInput(shared);
  const sharedPlan = valueOf(buildPlan({ ...input, inputs: { ...input.inputs, weeklyHours: 7.5 } })).plan;

  it('counts a day two items share once: each week plans the study days’ share, no more', () => {
    expect(sharedPlan.items.map((item) => [item.start, item.end])).toEqual([
      ['2025-01-06', '2025-01-07'],
      ['2025-01-07', '2025-01-08'],
      ['2025-01-08', '2025-01-10'],
    ]);
    const cumulative = ['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09'].map(
      (day) => valueOf(planStatus(sharedPlan, [], day)).plannedHoursToDate,
    );
    // By the end of the day before each: 0, 1.5, 3 and 4.5 h; never more than the days' share.
    expect(cumulative).toEqual([0, 1.5, 3, 4.5]);
    expect(valueOf(planStatus(sharedPlan, [], '2025-01-13')).weeks[0].plannedCumulative).toBe(7.5);
    // By the end of Wednesday: x and y whole, z the half hour it had of that day.
    expect(valueOf(planStatus(sharedPlan, [], '2025-01-09')).items.map((item) => item.expectedHours)).toEqual([2, 2, 0.5]);
  });
});

describe('the standing every screen shows', () => {
  // a: an hour a study day from Monday 6 January 2025.
  it('is behind by what the schedule expected by yesterday less what was logged', () => {
    // The case: 3.5 h logged against 6.5 h planned is 3 h behind, never "on schedule".
    const status = valueOf(planStatus(plan, [entry('e1', 'item-a-1', '2025-01-07', 3.5)], '2025-01-15'));
    expect(status.plannedHoursToDate).toBe(7);
    expect(status.standing).toEqual({ kind: 'behind', hours: 3.5 });
  });

  it('is on schedule once tonight’s session is logged, and ahead only beyond today’s share', () => {
    const upToToday = [entry('e1', 'item-a-1', '2025-01-06', 4), entry('e2', 'item-a-1', '2025-01-10', 1)];
    expect(valueOf(planStatus(plan, upToToday.slice(0, 1), '2025-01-10')).standing).toEqual({ kind: 'on-schedule', hours: 0 });
    expect(valueOf(planStatus(plan, upToToday, '2025-01-10')).standing).toEqual({ kind: 'on-schedule', hours: 0 });
    const more = [...upToToday, entry('e3', 'item-a-1', '2025-01-10', 2.25)];
    expect(valueOf(planStatus(plan, more, '2025-01-10')).standing).toEqual({ kind: 'ahead', hours: 2.25 });
  });

  it('counts a done item whole, a skipped one as planned, and no more than an item’s hours', () => {
    const items = plan.items.map((item, index) => (index === 0 ? { ...item, status: 'done' as const } : item));
    // a finished on its third day with 3 h logged: all 10 h count, 5 h ahead of Friday 10 January's share.
    expect(valueOf(planStatus({ ...plan, items }, [entry('e1', 'item-a-1', '2025-01-08', 3)], '2025-01-10')).standing).toEqual({ kind: 'ahead', hours: 5 });
    const skipped = plan.items.map((item, index) => (index === 0 ? { ...item, status: 'skipped' as const } : item));
    expect(valueOf(planStatus({ ...plan, items: skipped }, [], '2025-01-15')).standing).toEqual({ kind: 'on-schedule', hours: 0 });
    const tooMuch = [entry('e1', 'item-a-1', '2025-01-06', 25)];
    // 10 h count on a (its hours), against 12 h expected by the end of Tuesday 21 January.
    expect(valueOf(planStatus(plan, tooMuch, '2025-01-22')).standing).toEqual({ kind: 'behind', hours: 2 });
  });
});
