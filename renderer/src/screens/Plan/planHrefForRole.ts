import type { Plan } from '../../../../core';

/**
 * Where "Plan for this role" leads: the plan that already targets the role (the active one first,
 * then the newest), so a person finds the plan they made instead of a blank builder; otherwise the
 * builder with that role chosen.
 */
export function planHrefForRole(plans: readonly Plan[], activePlanId: string | null, roleId: string): string {
  const targeting = plans.filter((plan) => plan.targetRoleIds.includes(roleId));
  const existing =
    targeting.find((plan) => plan.id === activePlanId) ??
    [...targeting].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0];
  return existing ? `#/plan/${encodeURIComponent(existing.id)}` : `#/plan/new?roles=${encodeURIComponent(roleId)}`;
}
