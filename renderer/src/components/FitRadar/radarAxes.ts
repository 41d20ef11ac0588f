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
