import type { Plan, ProgressEntry } from '../model/plan';
import { REVIEW_WEEKS, type ReviewRecord } from '../model/store';
import type { IsoDate } from '../model/text';
import { fromDayNumber, toDayNumber } from './dates';

export interface ReviewDue {
  planId: string;
  itemId: string;
  /** The step due: 2 or 6 weeks after the item was finished. */
  weeks: ReviewRecord['weeks'];
  /** The day the item counts as finished: its last logged day, or its end when nothing was logged. */
  finishedOn: IsoDate;
  /** The skills the item teaches, to re-rate. */
  skillIds: string[];
}

/**
 * The review to offer on `today` (issue #14: two and six weeks after finishing an item, a short
 * review so skills are not lost before the job search), or null. A done course item is due for
 * a step once that many weeks have passed since it was finished and the step is not recorded;
 * when both steps are due (the app was not opened for weeks), only the later one is offered:
 * answering it records both. The item finished longest ago comes first, one at a time.
 * Items without skills (a custom item, a project) have nothing to re-rate and are not reviewed.
 */
export function dueReview(plan: Plan, progress: readonly ProgressEntry[], reviews: readonly ReviewRecord[], today: IsoDate): ReviewDue | null {
  const lastLogged = new Map<string, IsoDate>();
  for (const entry of progress) {
    if (entry.planId !== plan.id) continue;
    const known = lastLogged.get(entry.itemId);
    if (known === undefined || entry.date > known) lastLogged.set(entry.itemId, entry.date);
  }
  const recorded = new Set(reviews.filter((review) => review.planId === plan.id).map((review) => `${review.itemId}/${review.weeks}`));
  const todayNumber = toDayNumber(today);
  let best: ReviewDue | null = null;
  for (const item of plan.items) {
    if (item.status !== 'done' || item.skillIds.length === 0) continue;
    const finishedOn = lastLogged.get(item.id) ?? item.end;
    const since = todayNumber - toDayNumber(finishedOn);
    const due = [...REVIEW_WEEKS].reverse().find((weeks) => since >= weeks * 7);
    if (due === undefined || recorded.has(`${item.id}/${due}`)) continue;
    if (best === null || finishedOn < best.finishedOn) {
      best = { planId: plan.id, itemId: item.id, weeks: due, finishedOn, skillIds: [...item.skillIds] };
    }
  }
  return best;
}

/** What answering a review records: its step and every earlier one not yet recorded. */
export function reviewRecords(review: ReviewDue, today: IsoDate): ReviewRecord[] {
  return REVIEW_WEEKS.filter((weeks) => weeks <= review.weeks).map((weeks) => ({ planId: review.planId, itemId: review.itemId, weeks, date: today }));
}

/** The first day a step of review falls due for an item finished on `finishedOn`. */
export function reviewDueOn(finishedOn: IsoDate, weeks: ReviewRecord['weeks']): IsoDate {
  return fromDayNumber(toDayNumber(finishedOn) + weeks * 7);
}
