import { getDay, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  dayNumberYearsAfter,
  fromDayNumber,
  isIsoDate,
  isoDateOf,
  isoWeekStart,
  toDayNumber,
  weekdayOf,
} from '../../../core/planning/dates';

describe('isoDateOf', () => {
  it('gives the local calendar day of a moment, late evening and just after midnight included', () => {
    expect(isoDateOf(new Date(2027, 0, 4, 23, 59))).toBe('2027-01-04');
    expect(isoDateOf(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
    expect(isoDateOf(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });
});

describe('day numbers', () => {
  it('round-trips dates, including days on which clocks change', () => {
    for (const date of ['2000-01-01', '2024-02-29', '2025-03-09', '2025-03-30', '2025-10-26', '2025-11-02', '2039-12-31']) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
  });

  it('counts calendar days exactly across a change of clock', () => {
    expect(toDayNumber('2025-03-10') - toDayNumber('2025-03-08')).toBe(2);
    expect(toDayNumber('2025-11-03') - toDayNumber('2025-11-01')).toBe(2);
    expect(toDayNumber('2025-01-01') - toDayNumber('2024-01-01')).toBe(366);
  });

  it('gives the same weekday as date-fns getDay', () => {
    for (let day = toDayNumber('2024-12-20'); day < toDayNumber('2025-01-20'); day += 1) {
      expect(weekdayOf(day)).toBe(getDay(parseISO(fromDayNumber(day))));
    }
  });

  it('finds the Monday of the ISO week', () => {
    expect(fromDayNumber(isoWeekStart(toDayNumber('2025-01-12')))).toBe('2025-01-06'); // Sunday
    expect(fromDayNumber(isoWeekStart(toDayNumber('2025-01-06')))).toBe('2025-01-06'); // Monday
    expect(fromDayNumber(isoWeekStart(toDayNumber('2025-01-01')))).toBe('2024-12-30'); // Wednesday
  });

  it('adds calendar years', () => {
    expect(fromDayNumber(dayNumberYearsAfter('2025-01-06', 20))).toBe('2045-01-06');
    expect(fromDayNumber(dayNumberYearsAfter('2024-02-29', 1))).toBe('2025-02-28');
  });
});

describe('isIsoDate', () => {
  it('accepts real yyyy-MM-dd dates only', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(isIsoDate('2025-02-01T00:00')).toBe(false);
    expect(isIsoDate(20250201)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});
