import type { RequirementGap } from '../../../../core';

/**
 * The rows in a frozen order when there is one (ids no longer present are dropped, new ones
 * appended in their natural place), else in the analysis order (largest gap first).
 */
export function orderedRows(requirements: readonly RequirementGap[], frozen: readonly string[] | null): RequirementGap[] {
  if (!frozen) return [...requirements];
  const byId = new Map(requirements.map((item) => [item.skillId, item]));
  const kept = frozen.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const keptIds = new Set(frozen);
  return [...kept, ...requirements.filter((item) => !keptIds.has(item.skillId))];
}

/** True when the shown order is no longer the largest-gap-first order. */
export function isStale(requirements: readonly RequirementGap[], shown: readonly RequirementGap[]): boolean {
  return requirements.some((item, index) => shown[index]?.skillId !== item.skillId);
}
