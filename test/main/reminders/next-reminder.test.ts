/**
 * The reminder schedule in a time zone with daylight saving. Europe/Paris, 2026: the clocks go
 * from 02:00 to 03:00 on Sunday 29 March and from 03:00 back to 02:00 on Sunday 25 October.
 */
import type { ReminderSettings } from '../../../core';
import { latestReminderAtOrBefore, nextReminderAfter, reminderDueNow } from '../../../main/reminders/next-reminder';

const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const EVERY_DAY: ReminderSettings['days'] = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS: ReminderSettings['days'] = [1, 2, 3, 4, 5];
const reminders = (days: ReminderSettings['days'], time: string, enabled = true): ReminderSettings => ({ enabled, days, time });
const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('the time zone of these tests', () => {
  it('is Paris, so the daylight-saving cases below really cross a change', () => {
    expect(new Date(2026, 0, 15, 12, 0).toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(new Date(2026, 6, 15, 12, 0).toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });
});

describe('nextReminderAfter', () => {
  it('is null when reminders are off', () => {
    expect(nextReminderAfter(at('2026-05-04T08:00:00Z'), reminders(EVERY_DAY, '19:00', false))).toBeNull();
  });

  it('is later today when today is chosen and the time has not come', () => {
    // Monday 4 May 2026, 10:00 in Paris (summer time, UTC+2).
    expect(iso(nextReminderAfter(at('2026-05-04T08:00:00Z'), reminders(WEEKDAYS, '19:00')))).toBe('2026-05-04T17:00:00.000Z');
  });

  it('moves to the next chosen day when today’s time has passed', () => {
    // Monday 4 May, 20:00: Tuesday 19:00.
    expect(iso(nextReminderAfter(at('2026-05-04T18:00:00Z'), reminders(WEEKDAYS, '19:00')))).toBe('2026-05-05T17:00:00.000Z');
  });

  it('skips the days not chosen: Friday evening goes to Monday', () => {
    // Friday 8 May, 20:00: Saturday and Sunday are not chosen.
    expect(iso(nextReminderAfter(at('2026-05-08T18:00:00Z'), reminders(WEEKDAYS, '19:00')))).toBe('2026-05-11T17:00:00.000Z');
  });

  it('waits a whole week when the only chosen day is today and its time has passed', () => {
    // Wednesday 6 May, 19:30, Wednesdays only: next Wednesday.
    expect(iso(nextReminderAfter(at('2026-05-06T17:30:00Z'), reminders([3], '19:00')))).toBe('2026-05-13T17:00:00.000Z');
  });

  it('never returns the instant it is given: a reminder that fires now schedules the next one', () => {
    expect(iso(nextReminderAfter(at('2026-05-06T17:00:00Z'), reminders([3], '19:00')))).toBe('2026-05-13T17:00:00.000Z');
    expect(iso(nextReminderAfter(at('2026-05-06T16:59:59.999Z'), reminders([3], '19:00')))).toBe('2026-05-06T17:00:00.000Z');
  });

  it('falls every day at the same wall-clock time across the spring change (a 23-hour day)', () => {
    const settings = reminders(EVERY_DAY, '19:00');
    // Saturday 28 March 19:00 is UTC+1; Sunday 29 March 19:00 is UTC+2.
    const saturday = nextReminderAfter(at('2026-03-28T12:00:00Z'), settings);
    const sunday = saturday && nextReminderAfter(saturday, settings);
    const monday = sunday && nextReminderAfter(sunday, settings);
    expect([saturday, sunday, monday].map(iso)).toEqual([
      '2026-03-28T18:00:00.000Z',
      '2026-03-29T17:00:00.000Z',
      '2026-03-30T17:00:00.000Z',
    ]);
    expect([saturday, sunday, monday].map((date) => date?.getHours())).toEqual([19, 19, 19]);
  });

  it('falls at the same wall-clock time across the autumn change (a 25-hour day)', () => {
    const settings = reminders(EVERY_DAY, '07:30');
    const saturday = nextReminderAfter(at('2026-10-24T00:00:00Z'), settings);
    const sunday = saturday && nextReminderAfter(saturday, settings);
    expect([saturday, sunday].map(iso)).toEqual(['2026-10-24T05:30:00.000Z', '2026-10-25T06:30:00.000Z']);
    expect(sunday && saturday ? sunday.getTime() - saturday.getTime() : 0).toBe(25 * 60 * 60 * 1000);
  });

  it('gives a time the spring change skips at the instant after the jump, on the right day', () => {
    // 02:30 does not exist on Sunday 29 March: it is shown at 03:30 summer time.
    const sunday = nextReminderAfter(at('2026-03-28T12:00:00Z'), reminders([0], '02:30'));
    expect(iso(sunday)).toBe('2026-03-29T01:30:00.000Z');
    expect(sunday?.getDay()).toBe(0);
  });

  it('reminds once, not twice, at a time the autumn change passes twice', () => {
    const settings = reminders(EVERY_DAY, '02:30');
    const first = nextReminderAfter(at('2026-10-24T12:00:00Z'), settings);
    expect(iso(first)).toBe('2026-10-25T00:30:00.000Z');
    // After it fires, the second 02:30 of the night (01:30 UTC) is not a new reminder.
    expect(iso(first && nextReminderAfter(first, settings))).toBe('2026-10-26T01:30:00.000Z');
  });

  it('finds a weekly reminder across the week of a change', () => {
    // Thursday 26 March, Tuesdays only, 18:15: the Tuesday after the change is in summer time.
    expect(iso(nextReminderAfter(at('2026-03-26T12:00:00Z'), reminders([2], '18:15')))).toBe('2026-03-31T16:15:00.000Z');
  });

  it('handles midnight and the last minute of the day', () => {
    expect(iso(nextReminderAfter(at('2026-05-04T08:00:00Z'), reminders([2], '00:00')))).toBe('2026-05-04T22:00:00.000Z');
    expect(iso(nextReminderAfter(at('2026-05-04T08:00:00Z'), reminders([1], '23:59')))).toBe('2026-05-04T21:59:00.000Z');
  });
});

describe('latestReminderAtOrBefore', () => {
  it('includes a reminder at the very instant', () => {
    expect(iso(latestReminderAtOrBefore(at('2026-05-06T17:00:00Z'), reminders([3], '19:00')))).toBe('2026-05-06T17:00:00.000Z');
  });

  it('reaches back a whole week for a single chosen day', () => {
    expect(iso(latestReminderAtOrBefore(at('2026-05-06T16:00:00Z'), reminders([3], '19:00')))).toBe('2026-04-29T17:00:00.000Z');
  });

  it('is null when reminders are off', () => {
    expect(latestReminderAtOrBefore(at('2026-05-06T17:00:00Z'), reminders([3], '19:00', false))).toBeNull();
  });
});

describe('reminderDueNow', () => {
  const settings = reminders(WEEKDAYS, '19:00');
  const handledAtNoon = at('2026-05-04T10:00:00Z');

  it('shows a reminder that fell less than an hour ago and was not handled yet', () => {
    expect(iso(reminderDueNow(at('2026-05-04T17:59:59Z'), settings, handledAtNoon))).toBe('2026-05-04T17:00:00.000Z');
  });

  it('drops a reminder an hour old or more', () => {
    expect(reminderDueNow(at('2026-05-04T18:00:00Z'), settings, handledAtNoon)).toBeNull();
  });

  it('never shows a reminder twice, nor one from before the settings were applied', () => {
    expect(reminderDueNow(at('2026-05-04T17:10:00Z'), settings, at('2026-05-04T17:05:00Z'))).toBeNull();
    expect(reminderDueNow(at('2026-05-04T17:10:00Z'), settings, at('2026-05-04T17:00:00Z'))).toBeNull();
  });

  it('offers at most the latest reminder after a sleep of several days', () => {
    // Asleep from Monday noon to Thursday 19:20: Monday, Tuesday and Wednesday's reminders are gone.
    expect(iso(reminderDueNow(at('2026-05-07T17:20:00Z'), settings, handledAtNoon))).toBe('2026-05-07T17:00:00.000Z');
    expect(reminderDueNow(at('2026-05-07T19:00:00Z'), settings, handledAtNoon)).toBeNull();
  });
});
