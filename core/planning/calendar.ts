import type { PlanInputs } from '../model/plan';
import type { Weekday } from '../model/profile';
import { MAX_WEEKLY_HOURS } from '../model/profile';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import { dayNumberYearsAfter, isIsoDate, toDayNumber, weekdayOf } from './dates';

/** A plan that would still run this many years after its first day is refused as never-ending. */
export const MAX_PLAN_YEARS = 20;

/**
 * The hours a person has, as the scheduler sees them: every study day offers the same whole
 * number of minutes. Weekly hours are turned into minutes and the per-day share is floored,
 * so a week never offers more than the person has (e.g. 7 h over 3 days is exactly 140 min a
 * day; 1 h over 7 days is 8 min a day, 56 min a week).
 */
export interface StudyCalendar {
  minutesPerDay: number;
  /** Indexed by weekday, 0 Sunday … 6 Saturday. */
  studyDay: boolean[];
  studyDays: Weekday[];
  /** Paused periods as inclusive day-number ranges, sorted and merged. */
  pauses: Array<[number, number]>;
}

/** Whole minutes of a number of hours, tolerant of binary fractions like 4.35 × 60. */
export function minutesOfHours(hours: number): number {
  return Math.ceil(hours * 60 - 1e-6);
}

/** Weekly minutes never above the weekly hours (floored, tolerant of binary fractions). */
function weeklyMinutesOf(weeklyHours: number): number {
  return Math.floor(weeklyHours * 60 + 1e-6);
}

type CalendarInputs = Pick<PlanInputs, 'weeklyHours' | 'studyDays' | 'startDate' | 'pauses'> & {
  targetDate?: IsoDate;
};

/** Checks the inputs the scheduler depends on and turns them into a calendar. */
export function studyCalendarOf(inputs: CalendarInputs, path = 'inputs'): Result<StudyCalendar> {
  const { weeklyHours, studyDays, startDate, targetDate, pauses } = inputs;
  if (typeof weeklyHours !== 'number' || !Number.isFinite(weeklyHours) || weeklyHours < 0) {
    return fail('invalid-payload', `weekly hours must be a positive number, got ${String(weeklyHours)}`, `${path}.weeklyHours`);
  }
  if (weeklyHours > MAX_WEEKLY_HOURS) {
    return fail('invalid-payload', `weekly hours must be at most ${MAX_WEEKLY_HOURS}, got ${weeklyHours}`, `${path}.weeklyHours`);
  }
  if (weeklyHours === 0) {
    return fail('impossible-plan', 'a plan needs some weekly hours; 0 hours a week never ends', `${path}.weeklyHours`);
  }
  if (!Array.isArray(studyDays) || studyDays.length === 0) {
    return fail('invalid-payload', 'a plan needs at least one study day a week', `${path}.studyDays`);
  }
  const studyDay: boolean[] = [false, false, false, false, false, false, false];
  for (const [index, day] of studyDays.entries()) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      return fail('invalid-payload', `study day ${String(day)} is not a weekday number 0-6`, `${path}.studyDays.${index}`);
    }
    studyDay[day] = true;
  }
  const days = ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter((day) => studyDay[day]);
  const minutesPerDay = Math.floor(weeklyMinutesOf(weeklyHours) / days.length);
  if (minutesPerDay < 1) {
    return fail(
      'impossible-plan',
      `${weeklyHours} h a week over ${days.length} study days leaves less than a minute a day`,
      `${path}.weeklyHours`,
    );
  }
  if (!isIsoDate(startDate)) {
    return fail('invalid-payload', `start date "${String(startDate)}" is not a yyyy-MM-dd date`, `${path}.startDate`);
  }
  if (targetDate !== undefined) {
    if (!isIsoDate(targetDate)) {
      return fail('invalid-payload', `target date "${String(targetDate)}" is not a yyyy-MM-dd date`, `${path}.targetDate`);
    }
    if (targetDate < startDate) {
      return fail('invalid-payload', `the target date ${targetDate} is before the start date ${startDate}`, `${path}.targetDate`);
    }
  }
  const ranges: Array<[number, number]> = [];
  for (const [index, pause] of (pauses ?? []).entries()) {
    if (!isIsoDate(pause?.start) || !isIsoDate(pause?.end)) {
      return fail('invalid-payload', 'a pause needs a start and an end written yyyy-MM-dd', `${path}.pauses.${index}`);
    }
    if (pause.end < pause.start) {
      return fail('invalid-payload', `the pause ending ${pause.end} ends before it starts (${pause.start})`, `${path}.pauses.${index}`);
    }
    ranges.push([toDayNumber(pause.start), toDayNumber(pause.end)]);
  }
  return ok({ minutesPerDay, studyDay, studyDays: days, pauses: mergeRanges(ranges) });
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether a day offers study time: a study weekday outside every pause. */
export function isStudyDay(calendar: StudyCalendar, day: number): boolean {
  if (!calendar.studyDay[weekdayOf(day)]) return false;
  const { pauses } = calendar;
  let low = 0;
  let high = pauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = pauses[middle];
    if (day < start) high = middle - 1;
    else if (day > end) low = middle + 1;
    else return false;
  }
  return true;
}

/** Study days in the inclusive range [first, last]. */
export function countStudyDays(calendar: StudyCalendar, first: number, last: number): number {
  let count = 0;
  for (let day = first; day <= last; day += 1) if (isStudyDay(calendar, day)) count += 1;
  return count;
}

/** The last day a plan laid out from `from` may use. */
export function horizonOf(from: IsoDate): number {
  return dayNumberYearsAfter(from, MAX_PLAN_YEARS);
}

/**
 * The least weekly hours, rounded up to half an hour, that lay `totalMinutes` of study from
 * `inputs.startDate` so it ends on or before `targetDate` under the scheduling model. Null when
 * no study day falls between the two dates (all paused, or the target is before the start), or
 * when the inputs are unusable. 0 when there is nothing to study.
 */
export function hoursPerWeekForDate(
  totalMinutes: number,
  inputs: Pick<PlanInputs, 'studyDays' | 'startDate' | 'pauses'>,
  targetDate: IsoDate,
): number | null {
  const calendar = studyCalendarOf({ ...inputs, weeklyHours: 1 });
  if (!calendar.ok || !isIsoDate(targetDate) || targetDate < inputs.startDate) return null;
  if (totalMinutes <= 0) return 0;
  const days = countStudyDays(calendar.value, toDayNumber(inputs.startDate), toDayNumber(targetDate));
  if (days === 0) return null;
  // Each study day offers floor(weekly minutes / study days); it must be at least ceil(total / days).
  const weeklyMinutes = calendar.value.studyDays.length * Math.ceil(totalMinutes / days);
  return Math.ceil(weeklyMinutes / 30) / 2;
}
