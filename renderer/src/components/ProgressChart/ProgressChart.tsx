import { Button, Loader, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import type { WeekProgress } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './ProgressChart.module.css';
import type { ProgressLinePoint } from './ProgressLineChart';

// The charting library is large: only the drawing waits for it, never the figures.
const ProgressLineChart = lazy(() => import('./ProgressLineChart'));

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
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
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
          <ProgressLineChart data={data} planned={planned} logged={logged} />
        </Suspense>
      </div>
      <Text size="sm">{summary}</Text>
      <Button
        variant="subtle"
        size="compact-sm"
        className={classes.toggle}
        aria-expanded={asTable}
        aria-controls={tableId}
        onClick={() => setAsTable((shown) => !shown)}
      >
        {asTable ? t('progress.chart.hideTable') : t('progress.chart.showTable')}
      </Button>
      <div id={tableId} hidden={!asTable}>
        <div className={classes.scroll} tabIndex={0} role="region" aria-label={t('progress.chart.caption')}>
          <Table verticalSpacing={4} striped miw={420}>
            <Table.Caption>{t('progress.chart.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('progress.chart.week')}</Table.Th>
                <Table.Th scope="col">{planned}</Table.Th>
                <Table.Th scope="col">{logged}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weeks.map((week) => (
                <Table.Tr key={week.weekStart}>
                  <Table.Th scope="row" fw={400}>
                    {formatDay(week.weekStart)}
                  </Table.Th>
                  <Table.Td>{formatHours(week.plannedCumulative)}</Table.Td>
                  <Table.Td>{formatHours(week.loggedCumulative)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </div>
    </Stack>
  );
}
