import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  format,
  max as latest,
  min as earliest,
  parseISO,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import type { PlanItem } from '../../../../core';

export type TimelineScale = 'week' | 'month';

/** Pixels per day: a week is 56 px wide, a month about 76 px. */
export const PIXELS_PER_DAY: Record<TimelineScale, number> = { week: 8, month: 2.5 };

export interface TimelineTick {
  /** yyyy-MM-dd of the Monday or the first of the month. */
  date: string;
  left: number;
}

export interface TimelineBar {
  itemId: string;
  left: number;
  /** At least a day wide, so a one-day item is still visible. */
  width: number;
}

export interface TimelineLayout {
  first: string;
  width: number;
  ticks: TimelineTick[];
  bars: TimelineBar[];
  /** Left edge of today's line. */
  today: number;
}

/**
 * Where each item's bar and each week or month mark goes. The span runs from the week (or
 * month) of the earliest of the first item and today to the end of the latest of the last item
 * and today, so today's line is always on the chart. Items end on their end day, inclusive.
 */
export function layoutTimeline(items: readonly PlanItem[], today: string, scale: TimelineScale): TimelineLayout {
  const pixels = PIXELS_PER_DAY[scale];
  const todayDate = parseISO(today);
  const starts = items.map((item) => parseISO(item.start));
  const ends = items.map((item) => parseISO(item.end));
  const from = earliest([todayDate, ...starts]);
  const to = latest([todayDate, ...ends]);
  const first = scale === 'week' ? startOfISOWeek(from) : startOfMonth(from);
  const afterLast = scale === 'week' ? addDays(startOfISOWeek(to), 7) : addMonths(startOfMonth(to), 1);
  const days = differenceInCalendarDays(afterLast, first);
  const offset = (date: Date) => differenceInCalendarDays(date, first) * pixels;

  const ticks: TimelineTick[] = [];
  for (let tick = first; tick < afterLast; tick = scale === 'week' ? addDays(tick, 7) : addMonths(tick, 1)) {
    ticks.push({ date: format(tick, 'yyyy-MM-dd'), left: offset(tick) });
  }
  const bars = items.map((item, index) => ({
    itemId: item.id,
    left: offset(starts[index]),
    width: Math.max(1, differenceInCalendarDays(ends[index], starts[index]) + 1) * pixels,
  }));
  return { first: format(first, 'yyyy-MM-dd'), width: days * pixels, ticks, bars, today: offset(todayDate) };
}
