import { isoDateOf, type IsoDate } from '../../../core';

/**
 * The person's calendar day. Every screen reads "today" here and nowhere else, so the browser
 * tests can move the clock (Playwright's page.clock) and the component tests can replace this
 * module.
 */
export function todayIso(): IsoDate {
  return isoDateOf(new Date());
}
