import type { Plan, PlanItem, ProgressEntry } from '../../../core';
import { weekAgenda } from '../../../core';
import { inputsOf, valueOf } from './fixtures';

/* 5 h a week over Monday-Friday: 60 minutes a study day. The plan starts Monday 6 January 2025. */
const item = (id: string, hours: number, status: PlanItem['status'] = 'planned'): PlanItem => ({
  id,
  courseId: `${id}-course`,
  skillIds: ['s'],
  start: '2025-01-06',
  end: '2025-01-31',
  hours,
  status,
});

function plan(items: PlanItem[] = [item('a', 2), item('b', 3), item('c', 10)]): Plan {
  return {
    id: 'plan-1',
    name: 'Plan',
    createdAt: '2025-01-01T09:00:00.000Z',
    targetRoleIds: ['role'],
    inputs: inputsOf(),
    items,
    readyDate: '2025-01-31',
    uncovered: [],
  };
}

const entry = (id: string, itemId: string, date: string, hours: number, planId = 'plan-1'): ProgressEntry => ({ id, planId, itemId, date, hours });

describe('weekAgenda: this week of a plan', () => {
  it('gives today its study-day share and lays the rest from tomorrow, until Sunday', () => {
    const week = valueOf(weekAgenda(plan(), [], '2025-01-08'));
    expect(week.weekStart).toBe('2025-01-06');
    expect(week.weekEnd).toBe('2025-01-12');
    expect(week.done).toEqual([]);
    expect(week.toDo).toEqual([
      { date: '2025-01-08', itemId: 'a', minutes: 60 },
      { date: '2025-01-09', itemId: 'a', minutes: 60 },
      { date: '2025-01-10', itemId: 'b', minutes: 60 },
    ]);
    expect(week.toDoMinutes).toBe(180);
    expect(week.nextItemId).toBe('a');
  });

  it('counts what was logged since Monday, and offers today only what is left of its share', () => {
    const logged = [entry('e1', 'a', '2025-01-06', 1), entry('e2', 'a', '2025-01-08', 0.5), entry('other', 'a', '2025-01-07', 3, 'plan-2')];
    const week = valueOf(weekAgenda(plan(), logged, '2025-01-08'));
    expect(week.done).toEqual([
      { date: '2025-01-06', itemId: 'a', minutes: 60, entryId: 'e1' },
      { date: '2025-01-08', itemId: 'a', minutes: 30, entryId: 'e2' },
    ]);
    expect(week.doneMinutes).toBe(90);
    expect(week.toDo).toEqual([
      { date: '2025-01-08', itemId: 'a', minutes: 30 },
      { date: '2025-01-09', itemId: 'b', minutes: 60 },
      { date: '2025-01-10', itemId: 'b', minutes: 60 },
    ]);
  });

  it('moves today’s share to the next study days when the person skips today', () => {
    const week = valueOf(weekAgenda(plan(), [], '2025-01-08', { skipToday: true }));
    expect(week.toDo).toEqual([
      { date: '2025-01-09', itemId: 'a', minutes: 60 },
      { date: '2025-01-10', itemId: 'a', minutes: 60 },
    ]);
  });

  it('plans nothing on a day off, before the plan starts, or for items done or skipped', () => {
    expect(valueOf(weekAgenda(plan(), [], '2025-01-11')).toDo).toEqual([]);
    expect(valueOf(weekAgenda(plan(), [], '2025-01-01')).toDo).toEqual([]);
    const closed = valueOf(weekAgenda(plan([item('a', 2, 'done'), item('b', 3, 'skipped'), item('c', 10)]), [], '2025-01-08'));
    expect(new Set(closed.toDo.map((session) => session.itemId))).toEqual(new Set(['c']));
    expect(closed.nextItemId).toBe('c');
  });

  it('has nothing to do and no next item once every item is closed', () => {
    const week = valueOf(weekAgenda(plan([item('a', 2, 'done')]), [entry('e1', 'a', '2025-01-07', 2)], '2025-01-08'));
    expect(week.toDo).toEqual([]);
    expect(week.nextItemId).toBeNull();
    expect(week.doneMinutes).toBe(120);
  });

  it('refuses a day that is not a date', () => {
    const refused = weekAgenda(plan(), [], '8 January');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.path).toBe('today');
  });
});
