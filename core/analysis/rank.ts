import type { Catalog } from '../model/catalog';
import { analysisIndexFor, compareIds } from './courseIndex';
import { fitRole, levelsOf, type FitProfile } from './fit';
import type { RoleFit } from './types';

/**
 * Every role of the catalog analysed for the person: readiness desc, then hours to ready asc,
 * then role id, so ties always come out in the same order.
 * Hours use the same greedy set cover as analyzeFit ('set-cover'): the per-catalog index (skill ->
 * courses) is built once and memoised, and each role only looks at the courses teaching its own
 * gaps, so 1,000 roles stay well inside the 50 ms budget (see test/bench/analysis.bench.ts).
 */
export function rankRoles(profile: FitProfile, catalog: Catalog): RoleFit[] {
  const index = analysisIndexFor(catalog);
  const levels = levelsOf(profile);
  const fits: RoleFit[] = [];
  for (const role of index.roleById.values()) {
    fits.push(fitRole(levels, profile.background, role, index, 'set-cover'));
  }
  return fits.sort(compareFits);
}

export function compareFits(a: RoleFit, b: RoleFit): number {
  // Readiness is a ratio of small integers: equal ratios give equal doubles, so === is safe.
  return b.readiness - a.readiness || a.hoursToReady - b.hoursToReady || compareIds(a.roleId, b.roleId);
}
