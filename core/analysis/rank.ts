import type { Catalog } from '../model/catalog';
import { effectiveLevels } from '../planning/needs';
import { compareIds } from '../planning/courseFacts';
import { fitRole, type FitProfile } from './fit';
import type { RoleFit } from './types';

/**
 * Every role of the catalog analysed for the person: core readiness desc, then hours to ready
 * asc, then full readiness desc, then role id, so ties always come out in the same order.
 * Hours are analyzeFit's, from the planner's own course choice.
 */
export function rankRoles(profile: FitProfile, catalog: Catalog): RoleFit[] {
  const person = effectiveLevels(profile, catalog);
  const seen = new Set<string>();
  const fits: RoleFit[] = [];
  for (const role of catalog.roles) {
    // Ids are unique in a valid catalog; if not, the first one wins, like everywhere else.
    if (seen.has(role.id)) continue;
    seen.add(role.id);
    fits.push(fitRole(person, profile, role, catalog));
  }
  return fits.sort(compareFits);
}

export function compareFits(a: RoleFit, b: RoleFit): number {
  // Readiness is a ratio of small integers: equal ratios give equal doubles, so === is safe.
  return (
    b.coreReadiness - a.coreReadiness ||
    a.hoursToReady - b.hoursToReady ||
    b.readiness - a.readiness ||
    compareIds(a.roleId, b.roleId)
  );
}
