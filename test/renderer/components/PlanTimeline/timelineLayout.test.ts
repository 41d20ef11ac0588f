import type { PlanItem } from '../../../../core';
import { layoutTimeline, PIXELS_PER_DAY } from '../../../../renderer/src/components/PlanTimeline/timelineLayout';

const item = (id: string, start: string, end: string): PlanItem => ({
  id,
  courseId: id,
  skillIds: [],
  start,
  end,
  hours: 5,
  status: 'planned',
});

describe('layoutTimeline', () => {
  const items = [item('a', '2026-12-02', '2026-12-02'), item('b', '2026-12-03', '2026-12-16')];

  it('starts on the Monday of the first week and places bars by day, inclusive of the end day', () => {
    const layout = layoutTimeline(items, '2026-12-03', 'week');
    expect(layout.first).toBe('2026-11-30');
    expect(layout.bars[0]).toEqual({ itemId: 'a', left: 2 * PIXELS_PER_DAY.week, width: PIXELS_PER_DAY.week });
    expect(layout.bars[1]).toEqual({ itemId: 'b', left: 3 * PIXELS_PER_DAY.week, width: 14 * PIXELS_PER_DAY.week });
    expect(layout.today).toBe(3 * PIXELS_PER_DAY.week);
    // Three whole weeks: 30 Nov, 7 Dec and 14 Dec.
    expect(layout.ticks.map((tick) => tick.date)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    expect(layout.width).toBe(21 * PIXELS_PER_DAY.week);
  });

  it('stretches the span so today is always on the chart', () => {
    const layout = layoutTimeline(items, '2027-02-10', 'month');
    expect(layout.first).toBe('2026-12-01');
    expect(layout.ticks.map((tick) => tick.date)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
    expect(layout.today).toBe((31 + 31 + 9) * PIXELS_PER_DAY.month);
    expect(layout.width).toBe((31 + 31 + 28) * PIXELS_PER_DAY.month);
  });

  it('shows an empty plan as the week of today', () => {
    const layout = layoutTimeline([], '2026-12-10', 'week');
    expect(layout.bars).toEqual([]);
    expect(layout.ticks).toHaveLength(1);
  });
});
