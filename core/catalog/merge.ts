import type { Catalog, Course, Role, Skill, UserCatalog } from '../model/catalog';

/**
 * Built-in entries keep their place; a user entry with the same id takes that place, the others
 * follow in the user's order. When the user's own list repeats an id, the last one wins.
 */
function mergeById<T extends { id: string }>(builtin: readonly T[], user: readonly T[]): T[] {
  const userById = new Map<string, T>();
  for (const entry of user) userById.set(entry.id, entry);

  const merged: T[] = [];
  const placed = new Set<string>();
  for (const entry of builtin) {
    const replacement = userById.get(entry.id);
    if (replacement === undefined) {
      merged.push(entry);
    } else if (!placed.has(entry.id)) {
      merged.push(replacement);
      placed.add(entry.id);
    }
  }
  for (const entry of user) {
    if (placed.has(entry.id)) continue;
    merged.push(userById.get(entry.id)!);
    placed.add(entry.id);
  }
  return merged;
}

/** The catalog the person works with: the built-in matrix with their own entries laid over it. */
export function mergeCatalog(builtin: Catalog, user: UserCatalog): Catalog {
  return {
    version: builtin.version,
    skills: mergeById(builtin.skills, user.skills),
    roles: mergeById(builtin.roles, user.roles),
    courses: mergeById(builtin.courses, user.courses),
    ...(builtin.backgroundProfiles ? { backgroundProfiles: builtin.backgroundProfiles } : {}),
  };
}

export interface CatalogIndex {
  skillsById: ReadonlyMap<string, Skill>;
  rolesById: ReadonlyMap<string, Role>;
  coursesById: ReadonlyMap<string, Course>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // The first entry wins, matching what validateCatalog reports as the original of a duplicate.
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Lookup tables by id, built once per catalog and shared by analysis, planning and the screens. */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  return {
    skillsById: byId(catalog.skills),
    rolesById: byId(catalog.roles),
    coursesById: byId(catalog.courses),
  };
}
