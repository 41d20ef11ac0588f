import { format } from 'date-fns';
import type { IsoDate } from '../../../core';

/**
 * The person's calendar day. Every screen of the plan reads "today" here and nowhere else, so
 * the browser tests can move the clock (Playwright's page.clock) and the component tests can
 * replace this module.
 */
export function todayIso(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd');
}
