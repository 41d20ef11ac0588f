import { analyzeFit, fitProfileOf, type Catalog, type Course, type Plan, type Profile } from '../../../../core';
import { applyRaises, levelRaises } from '../../components/RaiseLevelsOffer/levelRaises';

export interface RoleReadiness {
  roleId: string;
  /** Readiness from the profile as it is now, 0-1. */
  now: number;
  /** Readiness once every course item still open or done is finished (levels raised to what they teach). */
  afterPlan: number;
}

/**
 * Readiness for each of the plan's target roles (core's analyzeFit), now and once the plan is
 * finished: the profile with every non-skipped course of the plan applied, levels only raised.
 */
export function readinessForPlan(
  profile: Pick<Profile, 'skills' | 'background'>,
  plan: Plan,
  catalog: Catalog,
  /** The person's study languages (studyLanguagesOf), as every other fit is computed with. */
  languages?: readonly string[],
): RoleReadiness[] {
  const courses = new Map<string, Course>(catalog.courses.map((course) => [course.id, course]));
  let finished = profile;
  for (const item of plan.items) {
    const course = item.courseId === undefined || item.status === 'skipped' ? undefined : courses.get(item.courseId);
    if (course) finished = applyRaises(finished, levelRaises(finished, course));
  }
  return plan.targetRoleIds.flatMap((roleId) => {
    const role = catalog.roles.find((candidate) => candidate.id === roleId);
    if (!role) return [];
    const now = analyzeFit(fitProfileOf(profile, languages), role, catalog);
    const afterPlan = analyzeFit(fitProfileOf(finished, languages), role, catalog);
    return [{ roleId, now: now.readiness, afterPlan: afterPlan.readiness }];
  });
}
