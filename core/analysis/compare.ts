import type { Catalog, Role } from '../model/catalog';
import { fail, ok, type Result } from '../model/result';
import { effectiveLevels, needsOf } from '../planning/needs';
import { planCourses } from '../planning/planCourses';
import { compareIds } from '../planning/courseFacts';
import { fitRole, type FitProfile } from './fit';
import type { RoleComparison, RoleFit, SharedGap } from './types';

/**
 * Fits of a few roles side by side, the gaps they share (what to learn first to keep several
 * doors open), and the courses that would make the person ready for all of them at once.
 * Hours come from planCourses, the plan builder's own choice. A repeated role id is compared once; an unknown one fails with
 * 'not-found' and the path of the offending id.
 */
export function compareRoles(profile: FitProfile, roleIds: readonly string[], catalog: Catalog): Result<RoleComparison> {
  const roleById = new Map<string, Role>();
  for (const role of catalog.roles) if (!roleById.has(role.id)) roleById.set(role.id, role);
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const [position, roleId] of roleIds.entries()) {
    const role = roleById.get(roleId);
    if (!role) return fail('not-found', `role "${roleId}" is not in the catalog`, `roleIds.${position}`);
    if (seen.has(roleId)) continue;
    seen.add(roleId);
    roles.push(role);
  }

  const person = effectiveLevels(profile, catalog);
  const fits = roles.map((role) => fitRole(person, profile, role, catalog));
  const plan = planCourses(person.levels, needsOf(roles, 'core'), catalog, { languages: profile.languages, roleIds: roles.map((role) => role.id), background: profile.background });
  return ok({
    fits,
    sharedGaps: findSharedGaps(fits),
    combined: {
      hoursToReady: plan.totalHours,
      coursesToReady: plan.courses.map((course) => course.id),
      uncoveredSkillIds: plan.uncovered.map((gap) => gap.skillId),
    },
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
