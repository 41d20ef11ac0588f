import { describe, expect, it } from 'vitest';
import type { Plan, ProgressEntry } from '../../../core/model/plan';
import { buildPlan, loggedHoursByItem, reschedule } from '../../../core/planning';
import { buildInput, catalogOf, course, role, skill, valueOf } from './fixtures';

// a: 6-17 January, b: 20-31 January 2025, 10 h each at an hour a weekday.
const catalog = catalogOf(
  [skill('a'), skill('b')],
  [role('r', [['a', 2, 5], ['b', 2, 4]])],
  [course('a-1', 10, [['a', 2]]), course('b-1', 10, [['b', 2]])],
);
const plan: Plan = valueOf(buildPlan(buildInput(catalog))).plan;
const entry = (id: string, itemId: string, hours: number, planId = 'plan-1'): ProgressEntry => ({
  id,
  planId,
  itemId,
  date: '2025-01-06',
  hours,
});

describe('loggedHoursByItem', () => {
  it('sums the plan’s own entries per item and ignores other plans', () => {
    const logged = loggedHoursByItem(plan, [entry('e1', 'item-a-1', 1.1), entry('e2', 'item-a-1', 2.2), entry('e3', 'item-b-1', 9, 'plan-other')]);
    expect([...logged.keys()]).toEqual(['item-a-1']);
    expect(logged.get('item-a-1')).toBeCloseTo(3.3, 9);
  });

  it('has nothing for a plan without entries', () => {
    expect(loggedHoursByItem(plan, []).size).toBe(0);
  });
});

describe('reschedule', () => {
  it('counts nothing logged when no progress log is given', () => {
    expect(valueOf(reschedule(plan)).plan).toEqual(valueOf(reschedule(plan, { progress: [] })).plan);
    expect(valueOf(reschedule(plan)).plan.items.map((item) => [item.start, item.end, item.status])).toEqual([
      ['2025-01-06', '2025-01-17', 'planned'],
      ['2025-01-20', '2025-01-31', 'planned'],
    ]);
  });

  it('lays out only the hours the log does not hold', () => {
    const items = valueOf(reschedule(plan, { progress: [entry('e1', 'item-a-1', 4)] })).plan.items;
    expect(items.map((item) => [item.start, item.end, item.status])).toEqual([
      ['2025-01-06', '2025-01-13', 'in-progress'],
      ['2025-01-14', '2025-01-27', 'planned'],
    ]);
  });
});
