import { buildPlan, type Catalog, type Plan, type PlanInputs, type Profile, type StoreData } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

/** A person switching to AI engineering: some Python, nothing else yet. */
export const profile: Profile = {
  name: 'Ana',
  background: 'sales',
  skills: [{ skillId: 'python-programming', level: 2 }],
  targetRoleIds: ['ai-engineer'],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
};

export const inputs: PlanInputs = {
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
  pauses: [],
  excludedCourseIds: [],
  preferredCourseIds: [],
};

/** The small catalog with a second Python course, so an item has something to be swapped for. */
export const catalogWithAlternative: Catalog = {
  ...smallCatalog,
  courses: [
    ...smallCatalog.courses,
    {
      id: 'python-bootcamp',
      title: 'Python Bootcamp',
      provider: 'Other School',
      url: 'https://example.org/bootcamp',
      hours: 30,
      hoursStated: true,
      cost: 'paid',
      languages: ['en'],
      teaches: [{ skillId: 'python-programming', level: 4 }],
      expects: [],
    },
  ],
};

/** The plan core builds for that profile: Python (20 h), ML (15 h), prompting (2 h). */
export function builtPlan(overrides: Partial<PlanInputs> = {}, catalog: Catalog = smallCatalog): Plan {
  const result = buildPlan({
    profile,
    targetRoleIds: ['ai-engineer'],
    catalog,
    inputs: { ...inputs, ...overrides },
    planId: 'plan-test',
    createdAt: '2026-11-24T10:00:00.000Z',
    name: 'Plan of 24 Nov 2026 — AI engineer',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.plan;
}

export function withPlan(plan: Plan, extra: Partial<StoreData> = {}): Partial<StoreData> {
  return { profile, plans: [plan], activePlanId: plan.id, progress: [], ...extra };
}
