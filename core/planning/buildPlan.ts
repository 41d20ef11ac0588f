import type { Catalog } from '../model/catalog';
import type { Plan, PlanInputs, PlanItem } from '../model/plan';
import type { Profile } from '../model/profile';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import { hoursPerWeekForDate, horizonOf, minutesOfHours, studyCalendarOf } from './calendar';
import { findPrerequisiteCycle, indexCatalog } from './catalogIndex';
import { fromDayNumber, lastDayOfMonthsFrom, toDayNumber } from './dates';
import { layOut } from './layout';
import { effectiveLevels, needsOf, type Assumption } from './needs';
import { planCourses } from './planCourses';

export interface BuildPlanInput {
  profile: Pick<Profile, 'skills'> & Partial<Pick<Profile, 'background'>>;
  /** Languages the person studies in (studyLanguagesOf); undefined offers every course. */
  languages?: readonly string[];
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
  /** Months from the start date to the ready date (30.44-day months, one decimal); 0 without items. */
  months: number;
  /** The plan ends more than 12 months after it starts (docs/advice.md "Honest durations"). */
  longPlan: boolean;
  /** Least weekly hours that would end the plan within 12 months; null when it already does. */
  weeklyHoursFor12Months: number | null;
  /** Unrated skills of the plan's needs whose level was suggested from the background. */
  assumed: Assumption[];
}

export const itemIdForCourse = (courseId: string): string => `item-${courseId}`;

/**
 * The plan for the person's target roles (docs/advice.md): the needs of the chosen scope (core by
 * default; need = the highest level any target role asks), the levels the person has or is
 * assumed to have, the fewest-hours set of courses from planCourses in study order, laid on the
 * calendar from the start date, each item saying why it is there.
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

  const person = effectiveLevels(profile, catalog);
  const needs = needsOf(targetRoleIds.map((id) => index.roles.get(id)!), inputs.scope ?? 'core');
  const selection = planCourses(person.levels, needs, catalog, {
    languages: input.languages,
    roleIds: targetRoleIds,
    background: profile.background,
    excluded: new Set(inputs.excludedCourseIds ?? []),
    preferred: new Set(inputs.preferredCourseIds ?? []),
  });

  const requests = selection.courses.map((course) => ({
    itemId: itemIdForCourse(course.id),
    minutes: Math.max(1, minutesOfHours(course.hours)),
  }));
  const laidOut = layOut(requests, calendar.value, toDayNumber(inputs.startDate), horizonOf(inputs.startDate));
  if (!laidOut.ok) return laidOut;
  const items: PlanItem[] = selection.courses.map((course, position) => ({
    id: requests[position].itemId,
    courseId: course.id,
    skillIds: selection.why[position].closes.map((need) => need.skillId),
    start: fromDayNumber(laidOut.value[position].start),
    end: fromDayNumber(laidOut.value[position].end),
    hours: course.hours,
    status: 'planned',
    why: selection.why[position],
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
    totalHours: selection.totalHours,
    ...durationFigures(readyDate, totalMinutes, inputs),
    assumed: needs.flatMap((need) => {
      const assumption = person.assumed.get(need.skillId);
      return assumption ? [assumption] : [];
    }),
  });
}

/** Average Gregorian month, for a months figure that reads the same on every calendar. */
const DAYS_PER_MONTH = 365.2425 / 12;

/** How long the plan runs, whether it is over 12 months, and the weekly hours that would fit 12. */
export function durationFigures(
  readyDate: IsoDate | null,
  totalMinutes: number,
  inputs: PlanInputs,
): Pick<BuiltPlan, 'months' | 'longPlan' | 'weeklyHoursFor12Months'> {
  if (readyDate === null) return { months: 0, longPlan: false, weeklyHoursFor12Months: null };
  const days = toDayNumber(readyDate) - toDayNumber(inputs.startDate) + 1;
  const yearEnd = lastDayOfMonthsFrom(inputs.startDate, 12);
  const longPlan = readyDate > yearEnd;
  return {
    months: Math.round((days / DAYS_PER_MONTH) * 10) / 10,
    longPlan,
    weeklyHoursFor12Months: longPlan ? hoursPerWeekForDate(totalMinutes, inputs, yearEnd) : null,
  };
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
  normal.scope = inputs.scope ?? 'core';
  return normal;
}
