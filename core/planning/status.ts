import type { Plan, PlanItem, ProgressEntry } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import type { StudyCalendar } from './calendar';
import { isStudyDay, minutesOfHours, studyCalendarOf } from './calendar';
import { fromDayNumber, isIsoDate, isoWeekStart, toDayNumber } from './dates';
import { isClosed, loggedHoursByItem } from './schedule';
import { toHundredths } from '../model/hours';

export interface ItemProgress {
  itemId: string;
  loggedHours: number;
  /** Hours left; 0 once done or skipped. */
  remainingHours: number;
  /** Hours the schedule expected before `today` (up to the end of the day before). */
  expectedHours: number;
  /** Ends before today and is neither done nor skipped. */
  overdue: boolean;
  /** Not done or skipped, and fewer hours logged than the schedule expected before today. */
  behindSchedule: boolean;
}

export interface WeekProgress {
  /** Monday of the ISO week. */
  weekStart: IsoDate;
  /** Hours the plan expected by the end of that week (or of the last day shown). */
  plannedCumulative: number;
  loggedCumulative: number;
}

/**
 * Where the person stands against the plan, the one figure every screen shows (Week, Plan,
 * Progress, the check-in): behind by N hours, on schedule, or ahead by N hours.
 */
export interface Standing {
  kind: 'behind' | 'on-schedule' | 'ahead';
  /** How far behind or ahead, in hours (to the hundredth); 0 on schedule. */
  hours: number;
}

export interface PlanStatus {
  items: ItemProgress[];
  standing: Standing;
  totalHours: number;
  /** Hours the schedule expected before `today` (up to the end of the day before). */
  plannedHoursToDate: number;
  loggedHours: number;
  remainingHours: number;
  behindSchedule: boolean;
  /** One point per ISO week from the plan's first week to the week of max(today, ready date). */
  weeks: WeekProgress[];
}


/** One item's schedule as planStatus reads it, with the hours logged on it before its start. */
interface ItemSpan {
  hours: number;
  start: number;
  end: number;
  /** Minutes of its first day the item before it takes, when the two share that day (withSharedDays). */
  headMinutes: number;
  /** Days of the entries dated before the start, ascending, and the hours logged up to each. */
  earlyDays: number[];
  earlyCumulative: number[];
}

/**
 * How the person stands against the plan on `today`. The schedule is read back from the items'
 * dates as the planner laid them out: from its start, an item fills each study day's share, less
 * on its first day what the item before takes when the two share it, so a shared day is not
 * counted twice and the week's planned hours are the week screen's. An item is always expected
 * whole by its end day.
 * Hours logged on an item before its start count as planned on the day they were logged, and
 * only the rest is laid out: a re-plan lays the rest of a started item from the re-plan day, and
 * what was done before must not be asked for again.
 * "To date" means up to the end of the day before `today`: today's share can still be studied,
 * so nobody is behind on the morning of a plan's first day or of a re-plan.
 * Logged hours count progress entries of this plan's items, whatever their date.
 */
export function planStatus(plan: Plan, progress: ProgressEntry[], today: IsoDate): Result<PlanStatus> {
  if (!isIsoDate(today)) return fail('invalid-payload', `today "${String(today)}" is not a yyyy-MM-dd date`, 'today');
  const calendar = studyCalendarOf({ ...plan.inputs, weeklyHours: Math.max(plan.inputs.weeklyHours, 1) });
  if (!calendar.ok) return calendar;
  const todayDay = toDayNumber(today);
  const itemIds = new Set(plan.items.map((item) => item.id));
  const logged = loggedHoursByItem(plan, progress);
  const entries = progress
    .filter((entry) => entry.planId === plan.id && itemIds.has(entry.itemId))
    .map((entry) => ({ itemId: entry.itemId, day: toDayNumber(entry.date), hours: entry.hours }))
    .sort((a, b) => a.day - b.day);

  const firstDay = Math.min(toDayNumber(plan.inputs.startDate), ...plan.items.map((item) => toDayNumber(item.start)));
  const lastDay = Math.max(todayDay, plan.readyDate ? toDayNumber(plan.readyDate) : todayDay);
  const studyDaysUpTo = prefixStudyDays(calendar.value, firstDay, lastDay);
  const countBetween = (first: number, last: number): number =>
    last < first ? 0 : studyDaysUpTo(last) - studyDaysUpTo(first - 1);

  const entriesByItem = new Map<string, Array<{ day: number; hours: number }>>();
  for (const entry of entries) {
    const list = entriesByItem.get(entry.itemId);
    if (list) list.push(entry);
    else entriesByItem.set(entry.itemId, [entry]);
  }
  const minutesPerDay = calendar.value.minutesPerDay;
  const spans = withSharedDays(
    plan.items.map((item) => spanOf(item, entriesByItem.get(item.id) ?? [])),
    (first, last) => countBetween(first, last) * minutesPerDay,
    minutesPerDay,
  );
  const expectedBy = (day: number): number[] =>
    spans.map((span) => {
      const early = earlyLoggedBy(span, day);
      if (day < span.start) return early;
      if (day >= span.end) return span.hours;
      const filled = countBetween(span.start, day) * minutesPerDay - span.headMinutes;
      return Math.min(span.hours, early + Math.min(laidMinutesOf(span), Math.max(0, filled)) / 60);
    });

  const expectedToDate = expectedBy(todayDay - 1);
  const expectedThroughToday = expectedBy(todayDay);
  const items = plan.items.map((item, position): ItemProgress => {
    const loggedHours = logged.get(item.id) ?? 0;
    const closed = isClosed(item);
    return {
      itemId: item.id,
      loggedHours: toHundredths(loggedHours),
      remainingHours: closed ? 0 : toHundredths(Math.max(0, item.hours - loggedHours)),
      expectedHours: toHundredths(expectedToDate[position]),
      overdue: !closed && item.end < today,
      behindSchedule: !closed && loggedHours < item.hours && loggedHours + 1e-9 < expectedToDate[position],
    };
  });

  const weeks: WeekProgress[] = [];
  let cursor = 0;
  let loggedSoFar = 0;
  for (let monday = isoWeekStart(firstDay); monday <= lastDay; monday += 7) {
    const sunday = Math.min(monday + 6, lastDay);
    while (cursor < entries.length && entries[cursor].day <= sunday) loggedSoFar += entries[cursor++].hours;
    weeks.push({
      weekStart: fromDayNumber(monday),
      plannedCumulative: toHundredths(expectedBy(sunday).reduce((sum, hours) => sum + hours, 0)),
      loggedCumulative: toHundredths(loggedSoFar),
    });
  }

  const totalHours = plan.items.reduce((sum, item) => sum + item.hours, 0);
  const loggedHours = entries.reduce((sum, entry) => sum + entry.hours, 0);
  return ok({
    items,
    standing: standingOf(plan, logged, expectedToDate, expectedThroughToday),
    totalHours: toHundredths(totalHours),
    plannedHoursToDate: toHundredths(expectedToDate.reduce((sum, hours) => sum + hours, 0)),
    loggedHours: toHundredths(loggedHours),
    remainingHours: toHundredths(items.reduce((sum, item) => sum + item.remainingHours, 0)),
    behindSchedule: items.some((item) => item.behindSchedule),
    weeks,
  });
}

/** Less than this (18 seconds) is rounding, not a person behind or ahead. */
const STANDING_TOLERANCE_HOURS = 0.005;

/**
 * The standing from the plan's own figures. What counts as done: a done item all its hours (it
 * was finished, whatever was logged), a skipped item what the schedule expected of it (dropping
 * it neither puts the person behind nor ahead), an open item what was logged on it, at most its
 * hours (extra time on one course does not move the rest of the plan). Behind is measured
 * against what the schedule expected by the end of yesterday, ahead against the end of today, so
 * a person who has done tonight's session is on schedule, not ahead by it.
 */
function standingOf(plan: Plan, logged: Map<string, number>, expectedToDate: number[], expectedThroughToday: number[]): Standing {
  let done = 0;
  plan.items.forEach((item, position) => {
    if (item.status === 'done') done += item.hours;
    else if (item.status === 'skipped') done += expectedToDate[position];
    else done += Math.min(item.hours, logged.get(item.id) ?? 0);
  });
  const sum = (hours: number[]) => hours.reduce((total, value) => total + value, 0);
  const behind = sum(expectedToDate) - done;
  if (behind > STANDING_TOLERANCE_HOURS) return { kind: 'behind', hours: toHundredths(behind) };
  const ahead = done - sum(expectedThroughToday.map((hours, position) => (plan.items[position].status === 'skipped' ? expectedToDate[position] : hours)));
  if (ahead > STANDING_TOLERANCE_HOURS) return { kind: 'ahead', hours: toHundredths(ahead) };
  return { kind: 'on-schedule', hours: 0 };
}

/** Minutes the planner laid out for the item: its hours less what was logged before its start. */
function laidMinutesOf(span: ItemSpan): number {
  return Math.max(0, minutesOfHours(span.hours - Math.min(span.hours, span.earlyCumulative.at(-1) ?? 0)));
}

/**
 * Sets, in plan order, the minutes of each item's first day that the item before it takes when
 * it ends that day: what was left of that item after the share of its earlier days, plus what
 * the item before it took on the same day when it was a one-day item.
 */
function withSharedDays(spans: ItemSpan[], capacity: (first: number, last: number) => number, minutesPerDay: number): ItemSpan[] {
  spans.forEach((span, index) => {
    const previous = index > 0 ? spans[index - 1] : null;
    if (!previous || previous.end !== span.start) return;
    const used = previous.headMinutes + laidMinutesOf(previous) - capacity(previous.start, previous.end - 1);
    span.headMinutes = Math.min(minutesPerDay, Math.max(0, used));
  });
  return spans;
}

/** The item's span and its entries dated before its start, from its entries sorted by day. */
function spanOf(item: PlanItem, itemEntries: ReadonlyArray<{ day: number; hours: number }>): ItemSpan {
  const start = toDayNumber(item.start);
  const span: ItemSpan = { hours: item.hours, start, end: toDayNumber(item.end), headMinutes: 0, earlyDays: [], earlyCumulative: [] };
  let sum = 0;
  for (const entry of itemEntries) {
    if (entry.day >= span.start) break;
    sum += entry.hours;
    span.earlyDays.push(entry.day);
    span.earlyCumulative.push(sum);
  }
  return span;
}

/** Hours logged on the item before its start and on or before `day`, at most its hours. */
function earlyLoggedBy(span: ItemSpan, day: number): number {
  let low = 0;
  let high = span.earlyDays.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (span.earlyDays[middle] <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : Math.min(span.hours, span.earlyCumulative[low - 1]);
}

/** Study days from `firstDay` up to a day, by a prefix table (0 before the first day). */
function prefixStudyDays(calendar: StudyCalendar, firstDay: number, lastDay: number): (day: number) => number {
  const prefix = new Array<number>(Math.max(0, lastDay - firstDay + 1));
  let count = 0;
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (isStudyDay(calendar, day)) count += 1;
    prefix[day - firstDay] = count;
  }
  return (day) => (day < firstDay ? 0 : prefix[Math.min(day, lastDay) - firstDay]);
}
