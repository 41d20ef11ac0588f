import { IdSchema, type Plan, type ProgressEntry } from '../../../core';
import { newId, withLoggedHours } from '../../../renderer/src/data/usePlans';
import { builtPlan } from '../screens/Plan/planFixtures';

describe('newId', () => {
  it('gives distinct ids that pass the id schema', () => {
    const ids = Array.from({ length: 20 }, () => newId('entry'));
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) {
      expect(id.startsWith('entry-')).toBe(true);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });
});

describe('withLoggedHours', () => {
  const plan: Plan = builtPlan();
  const entry = (id: string, itemId: string, hours: number, planId = plan.id): ProgressEntry => ({
    id,
    planId,
    itemId,
    date: '2026-12-05',
    hours,
  });

  it('sums the plan’s own entries per item and ignores other plans', () => {
    const synced = withLoggedHours(plan, [
      entry('e1', 'item-python-course', 1.1),
      entry('e2', 'item-python-course', 2.2),
      entry('e3', 'item-python-course', 9, 'plan-other'),
    ]);
    expect(Object.fromEntries(synced.items.map((item) => [item.id, item.hoursLogged]))).toEqual({
      'item-prompt-course': 0,
      'item-ml-course': 0,
      'item-python-course': 3.3,
    });
  });

  it('returns the same plan when nothing changes', () => {
    expect(withLoggedHours(plan, [])).toBe(plan);
  });
});
