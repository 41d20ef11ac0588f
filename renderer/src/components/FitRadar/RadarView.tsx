import { ColorSwatch, Group, Text } from '@mantine/core';
import { memo } from 'react';
import { useI18n } from '../../i18n';
import classes from './FitRadar.module.css';
import { labelLines, radarGeometry, type RadarPoint } from './radarAxes';

/** The drawing's own coordinates; it scales down to a narrower section and is centred in a wider one. */
const WIDTH = 600;
const HEIGHT = 380;
const LINE_HEIGHT = 14;

const pointsText = (points: readonly { x: number; y: number }[]) => points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');

/**
 * The chart itself: the role's levels (dashed) and the person's (filled) on one axis per skill,
 * levels 0-4 from the centre out. Drawn as plain SVG from radarGeometry rather than with a chart
 * library: a level change redraws two polygons, within the frame that repaints the gap table. It is
 * hidden from assistive technology, which reads the table next to it instead.
 */
export const RadarView = memo(function RadarView({ points }: { points: readonly RadarPoint[] }) {
  const { t } = useI18n();
  const geometry = radarGeometry(points, { width: WIDTH, height: HEIGHT });
  return (
    <div className={classes.chart} aria-hidden="true" data-testid="fit-radar-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} className={classes.svg}>
        {geometry.rings.map((ring, index) => (
          <polygon key={index} points={pointsText(ring)} className={classes.grid} />
        ))}
        {geometry.axes.map((axis) => (
          <line key={axis.skill} x1={geometry.centre.x} y1={geometry.centre.y} x2={axis.end.x} y2={axis.end.y} className={classes.grid} />
        ))}
        <polygon points={pointsText(geometry.need)} className={classes.need} data-series="need" />
        <polygon points={pointsText(geometry.you)} className={classes.you} data-series="you" />
        {geometry.axes.map((axis) => (
          <AxisLabel key={axis.skill} name={axis.skill} x={axis.label.x} y={axis.label.y} anchor={axis.anchor} centreY={geometry.centre.y} />
        ))}
      </svg>
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
});

interface AxisLabelProps {
  name: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  centreY: number;
}

/**
 * A whole skill name around the radar, on up to three lines: labels above the centre grow
 * upwards and those beside it are centred on their spoke, so no line runs into the chart.
 */
function AxisLabel({ name, x, y, anchor, centreY }: AxisLabelProps) {
  const lines = labelLines(name);
  const shift = y < centreY - 8 ? -(lines.length - 1) * LINE_HEIGHT : y > centreY + 8 ? LINE_HEIGHT / 2 : (-(lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={y + shift} textAnchor={anchor} fontSize={12} className={classes.axisLabel}>
      <title>{name}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 4 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
