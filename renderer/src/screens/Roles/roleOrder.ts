import { localized, type Locale, type Role, type RoleFamily, type RoleFit } from '../../../../core';

export const ROLE_SORTS = ['readiness', 'hours', 'title'] as const;
export type RoleSort = (typeof ROLE_SORTS)[number];
export type FamilyFilter = RoleFamily | 'all';

export interface RankedRole {
  role: Role;
  fit: RoleFit;
}

/**
 * The ranked roles in the order the person asked for. rankRoles already gives readiness desc,
 * hours asc, id; the other orders fall back on that rank for ties so the list never shuffles.
 */
export function sortRoles(ranked: readonly RankedRole[], sort: RoleSort, locale: Locale): RankedRole[] {
  const rank = new Map(ranked.map((entry, index) => [entry.role.id, index]));
  const byRank = (a: RankedRole, b: RankedRole) => (rank.get(a.role.id) ?? 0) - (rank.get(b.role.id) ?? 0);
  const list = [...ranked];
  switch (sort) {
    case 'readiness':
      return list.sort(byRank);
    case 'hours':
      // A role with gaps no course covers (in the person's languages) is further than its hours
      // say: it comes after every role the courses can take the person to.
      return list.sort((a, b) => Number(a.fit.uncoveredSkillIds.length > 0) - Number(b.fit.uncoveredSkillIds.length > 0) || a.fit.hoursToReady - b.fit.hoursToReady || byRank(a, b));
    case 'title':
      return list.sort(
        (a, b) => localized(a.role.title, locale).localeCompare(localized(b.role.title, locale), locale) || byRank(a, b),
      );
  }
}

export function filterByFamily(ranked: readonly RankedRole[], family: FamilyFilter): RankedRole[] {
  return family === 'all' ? [...ranked] : ranked.filter((entry) => entry.role.family === family);
}

/** The person's target roles first (in the chosen order), then the others. */
export function splitTargets(ranked: readonly RankedRole[], targetIds: readonly string[]) {
  const targets = new Set(targetIds);
  return {
    targets: ranked.filter((entry) => targets.has(entry.role.id)),
    others: ranked.filter((entry) => !targets.has(entry.role.id)),
  };
}
