import { ROLE_FAMILIES, type Role, type RoleFamily } from '../../../../core';

/**
 * Most target roles a person may hold at once, the same in onboarding and in the profile. More
 * than a handful makes a plan too long to be useful. The profile schema stores up to 50
 * (core's storage bound, for imported files); the screens ask for no more than this.
 */
export const MAX_TARGET_ROLES = 5;

/** The roles grouped by family, in the families' fixed order; a family without a role is left out. */
export function rolesByFamily(roles: readonly Role[]): Array<{ family: RoleFamily; roles: Role[] }> {
  return ROLE_FAMILIES.map((family) => ({ family, roles: roles.filter((role) => role.family === family) })).filter(
    (group) => group.roles.length > 0,
  );
}
