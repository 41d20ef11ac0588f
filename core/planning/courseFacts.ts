import type { Catalog, Course } from '../model/catalog';

/** A level of a skill named by its number (PlannerIndex.skillNumbers). */
export interface NumberedLevel {
  skill: number;
  level: number;
}

/** A course as the planner reads it: best level per taught skill, highest level per expected one. */
export interface CourseFacts {
  course: Course;
  minutes: number;
  teaches: ReadonlyMap<string, number>;
  expects: ReadonlyMap<string, number>;
  /**
   * teaches and expects again, in the same order, by skill number: the course search reads them
   * at every node it visits, where arrays indexed by number answer faster than maps by id.
   */
  taught: readonly NumberedLevel[];
  expected: readonly NumberedLevel[];
}

export interface PlannerIndex {
  /** Every distinct course of the catalog that is not a portfolio project, by id (code-unit order). */
  courses: readonly CourseFacts[];
  /** The courses (not projects) written for an audience, by id. */
  forAudiences: readonly CourseFacts[];
  /** The portfolio projects, by id: planned after the courses, never chosen to teach. */
  projects: readonly CourseFacts[];
  byId: ReadonlyMap<string, CourseFacts>;
  /** skill id -> prerequisite skill ids. */
  prerequisites: ReadonlyMap<string, readonly string[]>;
  /** skill id -> every course teaching it, whatever its language or expectations. */
  teachersOf: ReadonlyMap<string, readonly CourseFacts[]>;
  /** Every skill a course teaches or expects: a skill's number is its place here. */
  skillIds: readonly string[];
  skillNumbers: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Catalog, PlannerIndex>();

function bestLevels(list: Course['teaches']): Map<string, number> {
  const levels = new Map<string, number>();
  for (const entry of list) levels.set(entry.skillId, Math.max(levels.get(entry.skillId) ?? 0, entry.level));
  return levels;
}

/** Whole minutes of a course, at least one, so sums of fractional hours compare exactly. */
export function courseMinutes(hours: number): number {
  return Math.max(1, Math.ceil(hours * 60 - 1e-6));
}

/**
 * Catalogs are immutable values (replaced, never edited in place), so the index is memoised by
 * identity; the WeakMap lets a replaced catalog and its index be collected together.
 */
export function plannerIndexFor(catalog: Catalog): PlannerIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const distinct = new Map<string, Course>();
  // Ids are unique in a valid catalog; if not, the first one wins, like everywhere else.
  for (const course of catalog.courses) if (!distinct.has(course.id)) distinct.set(course.id, course);
  // Skills are numbered as the courses name them.
  const skillNumbers = new Map<string, number>();
  const numbered = (list: ReadonlyMap<string, number>): NumberedLevel[] => {
    const entries: NumberedLevel[] = [];
    for (const [skillId, level] of list) {
      let skill = skillNumbers.get(skillId);
      if (skill === undefined) skillNumbers.set(skillId, (skill = skillNumbers.size));
      entries.push({ skill, level });
    }
    return entries;
  };
  const byId = new Map<string, CourseFacts>();
  for (const course of distinct.values()) {
    const teaches = bestLevels(course.teaches);
    const expects = bestLevels(course.expects);
    byId.set(course.id, { course, minutes: courseMinutes(course.hours), teaches, expects, taught: numbered(teaches), expected: numbered(expects) });
  }
  const prerequisites = new Map<string, readonly string[]>();
  for (const skill of catalog.skills) if (!prerequisites.has(skill.id)) prerequisites.set(skill.id, skill.prerequisites);
  const all = [...byId.values()].sort((a, b) => compareIds(a.course.id, b.course.id));
  const courses = all.filter((facts) => !facts.course.project);
  const projects = all.filter((facts) => facts.course.project);
  const forAudiences = courses.filter((facts) => facts.course.audience !== undefined);
  index = { courses, forAudiences, projects, byId, prerequisites, teachersOf: coursesBySkill(courses, 'teaches'), skillIds: [...skillNumbers.keys()], skillNumbers };
  indexes.set(catalog, index);
  return index;
}

/** skill id -> the courses teaching it (or expecting it), in the order given. */
export function coursesBySkill(courses: readonly CourseFacts[], side: 'teaches' | 'expects'): Map<string, CourseFacts[]> {
  const bySkill = new Map<string, CourseFacts[]>();
  for (const facts of courses) {
    for (const skillId of facts[side].keys()) {
      const list = bySkill.get(skillId);
      if (list) list.push(facts);
      else bySkill.set(skillId, [facts]);
    }
  }
  return bySkill;
}

/** True when the levels meet every level the course expects. */
export function expectsMet(facts: CourseFacts, levels: ReadonlyMap<string, number>): boolean {
  for (const [skillId, level] of facts.expects) if ((levels.get(skillId) ?? 0) < level) return false;
  return true;
}

/** The level a course teaches of a skill, 0 when it does not teach it. */
export function levelTaught(facts: CourseFacts, skill: number): number {
  for (const taught of facts.taught) if (taught.skill === skill) return taught.level;
  return 0;
}

/** Plain code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A course is offered when it is taught in one of the languages, or in many ('multi'). */
export function speaksOneOf(course: Course, languages: readonly string[] | undefined): boolean {
  if (languages === undefined) return true;
  return course.languages.some((language) => language === 'multi' || languages.includes(language));
}
