/**
 * When study reminders fall, in the computer's local time. Pure: "now" is always a parameter, so
 * the tests pin the clock and the time zone (test/main/reminders/next-reminder.test.ts).
 *
 * Every reminder is built with the local Date constructor from its calendar day and its "HH:mm",
 * never by adding 24 hours to the previous one, so a daylight-saving change keeps the wall-clock
 * time. A time the clock skips (02:30 on the night it jumps from 02:00 to 03:00) becomes the
 * instant the Date constructor gives (03:30); a time the clock passes twice (the night it goes
 * back) is the first of the two, and the second is not a new reminder.
 */
import type { ReminderSettings, Weekday } from '../../core';

/** A reminder shown late after sleep is still useful up to an hour after its time, not later. */
export const LATE_REMINDER_LIMIT_MS = 60 * 60 * 1000;

/** A week and a day: enough to reach any chosen weekday from any instant, either way. */
const DAYS_SEARCHED = 8;

function reminderOnDay(from: Date, dayOffset: number, time: string): { at: Date; weekday: Weekday } {
  const [hours, minutes] = time.split(':').map(Number);
  const calendarDay = new Date(from.getFullYear(), from.getMonth(), from.getDate() + dayOffset);
  return {
    at: new Date(calendarDay.getFullYear(), calendarDay.getMonth(), calendarDay.getDate(), hours, minutes, 0, 0),
    // The weekday of the calendar day, not of the instant: a skipped hour may move the instant.
    weekday: calendarDay.getDay() as Weekday,
  };
}

/** The first reminder strictly after `now`, or null when reminders are off. */
export function nextReminderAfter(now: Date, settings: ReminderSettings): Date | null {
  if (!settings.enabled || settings.days.length === 0) return null;
  for (let offset = 0; offset < DAYS_SEARCHED; offset += 1) {
    const { at, weekday } = reminderOnDay(now, offset, settings.time);
    if (settings.days.includes(weekday) && at.getTime() > now.getTime()) return at;
  }
  return null;
}

/** The last reminder at or before `now`, or null when reminders are off. */
export function latestReminderAtOrBefore(now: Date, settings: ReminderSettings): Date | null {
  if (!settings.enabled || settings.days.length === 0) return null;
  for (let offset = 0; offset > -DAYS_SEARCHED; offset -= 1) {
    const { at, weekday } = reminderOnDay(now, offset, settings.time);
    if (settings.days.includes(weekday) && at.getTime() <= now.getTime()) return at;
  }
  return null;
}

/**
 * The reminder to show now, if any, when a timer fires or the computer wakes: the latest one
 * that fell after `handledUntil` (the last moment already dealt with) and less than an hour ago.
 * Only the latest is considered, so a long sleep never brings a burst of old reminders.
 */
export function reminderDueNow(now: Date, settings: ReminderSettings, handledUntil: Date): Date | null {
  const latest = latestReminderAtOrBefore(now, settings);
  if (!latest || latest.getTime() <= handledUntil.getTime()) return null;
  return now.getTime() - latest.getTime() < LATE_REMINDER_LIMIT_MS ? latest : null;
}
