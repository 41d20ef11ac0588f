/**
 * A person with a 12-month plan built by core from the real built-in matrix, saved through the
 * real service; used by the print browser test and the print bench.
 */
import { buildPlan, type Catalog, type Plan, type Profile, type ProgressEntry } from '../../../core';
import type { SkillgapService } from '../../../main/service/service';

export const PRINT_START = '2026-09-07';
export const PRINT_TARGETS = ['data-annotator', 'ai-trainer'];

export interface SeededPlan {
  profile: Profile;
  plan: Plan;
  progress: ProgressEntry[];
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
}

function inputsFor(weeklyHours: number) {
  return { weeklyHours, studyDays: [1, 3, 5] as Profile['studyDays'], startDate: PRINT_START, pauses: [], excludedCourseIds: [], preferredCourseIds: [] };
}

/** The plan at the weekly hours that make it last about a year, two courses done and one started. */
export function twelveMonthPlan(catalog: Catalog): SeededPlan {
  const base: Profile = {
    name: 'Amélie Rousseau-Nguyen',
    background: 'customer-support',
    // A support agent's strengths, so the readiness pages show partial credit as well as gaps.
    skills: [
      { skillId: 'customer-service', level: 3, note: 'Six years on a support desk' },
      { skillId: 'written-communication', level: 2 },
      { skillId: 'spreadsheets', level: 2 },
      { skillId: 'time-management', level: 2 },
    ],
    targetRoleIds: PRINT_TARGETS,
    weeklyHours: 1,
    studyDays: [1, 3, 5],
    startDate: PRINT_START,
  };
  const build = (weeklyHours: number) =>
    unwrap(
      buildPlan({
        profile: base,
        targetRoleIds: PRINT_TARGETS,
        catalog,
        inputs: inputsFor(weeklyHours),
        planId: 'plan-year-switch',
        createdAt: '2026-09-01T08:00:00.000Z',
        name: 'Annotation and AI training, 2027',
      }),
      'buildPlan',
    );
  // Low weekly hours, chosen so the whole plan spans about 52 weeks.
  const weeklyHours = Math.max(1, Math.round((build(1).totalHours / 52) * 2) / 2);
  const plan = build(weeklyHours).plan;
  const items = plan.items.map((item, index) => ({
    ...item,
    status: index < 2 ? ('done' as const) : index === 2 ? ('in-progress' as const) : item.status,
  }));
  const progress: ProgressEntry[] = items.slice(0, 3).map((item, index) => ({
    id: `log-${index + 1}`,
    planId: plan.id,
    itemId: item.id,
    date: item.start,
    hours: index === 2 ? 1.5 : Math.min(item.hours, 24),
  }));
  return { profile: { ...base, weeklyHours }, plan: { ...plan, items }, progress };
}

export async function seedTwelveMonthPlan(service: SkillgapService, catalog: Catalog): Promise<SeededPlan> {
  const seeded = twelveMonthPlan(catalog);
  unwrap(await service.saveProfile(seeded.profile), 'saveProfile');
  unwrap(await service.savePlan(seeded.plan), 'savePlan');
  unwrap(await service.setActivePlan({ id: seeded.plan.id }), 'setActivePlan');
  for (const entry of seeded.progress) unwrap(await service.addProgress(entry), 'addProgress');
  await service.flush();
  return seeded;
}
