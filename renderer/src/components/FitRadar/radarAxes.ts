import type { RequirementGap } from '../../../../core';

/** More axes than this make a radar unreadable; the rest are in the gap table. */
export const MAX_RADAR_AXES = 12;

/**
 * The requirements a radar can show: the most important ones (then the highest needed level,
 * then the analysis order), at most `max`.
 */
export function radarAxes(requirements: readonly RequirementGap[], max = MAX_RADAR_AXES): RequirementGap[] {
  return requirements
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.importance - a.item.importance || b.item.need - a.item.need || a.index - b.index)
    .slice(0, max)
    .map(({ item }) => item);
}

/**
 * An axis label broken into lines at spaces, so long names (French especially) show whole around
 * the chart rather than cut. A single word longer than a line keeps its own line; past `maxLines`
 * the last line ends with an ellipsis, and the tick carries the full name as its tooltip.
 */
export function labelLines(name: string, lineLength = 18, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= lineLength) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, lineLength - 1).trimEnd()}…`;
  return kept;
}

/** One axis of the radar: a skill, with the person's level and the role's (0-4). */
export interface RadarPoint {
  skill: string;
  you: number;
  need: number;
}

interface XY {
  x: number;
  y: number;
}

export interface RadarGeometry {
  centre: XY;
  /** The level 1-4 rings, each a polygon through every axis. */
  rings: XY[][];
  /** Per axis: where its spoke ends, where its label sits and which way the label runs. */
  axes: { skill: string; end: XY; label: XY; anchor: 'start' | 'middle' | 'end' }[];
  need: XY[];
  you: XY[];
}

const TOP_LEVEL = 4;
/** Room kept around the rings for the labels: three lines of 14 px above and below, 18 characters beside. */
const MARGIN = { x: 150, y: 62 };
const LABEL_GAP = 12;

/**
 * Where everything of a radar goes in a width × height drawing: the first axis points up and the
 * others follow clockwise, levels 0-4 run from the centre to the outer ring, and a label sits
 * past the end of its spoke, anchored away from the centre.
 */
export function radarGeometry(points: readonly RadarPoint[], size: { width: number; height: number }): RadarGeometry {
  const centre = { x: size.width / 2, y: size.height / 2 };
  const radius = Math.max(0, Math.min(size.width / 2 - MARGIN.x, size.height / 2 - MARGIN.y));
  const angles = points.map((_, index) => Math.PI / 2 - (2 * Math.PI * index) / points.length);
  const at = (angle: number, distance: number): XY => ({
    x: centre.x + distance * Math.cos(angle),
    y: centre.y - distance * Math.sin(angle),
  });
  const ofLevel = (level: number) => (radius * Math.min(Math.max(level, 0), TOP_LEVEL)) / TOP_LEVEL;
  return {
    centre,
    rings: [1, 2, 3, 4].map((level) => angles.map((angle) => at(angle, ofLevel(level)))),
    axes: points.map((point, index) => {
      const cos = Math.cos(angles[index]);
      return {
        skill: point.skill,
        end: at(angles[index], radius),
        label: at(angles[index], radius + LABEL_GAP),
        anchor: Math.abs(cos) < 1e-6 ? 'middle' : cos > 0 ? 'start' : 'end',
      };
    }),
    need: points.map((point, index) => at(angles[index], ofLevel(point.need))),
    you: points.map((point, index) => at(angles[index], ofLevel(point.you))),
  };
}
