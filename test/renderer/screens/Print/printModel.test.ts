import { buildPrintModel, statusBox } from '../../../../renderer/src/screens/Print/printModel';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { printPlan, printProfile, printProgress } from './printFixtures';

describe('buildPrintModel', () => {
  it('groups items by the month they start, in calendar order, and adds up the hours', () => {
    const plan = printPlan();
    const model = buildPrintModel(plan, printProfile, smallCatalog, printProgress(plan), undefined, 'en');
    const items = model.months.flatMap((month) => month.items);
    expect(items).toHaveLength(plan.items.length);
    expect(items.map((item) => item.start)).toEqual([...items.map((item) => item.start)].sort());
    for (const month of model.months) for (const item of month.items) expect(item.start.startsWith(month.month)).toBe(true);
    expect(model.totalHours).toBe(plan.items.reduce((sum, item) => sum + item.hours, 0));
    expect(model.loggedHours).toBe(3);
    expect(model.doneCount).toBe(1);
    expect(model.courses.map((course) => course.id).sort()).toEqual([...new Set(plan.items.map((item) => item.courseId))].sort());
  });

  it('computes the fit of each target role, or none without a profile', () => {
    const plan = printPlan();
    expect(buildPrintModel(plan, printProfile, smallCatalog, [], undefined, 'en').roles.map(({ role, fit }) => [role.id, fit?.roleId])).toEqual([
      ['ai-engineer', 'ai-engineer'],
      ['data-annotator', 'data-annotator'],
    ]);
    expect(buildPrintModel(plan, null, smallCatalog, [], undefined, 'en').roles.every(({ fit }) => fit === null)).toBe(true);
  });

  it('draws a ticked box for done, a crossed one for skipped, an empty one otherwise', () => {
    expect([statusBox('done'), statusBox('skipped'), statusBox('planned'), statusBox('in-progress')]).toEqual(['☑', '☒', '☐', '☐']);
  });
});
