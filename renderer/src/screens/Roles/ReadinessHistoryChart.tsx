import { LineChart } from '@mantine/charts';
import { useI18n } from '../../i18n';

export interface ReadinessHistoryRow {
  day: string;
  [series: string]: string | number;
}

interface ReadinessHistoryChartProps {
  rows: ReadinessHistoryRow[];
  /** The series names, as the legend and the tooltip show them. */
  core: string;
  full: string;
}

/**
 * The drawn part of "readiness over time", on its own so that only it waits for the charting
 * library: the summary and the table (ReadinessHistorySection.tsx) show at once.
 */
export default function ReadinessHistoryChart({ rows, core, full }: ReadinessHistoryChartProps) {
  const { formatPercent } = useI18n();
  return (
    <LineChart
      h={240}
      data={rows}
      dataKey="day"
      series={[
        { name: core, color: 'sea.8' },
        { name: full, color: 'orange.8', strokeDasharray: '6 3' },
      ]}
      curveType="linear"
      withLegend
      // Readiness is a share of the role: the axis always spans 0-100 %, so a small step looks small.
      yAxisProps={{ domain: [0, 100] }}
      valueFormatter={(value) => formatPercent(value / 100)}
      tooltipAnimationDuration={0}
      // Each level change redraws today's point; a replayed line animation would only delay the next frame.
      lineProps={{ isAnimationActive: false }}
      xAxisProps={{ minTickGap: 24 }}
    />
  );
}
