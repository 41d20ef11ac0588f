import { LineChart } from '@mantine/charts';
import { useI18n } from '../../i18n';

export interface ProgressLinePoint {
  week: string;
  [series: string]: string | number;
}

interface ProgressLineChartProps {
  data: ProgressLinePoint[];
  planned: string;
  logged: string;
}

/**
 * The drawn part of the progress chart, on its own so that only it waits for the charting
 * library: the summary and the table beside it (ProgressChart.tsx) show at once.
 */
export default function ProgressLineChart({ data, planned, logged }: ProgressLineChartProps) {
  const { formatNumber } = useI18n();
  return (
    <LineChart
      h={280}
      data={data}
      dataKey="week"
      series={[
        { name: planned, color: 'sea.8' },
        { name: logged, color: 'orange.8', strokeDasharray: '6 3' },
      ]}
      curveType="linear"
      withLegend
      withDots={false}
      unit=" h"
      valueFormatter={(value) => formatNumber(value)}
      tooltipAnimationDuration={0}
      xAxisProps={{ minTickGap: 24 }}
    />
  );
}
