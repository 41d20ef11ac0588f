import type { Plan, ProgressEntry } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import type { StudyCalendar } from './calendar';
import { isStudyDay, studyCalendarOf } from './calendar';
import { fromDayNumber, isIsoDate, isoWeekStart, toDayNumber } from './dates';
import { isClosed, loggedHoursByItem } from './schedule';

export interface ItemProgress {
  itemId: string;
  loggedHours: number;
  /** Hours left; 0 once done or skipped. */
  remainingHours: number;
  /** Hours the schedule expected by the end of `today`. */
  expectedHours: number;
  /** Ends before today and is neither done nor skipped. */
  overdue: boolean;
  /** Not done or skipped, and fewer hours logged than the schedule expected by today. */
  behindSchedule: boolean;
}

export interface WeekProgress {
  /** Monday of the ISO week. */
  weekStart: IsoDate;
  /** Hours the plan expected by the end of that week (or of the last day shown). */
  plannedCumulative: number;
  loggedCumulative: number;
}

export interface PlanStatus {
  items: ItemProgress[];
  totalHours: number;
  /** Hours the schedule expected by the end of `today`. */
  plannedHoursToDate: number;
  loggedHours: number;
  remainingHours: number;
  behindSchedule: boolean;
  /** One point per ISO week from the plan's first week to the week of max(today, ready date). */
  weeks: WeekProgress[];
}

const round2 = (hours: number): number => Math.round(hours * 100) / 100;

/**
 * How the person stands against the plan on `today`. The schedule is read from the items' dates:
 * an item's hours are spread evenly over the study days between its start and end (all on its
 * end day when none), which matches the laid-out plan except on the days two items share.
 * Logged hours count progress entries of this plan's items, whatever their date.
 */
export function planStatus(plan: Plan, progress: ProgressEntry[], today: IsoDate): Result<PlanStatus> {
  if (!isIsoDate(today)) return fail('invalid-payload', `today "${String(today)}" is not a yyyy-MM-dd date`, 'today');
  const calendar = studyCalendarOf({ ...plan.inputs, weeklyHours: Math.max(plan.inputs.weeklyHours, 1) });
  if (!calendar.ok) return calendar;
  const todayDay = toDayNumber(today);
  const itemIds = new Set(plan.items.map((item) => item.id));
  const logged = loggedHoursByItem(plan, progress);

  const firstDay = Math.min(toDayNumber(plan.inputs.startDate), ...plan.items.map((item) => toDayNumber(item.start)));
  const lastDay = Math.max(todayDay, plan.readyDate ? toDayNumber(plan.readyDate) : todayDay);
  const studyDaysUpTo = prefixStudyDays(calendar.value, firstDay, lastDay);
  const countBetween = (first: number, last: number): number =>
    last < first ? 0 : studyDaysUpTo(last) - studyDaysUpTo(first - 1);

  const spans = plan.items.map((item) => ({ item, start: toDayNumber(item.start), end: toDayNumber(item.end) }));
  const expectedBy = (day: number): number[] =>
    spans.map(({ item, start, end }) => {
      if (day < start) return 0;
      if (day >= end) return item.hours;
      const total = countBetween(start, end);
      return total === 0 ? 0 : (item.hours * countBetween(start, day)) / total;
    });

  const expectedToday = expectedBy(todayDay);
  const items = plan.items.map((item, position): ItemProgress => {
    const loggedHours = logged.get(item.id) ?? 0;
    const closed = isClosed(item);
    return {
      itemId: item.id,
      loggedHours: round2(loggedHours),
      remainingHours: closed ? 0 : round2(Math.max(0, item.hours - loggedHours)),
      expectedHours: round2(expectedToday[position]),
      overdue: !closed && item.end < today,
      behindSchedule: !closed && loggedHours < item.hours && loggedHours + 1e-9 < expectedToday[position],
    };
  });

  const entries = progress
    .filter((entry) => entry.planId === plan.id && itemIds.has(entry.itemId))
    .map((entry) => ({ day: toDayNumber(entry.date), hours: entry.hours }))
    .sort((a, b) => a.day - b.day);
  const weeks: WeekProgress[] = [];
  let cursor = 0;
  let loggedSoFar = 0;
  for (let monday = isoWeekStart(firstDay); monday <= lastDay; monday += 7) {
    const sunday = Math.min(monday + 6, lastDay);
    while (cursor < entries.length && entries[cursor].day <= sunday) loggedSoFar += entries[cursor++].hours;
    weeks.push({
      weekStart: fromDayNumber(monday),
      plannedCumulative: round2(expectedBy(sunday).reduce((sum, hours) => sum + hours, 0)),
      loggedCumulative: round2(loggedSoFar),
    });
  }

  const totalHours = plan.items.reduce((sum, item) => sum + item.hours, 0);
  const loggedHours = entries.reduce((sum, entry) => sum + entry.hours, 0);
  return ok({
    items,
    totalHours: round2(totalHours),
    plannedHoursToDate: round2(expectedToday.reduce((sum, hours) => sum + hours, 0)),
    loggedHours: round2(loggedHours),
    remainingHours: round2(items.reduce((sum, item) => sum + item.remainingHours, 0)),
    behindSchedule: items.some((item) => item.behindSchedule),
    weeks,
  });
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
