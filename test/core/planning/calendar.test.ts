import { describe, expect, it } from 'vitest';
import {
  countStudyDays,
  hoursPerWeekForDate,
  isStudyDay,
  minutesOfHours,
  studyCalendarOf,
} from '../../../core/planning/calendar';
import { toDayNumber } from '../../../core/planning/dates';
import { inputsOf, valueOf } from './fixtures';

describe('studyCalendarOf', () => {
  it('gives each study day an exact, floored share of the weekly minutes', () => {
    expect(valueOf(studyCalendarOf(inputsOf({ weeklyHours: 5, studyDays: [1, 3, 5] }))).minutesPerDay).toBe(100);
    expect(valueOf(studyCalendarOf(inputsOf({ weeklyHours: 7, studyDays: [1, 3, 5] }))).minutesPerDay).toBe(140);
    expect(valueOf(studyCalendarOf(inputsOf({ weeklyHours: 1, studyDays: [0, 1, 2, 3, 4, 5, 6] }))).minutesPerDay).toBe(8);
    // 4.35 × 60 is 260.99999999999997 in binary floating point; it still counts as 261 minutes.
    expect(valueOf(studyCalendarOf(inputsOf({ weeklyHours: 4.35, studyDays: [1] }))).minutesPerDay).toBe(261);
  });

  it('deduplicates and sorts study days', () => {
    expect(valueOf(studyCalendarOf(inputsOf({ studyDays: [5, 1, 5] }))).studyDays).toEqual([1, 5]);
  });

  it.each([
    [0, 'impossible-plan'],
    [-1, 'invalid-payload'],
    [Number.NaN, 'invalid-payload'],
    [Number.POSITIVE_INFINITY, 'invalid-payload'],
    [81, 'invalid-payload'],
  ])('refuses %s weekly hours with %s', (weeklyHours, code) => {
    const result = studyCalendarOf(inputsOf({ weeklyHours }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.path).toBe('inputs.weeklyHours');
    }
  });

  it('refuses weekly hours too small to give a study day one minute', () => {
    const result = studyCalendarOf(inputsOf({ weeklyHours: 0.05, studyDays: [0, 1, 2, 3, 4, 5, 6] }));
    expect(result.ok || result.error.code).toBe('impossible-plan');
  });

  it('refuses no study days and weekday numbers out of range', () => {
    const none = studyCalendarOf(inputsOf({ studyDays: [] }));
    expect(!none.ok && none.error.path).toBe('inputs.studyDays');
    const bad = studyCalendarOf(inputsOf({ studyDays: [1, 7 as 1] }));
    expect(!bad.ok && bad.error.path).toBe('inputs.studyDays.1');
  });

  it('refuses bad dates, a target before the start and a pause ending before it starts', () => {
    const start = studyCalendarOf(inputsOf({ startDate: '2025-02-30' }));
    expect(!start.ok && start.error.path).toBe('inputs.startDate');
    const target = studyCalendarOf(inputsOf({ startDate: '2025-03-01', targetDate: '2025-02-01' }));
    expect(!target.ok && target.error).toMatchObject({ code: 'invalid-payload', path: 'inputs.targetDate' });
    expect(!target.ok && target.error.message).toContain('before the start date');
    const pause = studyCalendarOf(inputsOf({ pauses: [{ start: '2025-03-10', end: '2025-03-01' }] }));
    expect(!pause.ok && pause.error.path).toBe('inputs.pauses.0');
  });

  it('merges overlapping and touching pauses, both ends inclusive', () => {
    const calendar = valueOf(
      studyCalendarOf(
        inputsOf({
          pauses: [
            { start: '2025-01-20', end: '2025-01-22' },
            { start: '2025-01-08', end: '2025-01-09' },
            { start: '2025-01-10', end: '2025-01-13' },
          ],
        }),
      ),
    );
    expect(calendar.pauses).toHaveLength(2);
    expect(isStudyDay(calendar, toDayNumber('2025-01-07'))).toBe(true);
    expect(isStudyDay(calendar, toDayNumber('2025-01-08'))).toBe(false);
    expect(isStudyDay(calendar, toDayNumber('2025-01-13'))).toBe(false);
    expect(isStudyDay(calendar, toDayNumber('2025-01-14'))).toBe(true);
    expect(isStudyDay(calendar, toDayNumber('2025-01-22'))).toBe(false);
    expect(isStudyDay(calendar, toDayNumber('2025-01-23'))).toBe(true);
    expect(isStudyDay(calendar, toDayNumber('2025-01-25'))).toBe(false); // Saturday
  });

  it('counts study days in an inclusive range', () => {
    const calendar = valueOf(studyCalendarOf(inputsOf()));
    expect(countStudyDays(calendar, toDayNumber('2025-01-06'), toDayNumber('2025-01-19'))).toBe(10);
    expect(countStudyDays(calendar, toDayNumber('2025-01-11'), toDayNumber('2025-01-12'))).toBe(0);
  });
});

describe('minutesOfHours', () => {
  it('rounds hours up to whole minutes, tolerating binary fractions', () => {
    expect(minutesOfHours(1.5)).toBe(90);
    expect(minutesOfHours(0.1 * 3)).toBe(18);
    expect(minutesOfHours(1 / 3)).toBe(20);
    expect(minutesOfHours(0.01)).toBe(1);
  });
});

describe('hoursPerWeekForDate', () => {
  const inputs = inputsOf({ startDate: '2025-01-06' });

  it('finds the least half hours a week that end on the target date', () => {
    // Two weeks of Monday-Friday: 10 study days for 600 minutes needs 60 min a day, 5 h a week.
    expect(hoursPerWeekForDate(600, inputs, '2025-01-17')).toBe(5);
    // 601 minutes needs 61 min a day = 305 min a week, rounded up to 5.5 h.
    expect(hoursPerWeekForDate(601, inputs, '2025-01-17')).toBe(5.5);
  });

  it('is 0 with nothing to study, null when no study day is left before the date', () => {
    expect(hoursPerWeekForDate(0, inputs, '2025-01-17')).toBe(0);
    expect(hoursPerWeekForDate(60, inputs, '2025-01-05')).toBeNull();
    expect(hoursPerWeekForDate(60, inputsOf({ startDate: '2025-01-11' }), '2025-01-12')).toBeNull();
    const paused = inputsOf({ pauses: [{ start: '2025-01-01', end: '2025-03-01' }] });
    expect(hoursPerWeekForDate(60, paused, '2025-02-20')).toBeNull();
  });
});
