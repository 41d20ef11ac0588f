import { readinessForPlan } from '../../../../renderer/src/screens/Progress/progressFigures';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { builtPlan, profile } from '../Plan/planFixtures';

describe('readinessForPlan', () => {
  it('gives readiness now and once the courses not skipped are done', () => {
    const plan = builtPlan();
    expect(readinessForPlan(profile, plan, smallCatalog)).toEqual([{ roleId: 'ai-engineer', now: 10 / 33, afterPlan: 1 }]);
    const skipped = { ...plan, items: plan.items.map((item) => (item.courseId === 'ml-course' ? { ...item, status: 'skipped' as const } : item)) };
    // Without the ML course: Python 3 × 5 + prompting 2 × 3 = 21 of 33 points.
    expect(readinessForPlan(profile, skipped, smallCatalog)[0].afterPlan).toBeCloseTo(21 / 33);
  });
});
