import type { Plan, ProgressEntry } from '../model/plan';
import type { Result } from '../model/result';
import { ok } from '../model/result';
import type { CheckIn } from '../model/store';
import type { IsoDate } from '../model/text';
import { toHundredths } from '../model/hours';
import { fromDayNumber, isoWeekStart, toDayNumber } from './dates';
import { replan, type Replanned } from './replan';
import { isClosed } from './schedule';
import { planStatus, type Standing } from './status';

export interface WeeklyCheckIn {
  /** Monday of the week the check-in belongs to; recorded once the person answers. */
  weekStart: IsoDate;
  lastWeek: {
    start: IsoDate;
    end: IsoDate;
    /** Hours the schedule expected from Monday to Sunday of last week. */
    plannedHours: number;
    /** Hours logged on this plan's items, dated last week. */
    loggedHours: number;
  };
  standing: Standing;
  /**
   * When behind: the plan laid out again from today at the same weekly hours, with what moves
   * and the new ready date, for the person to accept or decline. Null otherwise.
   */
  proposal: Replanned | null;
}

/**
 * The weekly check-in due on `today` (issue #14: at the first opening of a new week), or null
 * when there is none: already answered this week, the plan began this week or later (no week
 * to look back on), or nothing is left open. Pure: the caller gives the day and the last check-in.
 */
export function weeklyCheckIn(
  plan: Plan,
  progress: readonly ProgressEntry[],
  today: IsoDate,
  lastCheckIn: CheckIn | null,
): Result<WeeklyCheckIn | null> {
  const status = planStatus(plan, [...progress], today);
  if (!status.ok) return status;
  const monday = isoWeekStart(toDayNumber(today));
  const weekStart = fromDayNumber(monday);
  if (lastCheckIn !== null && lastCheckIn.weekStart >= weekStart) return ok(null);
  if (toDayNumber(plan.inputs.startDate) >= monday) return ok(null);
  if (plan.items.every(isClosed)) return ok(null);

  const lastMonday = monday - 7;
  const weeks = status.value.weeks;
  const at = weeks.findIndex((week) => toDayNumber(week.weekStart) === lastMonday);
  const plannedBy = (index: number) => (index >= 0 ? weeks[index].plannedCumulative : 0);
  const plannedHours = at >= 0 ? toHundredths(plannedBy(at) - plannedBy(at - 1)) : 0;
  const itemIds = new Set(plan.items.map((item) => item.id));
  const loggedHours = toHundredths(
    progress
      .filter((entry) => entry.planId === plan.id && itemIds.has(entry.itemId))
      .filter((entry) => {
        const day = toDayNumber(entry.date);
        return day >= lastMonday && day < monday;
      })
      .reduce((sum, entry) => sum + entry.hours, 0),
  );

  const standing = status.value.standing;
  let proposal: Replanned | null = null;
  if (standing.kind === 'behind') {
    const replanned = replan(plan, progress, today);
    if (!replanned.ok) return replanned;
    proposal = replanned.value;
  }
  return ok({
    weekStart,
    lastWeek: { start: fromDayNumber(lastMonday), end: fromDayNumber(monday - 1), plannedHours, loggedHours },
    standing,
    proposal,
  });
}
