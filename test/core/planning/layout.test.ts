import { describe, expect, it } from 'vitest';
import { studyCalendarOf } from '../../../core/planning/calendar';
import { fromDayNumber, toDayNumber } from '../../../core/planning/dates';
import type { LayoutRequest } from '../../../core/planning/layout';
import { layOut } from '../../../core/planning/layout';
import { inputsOf, valueOf } from './fixtures';

function lay(requests: LayoutRequest[], overrides = {}, from = '2025-01-06', horizon = '2030-01-01') {
  const calendar = valueOf(studyCalendarOf(inputsOf(overrides)));
  const days: Array<[string, string, number]> = [];
  const result = layOut(requests, calendar, toDayNumber(from), toDayNumber(horizon), (day, itemId, minutes) =>
    days.push([fromDayNumber(day), itemId, minutes]),
  );
  return {
    result,
    days,
    dates: result.ok ? result.value.map((entry) => [entry.itemId, fromDayNumber(entry.start), fromDayNumber(entry.end)]) : [],
  };
}

describe('layOut (the default scheduling model)', () => {
  it('ends an item on the day its minutes run out and starts the next that day when minutes are left', () => {
    // 5 h over Monday-Friday: 60 minutes a day.
    const { dates, days } = lay([
      { itemId: 'a', minutes: 90 },
      { itemId: 'b', minutes: 30 },
      { itemId: 'c', minutes: 60 },
    ]);
    expect(dates).toEqual([
      ['a', '2025-01-06', '2025-01-07'],
      ['b', '2025-01-07', '2025-01-07'],
      ['c', '2025-01-08', '2025-01-08'],
    ]);
    expect(days).toEqual([
      ['2025-01-06', 'a', 60],
      ['2025-01-07', 'a', 30],
      ['2025-01-07', 'b', 30],
      ['2025-01-08', 'c', 60],
    ]);
  });

  it('starts the next item on the next study day when the day is used up exactly', () => {
    const { dates } = lay([
      { itemId: 'a', minutes: 300 },
      { itemId: 'b', minutes: 1 },
    ]);
    expect(dates).toEqual([
      ['a', '2025-01-06', '2025-01-10'],
      ['b', '2025-01-13', '2025-01-13'],
    ]);
  });

  it('starts on the first study day on or after the first day', () => {
    const { dates } = lay([{ itemId: 'a', minutes: 10 }], {}, '2025-01-11');
    expect(dates).toEqual([['a', '2025-01-13', '2025-01-13']]);
  });

  it('uses only the chosen study days, at weekly hours ÷ study days', () => {
    // 7 h over Tuesday and Saturday: 210 minutes a day.
    const { days } = lay([{ itemId: 'a', minutes: 500 }], { weeklyHours: 7, studyDays: [2, 6] });
    expect(days).toEqual([
      ['2025-01-07', 'a', 210],
      ['2025-01-11', 'a', 210],
      ['2025-01-14', 'a', 80],
    ]);
  });

  it('lets an item span a pause, with both ends of the pause offering nothing', () => {
    const { days, dates } = lay([{ itemId: 'a', minutes: 240 }], {
      pauses: [{ start: '2025-01-07', end: '2025-01-13' }],
    });
    expect(days.map(([date]) => date)).toEqual(['2025-01-06', '2025-01-14', '2025-01-15', '2025-01-16']);
    expect(dates).toEqual([['a', '2025-01-06', '2025-01-16']]);
  });

  it('ends an item needing no minutes on the first day without using any', () => {
    const { dates, days } = lay([
      { itemId: 'a', minutes: 0 },
      { itemId: 'b', minutes: 60 },
    ], {}, '2025-01-11');
    expect(dates).toEqual([
      ['a', '2025-01-11', '2025-01-11'],
      ['b', '2025-01-13', '2025-01-13'],
    ]);
    expect(days).toHaveLength(1);
  });

  it('fails clearly rather than running past the horizon', () => {
    const { result } = lay([{ itemId: 'a', minutes: 60 }], { pauses: [{ start: '2025-01-01', end: '2060-01-01' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('impossible-plan');
      expect(result.error.message).toContain('would not end within 20 years');
    }
    const long = lay([{ itemId: 'a', minutes: 60 * 1000 }], { weeklyHours: 1 }, '2025-01-06', '2026-01-06');
    expect(long.result.ok).toBe(false);
  });
});
