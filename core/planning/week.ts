import type { Plan, ProgressEntry } from '../model/plan';
import { fail, ok, type Result } from '../model/result';
import type { IsoDate } from '../model/text';
import { isStudyDay, studyCalendarOf } from './calendar';
import { fromDayNumber, isIsoDate, isoWeekStart, toDayNumber } from './dates';
import { isClosed, loggedHoursByItem, remainingMinutes, reschedule } from './schedule';

/** Minutes of one item on one day: planned ahead, or what the person logged. */
export interface Session {
  date: IsoDate;
  itemId: string;
  minutes: number;
}

export interface WeekAgenda {
  /** Monday and Sunday of the week that holds `today`. */
  weekStart: IsoDate;
  weekEnd: IsoDate;
  /** What was logged on this plan from Monday to today, oldest first, one per progress entry. */
  done: (Session & { entryId: string })[];
  /** What is planned from today to Sunday: today's share first, then the schedule from tomorrow. */
  toDo: Session[];
  doneMinutes: number;
  toDoMinutes: number;
  /** The first item still open, in plan order: what the person turns to next. */
  nextItemId: string | null;
}

export interface WeekAgendaOptions {
  /** The person said they will not study today: today offers nothing and the work moves on. */
  skipToday?: boolean;
}

/**
 * The week a person sees when they open the app (issue #14, "This week"): what they logged since
 * Monday, and what is left to do until Sunday. Today offers its study-day share less what was
 * already logged today; the rest of the open work is laid out from tomorrow by the same
 * scheduler as every re-plan (schedule.ts), so the week agrees with the plan's dates. Pure:
 * `today` is passed in.
 */
export function weekAgenda(plan: Plan, progress: readonly ProgressEntry[], today: IsoDate, options: WeekAgendaOptions = {}): Result<WeekAgenda> {
  if (!isIsoDate(today)) return fail('invalid-payload', `today "${String(today)}" is not a yyyy-MM-dd date`, 'today');
  const calendar = studyCalendarOf(plan.inputs);
  if (!calendar.ok) return calendar;
  const todayNumber = toDayNumber(today);
  const weekStart = fromDayNumber(isoWeekStart(todayNumber));
  const weekEnd = fromDayNumber(isoWeekStart(todayNumber) + 6);

  const ownEntries = progress.filter((entry) => entry.planId === plan.id);
  const done = ownEntries
    .filter((entry) => entry.date >= weekStart && entry.date <= today)
    .map((entry) => ({ date: entry.date, itemId: entry.itemId, minutes: Math.round(entry.hours * 60), entryId: entry.id }))
    .sort((a, b) => a.date.localeCompare(b.date));

  // Today's share: the study-day minutes less what was logged today, given to the open items in order.
  const toDay: Session[] = [];
  const studiesToday = !options.skipToday && today >= plan.inputs.startDate && isStudyDay(calendar.value, todayNumber);
  if (studiesToday) {
    const loggedToday = done.filter((session) => session.date === today).reduce((sum, session) => sum + session.minutes, 0);
    let left = Math.max(0, calendar.value.minutesPerDay - loggedToday);
    const logged = loggedHoursByItem(plan, ownEntries);
    for (const item of plan.items) {
      if (left === 0) break;
      if (isClosed(item)) continue;
      const minutes = Math.min(left, remainingMinutes(item, logged.get(item.id) ?? 0));
      if (minutes === 0) continue;
      toDay.push({ date: today, itemId: item.id, minutes });
      left -= minutes;
    }
  }
  // Today's share counts as done for the layout of the days after it, which is what it will be.
  const asIfDone: ProgressEntry[] = toDay.map((session, index) => ({
    id: `planned-today-${index}`,
    planId: plan.id,
    itemId: session.itemId,
    date: today,
    hours: session.minutes / 60,
  }));
  const tomorrow = fromDayNumber(todayNumber + 1);
  const rest = reschedule(plan, { progress: [...ownEntries, ...asIfDone], today: tomorrow });
  if (!rest.ok) return rest;
  const laterThisWeek = rest.value.allocations.filter((allocation) => allocation.date <= weekEnd);
  const toDo = [...toDay, ...laterThisWeek.map(({ date, itemId, minutes }) => ({ date, itemId, minutes }))];

  const nextItemId = plan.items.find((item) => !isClosed(item))?.id ?? null;
  return ok({
    weekStart,
    weekEnd,
    done,
    toDo,
    doneMinutes: done.reduce((sum, session) => sum + session.minutes, 0),
    toDoMinutes: toDo.reduce((sum, session) => sum + session.minutes, 0),
    nextItemId,
  });
}
