import type { PlanStatus } from '../../../../core';
import { hoursBehind, readinessForPlan } from '../../../../renderer/src/screens/Progress/progressFigures';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { builtPlan, profile } from '../Plan/planFixtures';

describe('hoursBehind', () => {
  const item = (behindSchedule: boolean, expectedHours: number, loggedHours: number) => ({
    itemId: 'x',
    loggedHours,
    remainingHours: 10,
    expectedHours,
    overdue: false,
    behindSchedule,
  });

  it('adds what the schedule expected less what was logged, over the items behind', () => {
    const status = { items: [item(true, 5, 2), item(true, 1.25, 0), item(false, 9, 0)] } as unknown as PlanStatus;
    expect(hoursBehind(status)).toBe(4.3);
  });

  it('is 0 when on schedule', () => {
    expect(hoursBehind({ items: [item(false, 5, 5)] } as unknown as PlanStatus)).toBe(0);
  });
});

describe('readinessForPlan', () => {
  it('gives readiness now and once the courses not skipped are done', () => {
    const plan = builtPlan();
    expect(readinessForPlan(profile, plan, smallCatalog)).toEqual([{ roleId: 'ai-engineer', now: 10 / 33, afterPlan: 1 }]);
    const skipped = { ...plan, items: plan.items.map((item) => (item.courseId === 'ml-course' ? { ...item, status: 'skipped' as const } : item)) };
    // Without the ML course: Python 3 × 5 + prompting 2 × 3 = 21 of 33 points.
    expect(readinessForPlan(profile, skipped, smallCatalog)[0].afterPlan).toBeCloseTo(21 / 33);
  });
});
