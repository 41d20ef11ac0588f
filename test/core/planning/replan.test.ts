import { describe, expect, it } from 'vitest';
import type { Plan, ProgressEntry } from '../../../core/model/plan';
import { buildPlan, dailyAllocation, replan } from '../../../core/planning';
import { buildInput, catalogOf, course, inputsOf, role, skill, valueOf } from './fixtures';

// Three 10-hour courses at 5 h a week over Monday-Friday (60 minutes a day):
// a: 6-17 January, b: 20-31 January, c: 3-14 February 2025.
const catalog = catalogOf(
  [skill('a'), skill('b'), skill('c')],
  [role('r', [['a', 2, 5], ['b', 2, 4], ['c', 2, 3]])],
  [course('a-1', 10, [['a', 2]]), course('b-1', 10, [['b', 2]]), course('c-1', 10, [['c', 2]])],
);
const plan: Plan = valueOf(buildPlan(buildInput(catalog))).plan;

let entryNumber = 0;
function entry(itemId: string, date: string, hours: number, planId = 'plan-1'): ProgressEntry {
  entryNumber += 1;
  return { id: `entry-${entryNumber}`, planId, itemId, date, hours };
}
const withStatus = (source: Plan, itemId: string, status: Plan['items'][number]['status']): Plan => ({
  ...source,
  items: source.items.map((item) => (item.id === itemId ? { ...item, status } : item)),
});

describe('replan', () => {
  it('starts from the plan built as expected', () => {
    expect(plan.items.map((item) => [item.id, item.start, item.end])).toEqual([
      ['item-a-1', '2025-01-06', '2025-01-17'],
      ['item-b-1', '2025-01-20', '2025-01-31'],
      ['item-c-1', '2025-02-03', '2025-02-14'],
    ]);
  });

  it('lays the rest out from today, counting logged hours once, a started item’s rest included', () => {
    const done = withStatus(plan, 'item-a-1', 'done');
    const progress = [entry('item-a-1', '2025-01-10', 10), entry('item-b-1', '2025-01-22', 4), entry('item-b-1', '2025-01-27', 1.5)];
    const result = valueOf(replan(done, progress, '2025-01-29'));
    const [a, b, c] = result.plan.items;
    expect(a).toMatchObject({ start: '2025-01-06', end: '2025-01-17', status: 'done' });
    // b: 10 h less 5.5 h logged = 270 minutes from Wednesday 29 January: 29, 30, 31, 3 and half of 4 February.
    expect(b).toMatchObject({ start: '2025-01-29', end: '2025-02-04', status: 'in-progress' });
    // c: 600 minutes from the 30 minutes left on 4 February: then 5-17 February (9 days), 30 minutes on 18 February.
    expect(c).toMatchObject({ start: '2025-02-04', end: '2025-02-18', status: 'planned' });
    // The log keeps the hours logged; the plan only their effect on the dates.
    expect(result.plan.items.some((item) => 'hoursLogged' in item)).toBe(false);
    expect(result.oldReadyDate).toBe('2025-02-14');
    expect(result.newReadyDate).toBe('2025-02-18');
    expect(result.moved).toEqual([
      { itemId: 'item-b-1', oldStart: '2025-01-20', oldEnd: '2025-01-31', newStart: '2025-01-29', newEnd: '2025-02-04' },
      { itemId: 'item-c-1', oldStart: '2025-02-03', oldEnd: '2025-02-14', newStart: '2025-02-04', newEnd: '2025-02-18' },
    ]);
    // 870 minutes over the 13 study days from 29 January to 14 February: 67 min a day, 335 a week.
    expect(result.weeklyHoursToKeepOldReadyDate).toBe(6);
    const keep = valueOf(replan(done, progress, '2025-01-29', { weeklyHours: 6 }));
    expect(keep.newReadyDate! <= '2025-02-14').toBe(true);
  });

  it('does not schedule logged hours again', () => {
    const progress = [entry('item-a-1', '2025-01-06', 3)];
    const result = valueOf(replan(plan, progress, '2025-01-13'));
    const allocations = valueOf(dailyAllocation(result.plan, { progress, today: '2025-01-13' }));
    const minutesOf = (itemId: string) =>
      allocations.filter((day) => day.itemId === itemId).reduce((sum, day) => sum + day.minutes, 0);
    expect(minutesOf('item-a-1')).toBe(420);
    expect(minutesOf('item-b-1')).toBe(600);
    expect(allocations[0].date).toBe('2025-01-13');
  });

  it('finishes today an open item with nothing left, and counts only this plan’s entries', () => {
    const progress = [entry('item-a-1', '2025-01-07', 12), entry('item-b-1', '2025-01-07', 8, 'other-plan')];
    const result = valueOf(replan(plan, progress, '2025-01-08'));
    expect(result.plan.items[0]).toMatchObject({ start: '2025-01-08', end: '2025-01-08', status: 'in-progress' });
    expect(result.plan.items[1]).toMatchObject({ start: '2025-01-08', status: 'planned' });
  });

  it('pulls dates of items finished early back to today', () => {
    const done = withStatus(withStatus(plan, 'item-a-1', 'done'), 'item-c-1', 'skipped');
    const result = valueOf(replan(done, [entry('item-a-1', '2025-01-08', 10)], '2025-01-09'));
    expect(result.plan.items[0]).toMatchObject({ start: '2025-01-06', end: '2025-01-09' });
    expect(result.plan.items[2]).toMatchObject({ start: '2025-01-09', end: '2025-01-09', status: 'skipped' });
    expect(result.plan.items[1]).toMatchObject({ start: '2025-01-09', end: '2025-01-22' });
    expect(result.newReadyDate).toBe('2025-01-22');
  });

  it('never lays items before the start date, even when re-planned earlier', () => {
    const result = valueOf(replan(plan, [], '2024-12-01'));
    expect(result.plan.items.map((item) => item.start)).toEqual(plan.items.map((item) => item.start));
    expect(result.moved).toEqual([]);
  });

  it('respects new study days and pauses, stored in the plan inputs', () => {
    const result = valueOf(
      replan(plan, [], '2025-01-06', { studyDays: [3, 1, 1], pauses: [{ start: '2025-01-13', end: '2025-01-19' }] }),
    );
    expect(result.plan.inputs.studyDays).toEqual([1, 3]);
    // 5 h over 2 days: 150 minutes on Mondays and Wednesdays; 6 and 8 January, then 20 January on.
    expect(result.plan.items[0]).toMatchObject({ start: '2025-01-06', end: '2025-01-22' });
  });

  it('gives no weekly hours to keep a ready date that is already past', () => {
    const result = valueOf(replan(plan, [], '2025-03-01'));
    expect(result.oldReadyDate).toBe('2025-02-14');
    expect(result.weeklyHoursToKeepOldReadyDate).toBeNull();
    expect(result.plan.items[0].start).toBe('2025-03-03');
  });

  it('refuses a bad day and unusable hours', () => {
    const badDay = replan(plan, [], '2025-13-01');
    expect(!badDay.ok && badDay.error.path).toBe('today');
    const noHours = replan(plan, [], '2025-01-10', { weeklyHours: 0 });
    expect(!noHours.ok && noHours.error.code).toBe('impossible-plan');
  });

  it('re-plans an empty plan to an empty plan', () => {
    const empty = { ...plan, items: [], readyDate: null };
    const result = valueOf(replan(empty, [], '2025-02-01'));
    expect(result).toMatchObject({ moved: [], oldReadyDate: null, newReadyDate: null, weeklyHoursToKeepOldReadyDate: null });
  });

  it('keeps the inputs it was given when no option changes them, the scope buildPlan stored included', () => {
    // buildPlan writes the scope it planned (core by default) into the stored inputs.
    expect(plan.inputs).toEqual({ ...inputsOf(), scope: 'core' });
    expect(valueOf(replan(plan, [], '2025-01-06')).plan.inputs).toEqual({ ...inputsOf(), scope: 'core' });
    const full = { ...plan, inputs: { ...plan.inputs, scope: 'full' as const } };
    expect(valueOf(replan(full, [], '2025-01-06')).plan.inputs.scope).toBe('full');
  });
});
