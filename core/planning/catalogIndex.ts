import type { Catalog, Course, Role, Skill } from '../model/catalog';

/**
 * Lookup tables over a catalog, built once per call so selection and ordering stay linear.
 * Kept local to planning on purpose: the planner must not depend on core/catalog.
 */
export interface CatalogIndex {
  skills: Map<string, Skill>;
  roles: Map<string, Role>;
  courses: Map<string, Course>;
  /** Prerequisite ids of a skill (none for a skill the catalog does not define). */
  prerequisitesOf(skillId: string): readonly string[];
  /** Skills that list `skillId` among their prerequisites. */
  dependentsOf(skillId: string): readonly string[];
  /** Best level each course teaches each skill at. */
  teachLevel(course: Course, skillId: string): number;
}

const NONE: readonly string[] = [];

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const skills = new Map<string, Skill>();
  const dependents = new Map<string, string[]>();
  for (const skill of catalog.skills) {
    if (skills.has(skill.id)) continue;
    skills.set(skill.id, skill);
  }
  for (const skill of skills.values()) {
    for (const prerequisite of new Set(skill.prerequisites)) {
      const list = dependents.get(prerequisite);
      if (list) list.push(skill.id);
      else dependents.set(prerequisite, [skill.id]);
    }
  }
  const roles = new Map<string, Role>();
  for (const role of catalog.roles) if (!roles.has(role.id)) roles.set(role.id, role);
  const courses = new Map<string, Course>();
  for (const course of catalog.courses) if (!courses.has(course.id)) courses.set(course.id, course);
  const teachLevels = new WeakMap<Course, Map<string, number>>();
  return {
    skills,
    roles,
    courses,
    prerequisitesOf: (skillId) => skills.get(skillId)?.prerequisites ?? NONE,
    dependentsOf: (skillId) => dependents.get(skillId) ?? NONE,
    teachLevel(course, skillId) {
      let levels = teachLevels.get(course);
      if (!levels) {
        levels = new Map();
        for (const taught of course.teaches) levels.set(taught.skillId, Math.max(levels.get(taught.skillId) ?? 0, taught.level));
        teachLevels.set(course, levels);
      }
      return levels.get(skillId) ?? 0;
    },
  };
}

/**
 * A prerequisite cycle among the catalog's skills, as the skill ids in order around the loop
 * (first id repeated at the end), or null when the prerequisites form no loop.
 */
export function findPrerequisiteCycle(index: CatalogIndex): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const ids = [...index.skills.keys()].sort();
  for (const root of ids) {
    if (state.has(root)) continue;
    // Iterative depth-first search; the path holds the open skills from the root.
    const path: string[] = [root];
    const cursors: number[] = [0];
    state.set(root, 'open');
    while (path.length > 0) {
      const current = path[path.length - 1];
      const prerequisites = index.prerequisitesOf(current);
      const cursor = cursors[cursors.length - 1];
      if (cursor >= prerequisites.length) {
        state.set(current, 'done');
        path.pop();
        cursors.pop();
        continue;
      }
      cursors[cursors.length - 1] = cursor + 1;
      const next = prerequisites[cursor];
      const seen = state.get(next);
      if (seen === 'open') return [...path.slice(path.indexOf(next)), next];
      if (seen === undefined && index.skills.has(next)) {
        state.set(next, 'open');
        path.push(next);
        cursors.push(0);
      }
    }
  }
  return null;
}
