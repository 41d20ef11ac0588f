import type { Catalog } from '../model/catalog';
import { analysisIndexFor, compareIds } from './courseIndex';
import { fitRole, levelsOf, type FitProfile } from './fit';
import type { RoleFit } from './types';

/**
 * Every role of the catalog analysed for the person: readiness desc, then hours to ready asc,
 * then role id, so ties always come out in the same order.
 * Hours use the same full greedy set cover as analyzeFit, not a cheaper estimate: the skill ->
 * courses index is built once per catalog and memoised, and each role only looks at the courses
 * teaching its own gaps, which keeps 1,000 roles × 3,000 courses well inside the 50 ms budget
 * (figures from test/bench/analysis.bench.ts).
 */
export function rankRoles(profile: FitProfile, catalog: Catalog): RoleFit[] {
  const index = analysisIndexFor(catalog);
  const levels = levelsOf(profile);
  const fits: RoleFit[] = [];
  for (const role of index.roleById.values()) {
    fits.push(fitRole(levels, profile.background, role, index));
  }
  return fits.sort(compareFits);
}

export function compareFits(a: RoleFit, b: RoleFit): number {
  // Readiness is a ratio of small integers: equal ratios give equal doubles, so === is safe.
  return b.readiness - a.readiness || a.hoursToReady - b.hoursToReady || compareIds(a.roleId, b.roleId);
}
