import { SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { PlanItem } from '../../../../core';
import { useI18n } from '../../i18n';
import { layoutTimeline, type TimelineScale } from './timelineLayout';
import classes from './PlanTimeline.module.css';

interface PlanTimelineProps {
  items: PlanItem[];
  titles: ReadonlyMap<string, string>;
  /** Ids of the items that ended before today and are neither done nor skipped. */
  overdue: ReadonlySet<string>;
  today: string;
}

/** Room after the last day for the title of a bar that ends there. */
const LABEL_ROOM = 240;

const STATUS_MARK: Record<PlanItem['status'], string> = { planned: '', 'in-progress': '▸ ', done: '✓ ', skipped: '– ' };

/**
 * The plan as a Gantt-like chart: one bar per item from its start to its end day, marks for
 * each week or month, and a line for today. Each bar is an image named with its title, dates
 * and status, so the chart reads as a list; the List view holds the same items with actions.
 */
export function PlanTimeline({ items, titles, overdue, today }: PlanTimelineProps) {
  const { t, formatDay, formatTick } = useI18n();
  const [scale, setScale] = useState<TimelineScale>('week');
  const layout = useMemo(() => layoutTimeline(items, today, scale), [items, today, scale]);
  const regionId = useId();
  const tickLabel = (date: string) => formatTick(date, scale === 'week' ? 'day' : 'month');

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('timeline.scale')}
        value={scale}
        onChange={(value) => setScale(value as TimelineScale)}
        data={[
          { value: 'week', label: t('timeline.byWeek') },
          { value: 'month', label: t('timeline.byMonth') },
        ]}
        className={classes.scale}
      />
      <Text size="sm" id={`${regionId}-hint`}>
        {t('timeline.hint')}
      </Text>
      <div
        className={classes.scroller}
        role="region"
        aria-label={t('timeline.region')}
        aria-describedby={`${regionId}-hint`}
        tabIndex={0}
      >
        <div className={classes.canvas} style={{ width: layout.width + LABEL_ROOM }}>
          <div className={classes.grid} aria-hidden="true">
            {layout.ticks.map((tick) => (
              <span key={tick.date} className={classes.tick} style={{ left: tick.left }}>
                <span className={classes.tickLabel}>{tickLabel(tick.date)}</span>
              </span>
            ))}
          </div>
          <VisuallyHidden>{t('timeline.todayIs', { date: formatDay(today) })}</VisuallyHidden>
          <ul className={classes.rows}>
            {items.map((item, index) => {
              const bar = layout.bars[index];
              const title = titles.get(item.id) ?? item.id;
              const late = overdue.has(item.id);
              const label = t('timeline.bar', {
                title,
                start: formatDay(item.start),
                end: formatDay(item.end),
                status: t(`plan.status.${item.status}`),
              });
              return (
                <li key={item.id} className={classes.row}>
                  <div
                    role="img"
                    aria-label={late ? `${label} ${t('plan.overdueSince', { date: formatDay(item.end) })}` : label}
                    className={classes.bar}
                    data-status={item.status}
                    data-overdue={late || undefined}
                    style={{ left: bar.left, width: bar.width }}
                  >
                    <span className={classes.barLabel} aria-hidden="true">
                      {late ? '⚠ ' : STATUS_MARK[item.status]}
                      {title}
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
          <div className={classes.today} style={{ left: layout.today }} aria-hidden="true">
            <span className={classes.todayLabel}>{t('timeline.today')}</span>
          </div>
        </div>
      </div>
    </Stack>
  );
}
