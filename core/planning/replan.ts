import type { Period, Plan, PlanInputs, ProgressEntry } from '../model/plan';
import type { Weekday } from '../model/profile';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import { hoursPerWeekForDate } from './calendar';
import { isIsoDate } from './dates';
import { reschedule } from './schedule';

export interface ReplanOptions {
  /** New weekly hours from now on (stored in the plan's inputs). */
  weeklyHours?: number;
  /** New study days from now on (stored in the plan's inputs). */
  studyDays?: Weekday[];
  /** New paused periods (stored in the plan's inputs). */
  pauses?: Period[];
}

export interface MovedItem {
  itemId: string;
  oldStart: IsoDate;
  oldEnd: IsoDate;
  newStart: IsoDate;
  newEnd: IsoDate;
}

export interface Replanned {
  plan: Plan;
  /** Items whose start or end changed. */
  moved: MovedItem[];
  oldReadyDate: IsoDate | null;
  newReadyDate: IsoDate | null;
  /**
   * Least weekly hours (rounded up to half an hour) that would still end by the old ready date;
   * null when there was none, when it is already past, or when no study day is left before it.
   */
  weeklyHoursToKeepOldReadyDate: number | null;
}

/**
 * Re-plans from `today` (docs/design.md "Re-plan from a date"): done and skipped items keep their
 * dates (pulled back to today if they ended later), and the hours not yet logged in the progress
 * log on the other items are laid out again from today, in their order, at the (possibly new)
 * weekly hours.
 */
export function replan(
  plan: Plan,
  progress: readonly ProgressEntry[],
  today: IsoDate,
  options: ReplanOptions = {},
): Result<Replanned> {
  if (!isIsoDate(today)) return fail('invalid-payload', `today "${String(today)}" is not a yyyy-MM-dd date`, 'today');
  const inputs: PlanInputs = { ...plan.inputs };
  if (options.weeklyHours !== undefined) inputs.weeklyHours = options.weeklyHours;
  if (options.studyDays !== undefined) inputs.studyDays = [...new Set(options.studyDays)].sort((a, b) => a - b);
  if (options.pauses !== undefined) inputs.pauses = options.pauses.map((pause) => ({ ...pause }));
  const result = reschedule(plan, { inputs, progress, today });
  if (!result.ok) return result;
  const { plan: replanned, from, openMinutes } = result.value;

  const before = new Map(plan.items.map((item) => [item.id, item]));
  const moved: MovedItem[] = [];
  for (const item of replanned.items) {
    const old = before.get(item.id)!;
    if (old.start !== item.start || old.end !== item.end) {
      moved.push({ itemId: item.id, oldStart: old.start, oldEnd: old.end, newStart: item.start, newEnd: item.end });
    }
  }
  const oldReadyDate = plan.readyDate;
  const keepable = oldReadyDate !== null && oldReadyDate >= today && oldReadyDate >= from;
  return ok({
    plan: replanned,
    moved,
    oldReadyDate,
    newReadyDate: replanned.readyDate,
    weeklyHoursToKeepOldReadyDate: keepable ? hoursPerWeekForDate(openMinutes, { ...inputs, startDate: from }, oldReadyDate) : null,
  });
}
