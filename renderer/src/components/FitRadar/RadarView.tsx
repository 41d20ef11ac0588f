import { RadarChart } from '@mantine/charts';
import { ColorSwatch, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import classes from './FitRadar.module.css';
import { labelLines } from './radarAxes';

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
        h={370}
        radarChartProps={{ margin: { top: 36, right: 64, bottom: 36, left: 64 } }}
        data={points}
        dataKey="skill"
        accessibilityLayer={false}
        withPolarRadiusAxis
        polarRadiusAxisProps={{ domain: [0, 4], tickCount: 5, tick: false, axisLine: false }}
        polarAngleAxisProps={{ tick: AxisLabel }}
        series={[
          { name: 'need', label: t('radar.need'), color: 'orange.6', opacity: 0.08 },
          { name: 'you', label: t('radar.you'), color: 'sea.6', opacity: 0.35 },
        ]}
        // No animation: each level change would replay a half-second morph, frames the next change waits behind.
        radarProps={(series) => ({ strokeWidth: 2, isAnimationActive: false, ...(series.name === 'need' ? { strokeDasharray: '6 4' } : {}) })}
      />
      {/* Below the chart rather than recharts' own legend, which sits inside the bottom margin
          and collides with a wrapped bottom label. */}
      <Group justify="center" gap="lg">
        <Group gap={6}>
          <ColorSwatch color="var(--mantine-color-orange-6)" size={12} withShadow={false} />
          <Text size="sm">{t('radar.need')}</Text>
        </Group>
        <Group gap={6}>
          <ColorSwatch color="var(--mantine-color-sea-6)" size={12} withShadow={false} />
          <Text size="sm">{t('radar.you')}</Text>
        </Group>
      </Group>
    </div>
  );
}

const LINE_HEIGHT = 14;

interface AxisLabelProps {
  x?: number | string;
  y?: number | string;
  cy?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value?: unknown };
}

/**
 * A whole skill name around the radar, on up to three lines: labels above the centre grow
 * upwards and those beside it are centred on their spoke, so no line runs into the chart.
 */
function AxisLabel({ x = 0, y = 0, cy = 0, textAnchor = 'middle', payload }: AxisLabelProps) {
  const name = String(payload?.value ?? '');
  const lines = labelLines(name);
  const top = Number(y);
  const centre = Number(cy);
  const shift = top < centre - 8 ? -(lines.length - 1) * LINE_HEIGHT : top > centre + 8 ? LINE_HEIGHT / 2 : (-(lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={top + shift} textAnchor={textAnchor} fontSize={12} fill="currentColor" className={classes.axisLabel}>
      <title>{name}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? 4 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
