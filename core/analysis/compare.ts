import type { Catalog, Role } from '../model/catalog';
import { fail, ok, type Result } from '../model/result';
import { analysisIndexFor, compareIds } from './courseIndex';
import { fitRole, levelsOf, type FitProfile } from './fit';
import { coverBySetCover, mergeGapTargets } from './gapCover';
import type { RoleComparison, RoleFit, SharedGap } from './types';

/**
 * Fits of a few roles side by side, the gaps they share (what to learn first to keep several
 * doors open), and the courses that would make the person ready for all of them at once.
 * Hours use the greedy set cover. A repeated role id is compared once; an unknown one fails with
 * 'not-found' and the path of the offending id.
 */
export function compareRoles(profile: FitProfile, roleIds: readonly string[], catalog: Catalog): Result<RoleComparison> {
  const index = analysisIndexFor(catalog);
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const [position, roleId] of roleIds.entries()) {
    const role = index.roleById.get(roleId);
    if (!role) return fail('not-found', `role "${roleId}" is not in the catalog`, `roleIds.${position}`);
    if (seen.has(roleId)) continue;
    seen.add(roleId);
    roles.push(role);
  }

  const levels = levelsOf(profile);
  const fits = roles.map((role) => fitRole(levels, profile.background, role, index));
  const allGaps = fits.flatMap((fit) => fit.requirements.filter((item) => item.gap > 0));
  return ok({
    fits,
    sharedGaps: findSharedGaps(fits),
    combined: coverBySetCover(mergeGapTargets(allGaps), index),
  });
}

function findSharedGaps(fits: readonly RoleFit[]): SharedGap[] {
  const bySkill = new Map<string, SharedGap>();
  for (const fit of fits) {
    // A role naming a skill twice counts once, with its highest need and summed weight.
    const gapsOfRole = new Map<string, SharedGap['roles'][number] & { have: number }>();
    for (const item of fit.requirements) {
      if (item.gap === 0) continue;
      const known = gapsOfRole.get(item.skillId);
      if (known) {
        known.need = Math.max(known.need, item.need);
        known.weight += item.weight;
        if (item.importance > known.importance) known.importance = item.importance;
      } else {
        gapsOfRole.set(item.skillId, {
          roleId: fit.roleId,
          need: item.need,
          importance: item.importance,
          weight: item.weight,
          have: item.have,
        });
      }
    }
    for (const [skillId, { have, ...perRole }] of gapsOfRole) {
      let shared = bySkill.get(skillId);
      if (!shared) {
        shared = { skillId, have, maxNeed: 0, roles: [], totalWeight: 0 };
        bySkill.set(skillId, shared);
      }
      shared.roles.push(perRole);
      shared.maxNeed = Math.max(shared.maxNeed, perRole.need);
      shared.totalWeight += perRole.weight;
    }
  }
  return [...bySkill.values()]
    .filter((shared) => shared.roles.length >= 2)
    .sort(
      (a, b) => b.totalWeight - a.totalWeight || b.roles.length - a.roles.length || compareIds(a.skillId, b.skillId),
    );
}
