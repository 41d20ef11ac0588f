import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import type { StudyCalendar } from './calendar';
import { isStudyDay, MAX_PLAN_YEARS } from './calendar';
import { fromDayNumber } from './dates';

/** Minutes of one item studied on one day. */
export interface DayAllocation {
  date: IsoDate;
  itemId: string;
  minutes: number;
}

export interface LayoutRequest {
  itemId: string;
  /** Minutes still to study; 0 means the item ends on the first day of the layout. */
  minutes: number;
}

export interface LaidOutItem {
  itemId: string;
  /** First day the item gets minutes (the layout's first day when it needs none). */
  start: number;
  end: number;
}

/**
 * The default scheduling model (docs/design.md): items are taken one at a time in the given order;
 * every study day offers `calendar.minutesPerDay`; an item ends on the day its minutes are used
 * up and the next one starts that same day when minutes are left, else on the next study day.
 * Nothing is placed before `fromDay` or after `horizonDay`; going past the horizon fails.
 */
export function layOut(
  requests: LayoutRequest[],
  calendar: StudyCalendar,
  fromDay: number,
  horizonDay: number,
  onAllocate?: (day: number, itemId: string, minutes: number) => void,
): Result<LaidOutItem[]> {
  const laidOut: LaidOutItem[] = [];
  let day = fromDay;
  let usedToday = 0;
  let available = isStudyDay(calendar, day);
  for (const request of requests) {
    if (request.minutes <= 0) {
      laidOut.push({ itemId: request.itemId, start: fromDay, end: fromDay });
      continue;
    }
    let left = request.minutes;
    let start = -1;
    while (left > 0) {
      if (!available || usedToday >= calendar.minutesPerDay) {
        day += 1;
        usedToday = 0;
        while (!isStudyDay(calendar, day)) {
          if (day > horizonDay) return fail('impossible-plan', neverEndsMessage(fromDay, horizonDay), 'inputs');
          day += 1;
        }
        available = true;
      }
      if (day > horizonDay) return fail('impossible-plan', neverEndsMessage(fromDay, horizonDay), 'inputs');
      if (start < 0) start = day;
      const taken = Math.min(left, calendar.minutesPerDay - usedToday);
      onAllocate?.(day, request.itemId, taken);
      usedToday += taken;
      left -= taken;
    }
    laidOut.push({ itemId: request.itemId, start, end: day });
  }
  return ok(laidOut);
}

function neverEndsMessage(fromDay: number, horizonDay: number): string {
  return (
    `the plan would not end within ${MAX_PLAN_YEARS} years of ${fromDayNumber(fromDay)} ` +
    `(after ${fromDayNumber(horizonDay)}): add weekly hours or study days, or shorten the pauses`
  );
}
