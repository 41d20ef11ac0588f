import type { Catalog } from '../model/catalog';
import type { Plan, PlanInputs, PlanItem } from '../model/plan';
import type { Profile } from '../model/profile';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import { hoursPerWeekForDate, horizonOf, minutesOfHours, studyCalendarOf } from './calendar';
import { findPrerequisiteCycle, indexCatalog } from './catalogIndex';
import { fromDayNumber, toDayNumber } from './dates';
import { layOut } from './layout';
import { selectCourses } from './selection';

export interface BuildPlanInput {
  profile: Pick<Profile, 'skills'>;
  targetRoleIds: string[];
  catalog: Catalog;
  inputs: PlanInputs;
  planId: string;
  createdAt: string;
  name: string;
}

export interface BuiltPlan {
  plan: Plan;
  /** Whether the plan ends on or before the target date; null without a target date. */
  targetReachable: boolean | null;
  /**
   * Least weekly hours (rounded up to half an hour) that would end the plan by the target date;
   * null without a target date, when the target is not after the start, or when no study day
   * lies between them.
   */
  weeklyHoursForTarget: number | null;
  /** Hours of all the plan's items. */
  totalHours: number;
}

export const itemIdForCourse = (courseId: string): string => `item-${courseId}`;

/**
 * The plan for the person's target roles (DESIGN.md "Formulas"): the gaps (need = the highest
 * level any target role asks, importance = the highest importance among them; prerequisites
 * below level 2 and the expectations of chosen courses are implied gaps), a weighted set cover of
 * courses, ordered by prerequisites, laid on the calendar from the start date.
 */
export function buildPlan(input: BuildPlanInput): Result<BuiltPlan> {
  const { profile, catalog, inputs } = input;
  const calendar = studyCalendarOf(inputs);
  if (!calendar.ok) return calendar;
  const targetRoleIds = [...new Set(input.targetRoleIds ?? [])];
  if (targetRoleIds.length === 0) return fail('invalid-payload', 'a plan needs at least one target role', 'targetRoleIds');
  const index = indexCatalog(catalog);
  const unknown = targetRoleIds.filter((id) => !index.roles.has(id));
  if (unknown.length > 0) {
    return fail('invalid-payload', `unknown target role id(s): ${unknown.join(', ')}`, 'targetRoleIds');
  }
  const cycle = findPrerequisiteCycle(index);
  if (cycle) {
    return fail('impossible-plan', `the catalog's skill prerequisites form a loop: ${cycle.join(' -> ')}`, 'catalog.skills');
  }

  const requirements = new Map<string, { need: number; importance: number }>();
  for (const roleId of targetRoleIds) {
    for (const requirement of index.roles.get(roleId)!.requirements) {
      const current = requirements.get(requirement.skillId);
      requirements.set(requirement.skillId, {
        need: Math.max(current?.need ?? 0, requirement.level),
        importance: Math.max(current?.importance ?? 0, requirement.importance),
      });
    }
  }
  const selection = selectCourses(
    index,
    profile,
    requirements,
    new Set(inputs.excludedCourseIds ?? []),
    new Set(inputs.preferredCourseIds ?? []),
  );

  const requests = selection.courses.map((course) => ({
    itemId: itemIdForCourse(course.id),
    minutes: Math.max(1, minutesOfHours(course.hours)),
  }));
  const laidOut = layOut(requests, calendar.value, toDayNumber(inputs.startDate), horizonOf(inputs.startDate));
  if (!laidOut.ok) return laidOut;
  const items: PlanItem[] = selection.courses.map((course, position) => ({
    id: requests[position].itemId,
    courseId: course.id,
    skillIds: selection.closes[position],
    start: fromDayNumber(laidOut.value[position].start),
    end: fromDayNumber(laidOut.value[position].end),
    hours: course.hours,
    status: 'planned',
    hoursLogged: 0,
  }));
  const readyDate = items.length > 0 ? items[items.length - 1].end : null;
  const plan: Plan = {
    id: input.planId,
    name: input.name,
    createdAt: input.createdAt,
    targetRoleIds,
    inputs: normalisedInputs(inputs, calendar.value.studyDays),
    items,
    readyDate,
    uncovered: selection.uncovered,
  };
  const totalMinutes = requests.reduce((sum, request) => sum + request.minutes, 0);
  return ok({
    plan,
    ...targetFigures(readyDate, totalMinutes, inputs),
    totalHours: items.reduce((sum, item) => sum + item.hours, 0),
  });
}

function targetFigures(
  readyDate: IsoDate | null,
  totalMinutes: number,
  inputs: PlanInputs,
): Pick<BuiltPlan, 'targetReachable' | 'weeklyHoursForTarget'> {
  const target = inputs.targetDate;
  if (target === undefined) return { targetReachable: null, weeklyHoursForTarget: null };
  return {
    targetReachable: readyDate === null || readyDate <= target,
    weeklyHoursForTarget: target <= inputs.startDate ? null : hoursPerWeekForDate(totalMinutes, inputs, target),
  };
}

/** The inputs as stored in the plan: study days deduplicated and sorted, lists copied. */
export function normalisedInputs(inputs: PlanInputs, studyDays: PlanInputs['studyDays']): PlanInputs {
  const normal: PlanInputs = {
    weeklyHours: inputs.weeklyHours,
    studyDays: [...studyDays],
    startDate: inputs.startDate,
    pauses: (inputs.pauses ?? []).map((pause) => ({ start: pause.start, end: pause.end })),
    excludedCourseIds: [...(inputs.excludedCourseIds ?? [])],
    preferredCourseIds: [...(inputs.preferredCourseIds ?? [])],
  };
  if (inputs.targetDate !== undefined) normal.targetDate = inputs.targetDate;
  return normal;
}
