/** A profile and a plan built by core from the small test catalog, for the print and export tests. */
import { buildPlan, type Plan, type Profile, type ProgressEntry } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

export const printProfile: Profile = {
  name: 'Léa Fontaine',
  background: 'customer-support',
  skills: [{ skillId: 'python-programming', level: 1 }],
  targetRoleIds: ['ai-engineer', 'data-annotator'],
  weeklyHours: 4,
  studyDays: [1, 3, 5],
  startDate: '2026-09-07',
};

export function printPlan(): Plan {
  const built = buildPlan({
    profile: printProfile,
    targetRoleIds: printProfile.targetRoleIds,
    catalog: smallCatalog,
    inputs: {
      weeklyHours: 4,
      studyDays: [1, 3, 5],
      startDate: '2026-09-07',
      pauses: [],
      excludedCourseIds: [],
      preferredCourseIds: [],
    },
    planId: 'plan-print',
    createdAt: '2026-09-01T08:00:00.000Z',
    name: 'Into AI by summer',
  });
  if (!built.ok) throw new Error(built.error.message);
  const plan = built.value.plan;
  return { ...plan, items: plan.items.map((item, index) => (index === 0 ? { ...item, status: 'done' } : item)) };
}

export function printProgress(plan: Plan): ProgressEntry[] {
  return [{ id: 'log-1', planId: plan.id, itemId: plan.items[0].id, date: '2026-09-09', hours: 3 }];
}
