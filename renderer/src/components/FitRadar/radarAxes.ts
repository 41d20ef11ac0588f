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

/** Axis labels are short so they fit around the chart; the table beside it has the full names. */
export function shortLabel(name: string, maxLength = 26): string {
  return name.length <= maxLength ? name : `${name.slice(0, maxLength - 1).trimEnd()}…`;
}
