import { describe, expect, it } from 'vitest';
import type { Plan, ProgressEntry } from '../../../core/model/plan';
import { buildPlan, dueReview, reviewDueOn, reviewRecords } from '../../../core/planning';
import { buildInput, catalogOf, course, role, skill, valueOf } from './fixtures';

// a: 6-17 January 2025, b: 20-31 January, 10 h each.
const catalog = catalogOf([skill('a'), skill('b')], [role('r', [['a', 2, 5], ['b', 2, 4]])], [course('a-1', 10, [['a', 2]]), course('b-1', 10, [['b', 2]])]);
const built: Plan = valueOf(buildPlan(buildInput(catalog))).plan;
const done = (plan: Plan, ...indexes: number[]): Plan => ({ ...plan, items: plan.items.map((item, index) => (indexes.includes(index) ? { ...item, status: 'done' } : item)) });
const entry = (itemId: string, date: string): ProgressEntry => ({ id: `${itemId}-${date}`, planId: 'plan-1', itemId, date, hours: 1 });

describe('dueReview', () => {
  it('asks two weeks after the last day logged on a done item, then six weeks after', () => {
    const plan = done(built, 0);
    const progress = [entry('item-a-1', '2025-01-07'), entry('item-a-1', '2025-01-15')];
    expect(dueReview(plan, progress, [], '2025-01-28')).toBeNull();
    expect(dueReview(plan, progress, [], '2025-01-29')).toEqual({ planId: 'plan-1', itemId: 'item-a-1', weeks: 2, finishedOn: '2025-01-15', skillIds: ['a'] });
    const first = reviewRecords({ planId: 'plan-1', itemId: 'item-a-1', weeks: 2, finishedOn: '2025-01-15', skillIds: ['a'] }, '2025-01-29');
    expect(dueReview(plan, progress, first, '2025-02-20')).toBeNull();
    expect(dueReview(plan, progress, first, reviewDueOn('2025-01-15', 6))?.weeks).toBe(6);
  });

  it('offers only the later step when both are due, and answering it records both', () => {
    const plan = done(built, 0);
    const due = dueReview(plan, [], [], '2025-03-31');
    // Nothing logged: finished on its end day, 17 January; six weeks later is 28 February.
    expect(due).toMatchObject({ weeks: 6, finishedOn: '2025-01-17' });
    const records = reviewRecords(due!, '2025-03-31');
    expect(records.map((record) => record.weeks)).toEqual([2, 6]);
    expect(dueReview(plan, [], records, '2025-06-01')).toBeNull();
  });

  it('takes the item finished longest ago first, and ignores open items and other plans’ reviews', () => {
    const plan = done(built, 0, 1);
    expect(dueReview(plan, [], [], '2025-02-20')?.itemId).toBe('item-a-1');
    const other = [{ planId: 'other', itemId: 'item-a-1', weeks: 2 as const, date: '2025-02-01' }];
    expect(dueReview(plan, [], other, '2025-02-20')?.itemId).toBe('item-a-1');
    expect(dueReview(built, [], [], '2025-06-01')).toBeNull();
  });
});
