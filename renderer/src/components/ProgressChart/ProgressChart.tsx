import { Loader, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import type { WeekProgress } from '../../../../core';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import { FiguresTable } from '../FiguresTable/FiguresTable';
import classes from './ProgressChart.module.css';
import type { ProgressLinePoint } from './ProgressLineChart';

// The charting library is large: only the drawing waits for it, never the figures. It starts
// loading with the screen that draws it.
const progressLineChart = lazyComponent(() => import('./ProgressLineChart'), 'default');
void progressLineChart.load().catch(() => undefined);

interface ProgressChartProps {
  weeks: WeekProgress[];
  today: string;
}

/**
 * Planned against logged hours, added up week by week, as a line chart with the same figures as
 * a table for anyone who cannot see the chart (the chart itself is named by a summary).
 * The summary, the toggle and the table render with the screen; the drawing loads lazily, so the
 * charting library stays out of the first screen and the figures never wait for it.
 */
export function ProgressChart({ weeks, today }: ProgressChartProps) {
  const { t, formatDay, formatHours } = useI18n();
  const planned = t('progress.chart.planned');
  const logged = t('progress.chart.logged');
  const data: ProgressLinePoint[] = weeks.map((week) => ({
    week: formatDay(week.weekStart),
    [planned]: week.plannedCumulative,
    [logged]: week.loggedCumulative,
  }));
  const current = [...weeks].reverse().find((week) => week.weekStart <= today) ?? weeks[0];
  const summary = current
    ? t('progress.chart.summary', {
        week: formatDay(current.weekStart),
        planned: formatHours(current.plannedCumulative),
        logged: formatHours(current.loggedCumulative),
        total: formatHours(weeks[weeks.length - 1].plannedCumulative),
      })
    : t('progress.chart.empty');

  return (
    <Stack gap="sm">
      <div role="img" aria-label={summary} className={classes.chart}>
        <Suspense fallback={<Loader size="sm" aria-label={t('progress.chart.loading')} />}>
          <progressLineChart.View data={data} planned={planned} logged={logged} />
        </Suspense>
      </div>
      <Text size="sm">{summary}</Text>
      <FiguresTable
        caption={t('progress.chart.caption')}
        showLabel={t('progress.chart.showTable')}
        hideLabel={t('progress.chart.hideTable')}
        columns={[t('progress.chart.week'), planned, logged]}
        rows={weeks.map((week) => ({
          key: week.weekStart,
          header: formatDay(week.weekStart),
          cells: [formatHours(week.plannedCumulative), formatHours(week.loggedCumulative)],
        }))}
        minWidth={420}
      />
    </Stack>
  );
}
