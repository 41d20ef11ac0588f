import type { Catalog, Course, Role } from '../model/catalog';

/** A course that teaches one skill, and to which level. */
export interface Teacher {
  course: Course;
  level: number;
}

/** Lookups built once per catalog so analysing many roles never rescans the courses. */
export interface AnalysisIndex {
  roleById: Map<string, Role>;
  /**
   * skill id -> the courses that teach it, shortest first (then highest level, then id), so the
   * first teacher reaching a level is the cheapest way to get there.
   */
  teachersBySkill: Map<string, Teacher[]>;
}

/*
 * Catalogs are treated as immutable values (they come from the store or React state and are
 * replaced, never edited in place), so the index can be memoised by object identity. The WeakMap
 * lets a replaced catalog and its index be collected together.
 */
const indexes = new WeakMap<Catalog, AnalysisIndex>();

export function analysisIndexFor(catalog: Catalog): AnalysisIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: Catalog): AnalysisIndex {
  const roleById = new Map<string, Role>();
  for (const role of catalog.roles) {
    // Ids are unique in a valid catalog; if not, the first one wins, like everywhere else here.
    if (!roleById.has(role.id)) roleById.set(role.id, role);
  }

  const teachersBySkill = new Map<string, Teacher[]>();
  const seenCourseIds = new Set<string>();
  for (const course of catalog.courses) {
    if (seenCourseIds.has(course.id)) continue;
    seenCourseIds.add(course.id);
    // A course listing a skill twice teaches it to the higher level.
    const levels = new Map<string, number>();
    for (const taught of course.teaches) {
      levels.set(taught.skillId, Math.max(levels.get(taught.skillId) ?? 0, taught.level));
    }
    for (const [skillId, level] of levels) {
      let teachers = teachersBySkill.get(skillId);
      if (!teachers) {
        teachers = [];
        teachersBySkill.set(skillId, teachers);
      }
      teachers.push({ course, level });
    }
  }
  for (const teachers of teachersBySkill.values()) teachers.sort(compareTeachers);
  return { roleById, teachersBySkill };
}

function compareTeachers(a: Teacher, b: Teacher): number {
  return a.course.hours - b.course.hours || b.level - a.level || compareIds(a.course.id, b.course.id);
}

/** Plain code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
