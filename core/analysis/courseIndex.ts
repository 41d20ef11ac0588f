import type { Catalog, Course, Role } from '../model/catalog';

/** A course that teaches one skill, and to which level. */
export interface Teacher {
  course: Course;
  level: number;
  /** Position of the course in the index, for array lookups in the set cover's hot loop. */
  courseNumber: number;
}

/** Lookups built once per catalog so analysing many roles never rescans the courses. */
export interface AnalysisIndex {
  roleById: Map<string, Role>;
  /** skill id -> the courses that teach it, in catalog order (the set cover breaks ties by id). */
  teachersBySkill: Map<string, Teacher[]>;
  /**
   * Scratch space for the set cover, one slot per course, reused by every call so a rank of
   * 1,000 roles allocates no per-role lookup table. Calls are synchronous, so never interleaved.
   */
  candidateSlot: Int32Array;
  slotStamp: Uint32Array;
  stamp: { value: number };
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
    const courseNumber = seenCourseIds.size - 1;
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
      teachers.push({ course, level, courseNumber });
    }
  }
  return {
    roleById,
    teachersBySkill,
    candidateSlot: new Int32Array(seenCourseIds.size),
    slotStamp: new Uint32Array(seenCourseIds.size),
    stamp: { value: 0 },
  };
}

/** Plain code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
