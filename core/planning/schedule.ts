import type { Plan, PlanInputs, PlanItem, ProgressEntry } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import { horizonOf, minutesOfHours, studyCalendarOf } from './calendar';
import { earlierDate, fromDayNumber, isIsoDate, laterDate, toDayNumber } from './dates';
import type { DayAllocation } from './layout';
import { layOut } from './layout';

export interface RescheduleOptions {
  /** The inputs to schedule with; the plan's own by default. */
  inputs?: PlanInputs;
  /** The progress log, the only record of hours logged; absent means nothing was logged. */
  progress?: readonly ProgressEntry[];
  /** Re-plan date: open items are laid from here (never before the start date). */
  today?: IsoDate;
}

export interface Rescheduled {
  plan: Plan;
  /** First day open items were laid from. */
  from: IsoDate;
  /** Minutes of study still to do over the open items. */
  openMinutes: number;
  allocations: DayAllocation[];
}

export const isClosed = (item: PlanItem): boolean => item.status === 'done' || item.status === 'skipped';

/** Hours logged per item of the plan, from its progress entries. */
export function loggedHoursByItem(plan: Plan, progress: readonly ProgressEntry[]): Map<string, number> {
  const logged = new Map<string, number>();
  for (const entry of progress) {
    if (entry.planId !== plan.id) continue;
    logged.set(entry.itemId, (logged.get(entry.itemId) ?? 0) + entry.hours);
  }
  return logged;
}

/** Minutes still to study on an item: its minutes less the whole minutes logged, never negative. */
export function remainingMinutes(item: PlanItem, loggedHours: number): number {
  const logged = Math.floor(loggedHours * 60 + 1e-6);
  return Math.max(0, Math.max(1, minutesOfHours(item.hours)) - logged);
}

/**
 * Lays the plan's open items again, in their order, from `today` (or the start date): done and
 * skipped items keep their dates, except that nothing finished can end after `today`, so dates
 * after it are pulled back to it (it was finished by today, and an open item needing it may be
 * laid from today). Logged hours are not scheduled again; an open item with nothing left ends on
 * the first day. A started item (in progress or with hours logged) is dated like any open item,
 * from the first day of the study still to do: the progress log keeps when it was begun, and
 * planStatus counts the hours logged before that start as planned, so a re-plan never leaves the
 * person behind the schedule it has just given them.
 */
export function reschedule(plan: Plan, options: RescheduleOptions = {}): Result<Rescheduled> {
  const inputs = options.inputs ?? plan.inputs;
  const calendar = studyCalendarOf(inputs);
  if (!calendar.ok) return calendar;
  const { today } = options;
  if (today !== undefined && !isIsoDate(today)) {
    return fail('invalid-payload', `today "${String(today)}" is not a yyyy-MM-dd date`, 'today');
  }
  const from = today === undefined ? inputs.startDate : laterDate(today, inputs.startDate);
  const logged = loggedHoursByItem(plan, options.progress ?? []);
  const loggedOf = (item: PlanItem): number => logged.get(item.id) ?? 0;

  const open = plan.items.filter((item) => !isClosed(item));
  const requests = open.map((item) => ({ itemId: item.id, minutes: remainingMinutes(item, loggedOf(item)) }));
  const allocations: DayAllocation[] = [];
  const laidOut = layOut(requests, calendar.value, toDayNumber(from), horizonOf(from), (day, itemId, minutes) =>
    allocations.push({ date: fromDayNumber(day), itemId, minutes }),
  );
  if (!laidOut.ok) return laidOut;
  const placed = new Map(laidOut.value.map((entry) => [entry.itemId, entry]));

  const items = plan.items.map((item): PlanItem => {
    if (isClosed(item)) {
      if (today === undefined || item.end <= today) return item;
      return { ...item, start: earlierDate(item.start, today), end: today };
    }
    const entry = placed.get(item.id)!;
    const started = item.status === 'in-progress' || loggedOf(item) > 0;
    return {
      ...item,
      start: fromDayNumber(entry.start),
      end: fromDayNumber(entry.end),
      status: started ? 'in-progress' : item.status,
    };
  });
  const readyDate = items.reduce<IsoDate | null>((latest, item) => (latest === null ? item.end : laterDate(latest, item.end)), null);
  return ok({
    plan: { ...plan, inputs, items, readyDate },
    from,
    openMinutes: requests.reduce((sum, request) => sum + request.minutes, 0),
    allocations,
  });
}

/**
 * Minutes per day and item of the schedule `reschedule` gives the plan with these options: for a
 * plan fresh from buildPlan, call it without options; for a re-planned one, with the same
 * progress and day. Days outside study days or inside pauses never appear, and no day holds more
 * than the per-day share, so tests (and calendars) can sum it per week.
 */
export function dailyAllocation(plan: Plan, options: RescheduleOptions = {}): Result<DayAllocation[]> {
  const result = reschedule(plan, options);
  return result.ok ? ok(result.value.allocations) : result;
}
