import type { Background, Catalog, Course, SkillLevel } from '../model/catalog';
import type { UncoveredGap } from '../model/plan';
import { compareIds, plannerIndexFor, speaksOneOf, type CourseFacts, type PlannerIndex } from './courseFacts';
import type { Need } from './needs';
import { bestSet } from './courseSearch';
import { levelsKey, personContext } from './personContext';
import { studyOrder } from './studyOrder';

export { EXPECTED_SKILL_IMPORTANCE } from './openRequirements';

export interface PlanCoursesOptions {
  /** Languages the person studies in; undefined offers every course. */
  languages?: readonly string[];
  /** Courses the person removed. */
  excluded?: ReadonlySet<string>;
  /** Courses the person pinned: each one that raises a needed skill is kept. */
  preferred?: ReadonlySet<string>;
  /** Target roles whose portfolio projects the plan includes (docs/advice.md "Portfolio projects"). */
  roleIds?: readonly string[];
  /**
   * The person's background: with roleIds, who a course written for an audience is for. Without
   * it (and without roleIds) every course counts as written for the person.
   */
  background?: Background;
}

export interface ItemWhy {
  /** On a portfolio project: the levels it gives evidence of. */
  shows?: SkillLevel[];
  /** The needs this course is the first to close in the plan. */
  closes: SkillLevel[];
  /** Levels later courses expect that this course is the first to teach. */
  prepares: Array<SkillLevel & { forCourseId: string }>;
  pinned: boolean;
}

export interface CoursePlan {
  /** The chosen courses in study order: each one after the courses teaching what it expects. */
  courses: Course[];
  why: ItemWhy[];
  totalHours: number;
  /** Needs no course the person can take reaches, with the reason, by skill id. */
  uncovered: UncoveredGap[];
}

/**
 * The one course choice behind every hours figure (docs/advice.md "One planner"): the fewest
 * total hours of courses that bring every need to its level, where a course is only taken once
 * the levels it expects are met (by the person or an earlier course). Courses outside the
 * person's languages or removed by them are never offered; a need they leave unreachable is
 * listed as uncovered with the reason, and only then.
 */
export function planCourses(
  levels: ReadonlyMap<string, number>,
  needs: readonly Need[],
  catalog: Catalog,
  options: PlanCoursesOptions = {},
): CoursePlan {
  const index = plannerIndexFor(catalog);
  const preferred = options.preferred ?? new Set<string>();
  const person = levelsKey(levels);
  const everyone = personContext(catalog, index, levels, options, null, person);
  // Courses written for another audience ("for teachers") are left out, unless a need can only
  // be reached with them: then the choice is made among every course, as a coach would too.
  // Keyed by the courses left out, not by the roles, so ranking every role shares a few contexts.
  const otherAudience = index.forAudiences.filter((facts) => !writtenFor(facts.course, options));
  const forPerson = otherAudience.length === 0 ? everyone : personContext(catalog, index, levels, options, new Set(otherAudience.map((facts) => facts.course.id)), person);

  const open: Need[] = [];
  const uncovered: UncoveredGap[] = [];
  let needsOtherAudience = false;
  for (const need of needs) {
    const have = levels.get(need.skillId) ?? 0;
    if (have >= need.level) continue;
    if ((everyone.reach.levels.get(need.skillId) ?? 0) >= need.level) {
      open.push({ ...need });
      if ((forPerson.reach.levels.get(need.skillId) ?? 0) < need.level) needsOtherAudience = true;
    } else uncovered.push({ skillId: need.skillId, level: need.level as SkillLevel['level'], reason: whyUnreachable(need, levels, person, catalog, index, options) });
  }
  const space = needsOtherAudience ? everyone : forPerson;
  const { usable } = space;
  const forced =
    preferred.size === 0
      ? []
      : usable.filter(
          (facts) => preferred.has(facts.course.id) && open.some((need) => (facts.teaches.get(need.skillId) ?? 0) > (levels.get(need.skillId) ?? 0)),
        );
  const chosen = bestSet(open, forced, space);
  const studied = studyOrder(chosen, levels, index, new Map(open.map((need) => [need.skillId, need.level])));
  const ordered = withProjects(studied, levels, index, options);
  return {
    courses: ordered.map((facts) => facts.course),
    why: explain(ordered, levels, open, preferred),
    totalHours: ordered.reduce((sum, facts) => sum + facts.course.hours, 0),
    uncovered: uncovered.sort((a, b) => compareIds(a.skillId, b.skillId)),
  };
}

function whyUnreachable(
  need: Need,
  levels: ReadonlyMap<string, number>,
  person: string,
  catalog: Catalog,
  index: PlannerIndex,
  options: PlanCoursesOptions,
): UncoveredGap['reason'] {
  const teachers = (index.teachersOf.get(need.skillId) ?? []).filter((facts) => (facts.teaches.get(need.skillId) ?? 0) >= need.level);
  if (teachers.length === 0) return 'no-course';
  if (!teachers.some((facts) => speaksOneOf(facts.course, options.languages))) return 'language';
  // The same person with nothing excluded: reachable then means only the exclusions stand in the way.
  const inLanguageReach = personContext(catalog, index, levels, { languages: options.languages }, null, person).reach.levels;
  if ((inLanguageReach.get(need.skillId) ?? 0) >= need.level) return 'excluded';
  return 'expects';
}

/** True for a course written for everyone, or for the person's background or one of their target roles. */
export function writtenFor(course: Course, options: Pick<PlanCoursesOptions, 'background' | 'roleIds'>): boolean {
  const { audience } = course;
  if (!audience) return true;
  if (options.background === undefined && options.roleIds === undefined) return true;
  return (
    (options.background !== undefined && audience.backgrounds.includes(options.background)) ||
    (options.roleIds ?? []).some((roleId) => audience.roleIds.includes(roleId))
  );
}

/** Each need goes to the first course in study order reaching it; each expectation to the first course before it meeting it. */
function explain(ordered: readonly CourseFacts[], levels: ReadonlyMap<string, number>, needs: readonly Need[], preferred: ReadonlySet<string>): ItemWhy[] {
  const why: ItemWhy[] = ordered.map((facts) => ({
    closes: [],
    prepares: [],
    pinned: preferred.has(facts.course.id),
    ...(facts.course.project ? { shows: levelList(facts.expects) } : {}),
  }));
  for (const need of needs) {
    const position = ordered.findIndex((facts) => (facts.teaches.get(need.skillId) ?? 0) >= need.level);
    if (position >= 0) why[position].closes.push({ skillId: need.skillId, level: need.level as SkillLevel['level'] });
  }
  ordered.forEach((facts, later) => {
    for (const [skillId, level] of facts.expects) {
      if ((levels.get(skillId) ?? 0) >= level) continue;
      const position = ordered.findIndex((earlier, at) => at < later && (earlier.teaches.get(skillId) ?? 0) >= level);
      if (position >= 0) why[position].prepares.push({ skillId, level: level as SkillLevel['level'], forCourseId: facts.course.id });
    }
  });
  for (const entry of why) {
    entry.closes.sort((a, b) => compareIds(a.skillId, b.skillId));
    entry.prepares.sort((a, b) => compareIds(a.forCourseId, b.forCourseId) || compareIds(a.skillId, b.skillId));
  }
  return why;
}

function levelList(levels: ReadonlyMap<string, number>): SkillLevel[] {
  return [...levels]
    .map(([skillId, level]) => ({ skillId, level: level as SkillLevel['level'] }))
    .sort((a, b) => compareIds(a.skillId, b.skillId));
}

/**
 * The target roles' portfolio projects, each placed right after the course by which every level
 * it shows is reached (docs/advice.md "Portfolio projects"). A project is planned when the courses
 * reach every level it shows and at least one of them is new to the person: someone who already
 * works at those levels has their evidence, a person who learned them from courses does not.
 */
function withProjects(
  studied: readonly CourseFacts[],
  levels: ReadonlyMap<string, number>,
  index: PlannerIndex,
  options: PlanCoursesOptions,
): CourseFacts[] {
  const roleIds = new Set(options.roleIds ?? []);
  const projects = index.projects.filter(
    (project) =>
      project.course.project!.roleIds.some((roleId) => roleIds.has(roleId)) &&
      !options.excluded?.has(project.course.id) &&
      speaksOneOf(project.course, options.languages),
  );
  if (projects.length === 0) return [...studied];
  // The highest level the courses teach of each skill, read over the person's.
  const taught = new Map<string, number>();
  for (const facts of studied) for (const [skillId, level] of facts.teaches) if ((taught.get(skillId) ?? 0) < level) taught.set(skillId, level);
  const after = new Map<number, CourseFacts[]>();
  for (const project of projects) {
    const shown = [...project.expects];
    if (!shown.every(([skillId, level]) => Math.max(levels.get(skillId) ?? 0, taught.get(skillId) ?? 0) >= level)) continue;
    const learned = shown.filter(([skillId, level]) => (levels.get(skillId) ?? 0) < level);
    if (learned.length === 0) continue;
    // Right after the first course by which every level it shows is reached: the last of the
    // first courses teaching each level the person did not have.
    const position = Math.max(...learned.map(([skillId, level]) => studied.findIndex((facts) => (facts.teaches.get(skillId) ?? 0) >= level)));
    after.set(position, [...(after.get(position) ?? []), project]);
  }
  // Every project shows a level new to the person, so it comes after at least one course.
  const ordered: CourseFacts[] = [];
  studied.forEach((facts, at) => ordered.push(facts, ...(after.get(at) ?? [])));
  return ordered;
}
