import { RadarChart } from '@mantine/charts';
import { useI18n } from '../../i18n';
import classes from './FitRadar.module.css';

export interface RadarPoint {
  skill: string;
  you: number;
  need: number;
}

/**
 * The chart itself, in its own chunk: recharts is large and only the role page needs it. It is
 * hidden from assistive technology, which reads the table next to it instead.
 */
export default function RadarView({ points }: { points: RadarPoint[] }) {
  const { t } = useI18n();
  return (
    <div className={classes.chart} aria-hidden="true" data-testid="fit-radar-chart">
      <RadarChart
        h={380}
        radarChartProps={{ margin: { top: 16, right: 48, bottom: 8, left: 48 } }}
        data={points}
        dataKey="skill"
        accessibilityLayer={false}
        withLegend
        withPolarRadiusAxis
        polarRadiusAxisProps={{ domain: [0, 4], tickCount: 5, tick: false, axisLine: false }}
        polarAngleAxisProps={{ tick: { fontSize: 12 } }}
        series={[
          { name: 'need', label: t('radar.need'), color: 'orange.6', opacity: 0.08 },
          { name: 'you', label: t('radar.you'), color: 'sea.6', opacity: 0.35 },
        ]}
        radarProps={(series) => (series.name === 'need' ? { strokeDasharray: '6 4', strokeWidth: 2 } : { strokeWidth: 2 })}
      />
    </div>
  );
}
