import { format, getDay, isWithinInterval, parseISO, startOfISOWeek } from 'date-fns';
import type { Background, Catalog, Course } from '../../../core/model/catalog';
import type { Plan, PlanInputs } from '../../../core/model/plan';
import type { Profile } from '../../../core/model/profile';
import type { DayAllocation } from '../../../core/planning';

/**
 * Plain, slow restatements of docs/design.md's plan invariants and docs/advice.md's planner rules,
 * written apart from the planner so the property tests check it against an independent reading
 * of the rules.
 */

export const haveOf = (profile: Pick<Profile, 'skills'>, skillId: string): number =>
  profile.skills.find((rating) => rating.skillId === skillId)?.level ?? 0;

export const teachLevel = (course: Course, skillId: string): number =>
  Math.max(0, ...course.teaches.filter((taught) => taught.skillId === skillId).map((taught) => taught.level));

/**
 * The levels the advice counts (docs/advice.md "Unrated is unknown"): the first rating of a
 * skill, 0 included; else the level the person's background suggests; else nothing (0).
 */
export function levelsOf(catalog: Catalog, profile: Pick<Profile, 'skills'> & { background?: Background }): Map<string, number> {
  const levels = new Map<string, number>();
  for (const rating of profile.skills) if (!levels.has(rating.skillId)) levels.set(rating.skillId, rating.level);
  const suggested = (catalog.backgroundProfiles ?? []).find((entry) => entry.background === profile.background);
  for (const assumption of suggested?.skills ?? []) if (!levels.has(assumption.skillId)) levels.set(assumption.skillId, assumption.level);
  return levels;
}

/** skill id -> the highest level any of the roles asks in the scope ('core': requirements without a tier or with tier core). */
export function needsFor(catalog: Catalog, roleIds: readonly string[], scope: 'core' | 'full' = 'core'): Map<string, number> {
  const needs = new Map<string, number>();
  for (const roleId of new Set(roleIds)) {
    const role = catalog.roles.find((entry) => entry.id === roleId);
    for (const requirement of role?.requirements ?? []) {
      if (scope === 'core' && (requirement.tier ?? 'core') !== 'core') continue;
      needs.set(requirement.skillId, Math.max(needs.get(requirement.skillId) ?? 0, requirement.level));
    }
  }
  return needs;
}

/** Courses a person may take: in one of their languages (or 'multi'; every course without languages), not removed. */
export function offeredCourses(catalog: Catalog, languages: readonly string[] | undefined, excluded: readonly string[] = []): Course[] {
  const seen = new Set<string>();
  return catalog.courses.filter((course) => {
    if (seen.has(course.id)) return false;
    seen.add(course.id);
    if (excluded.includes(course.id)) return false;
    return languages === undefined || course.languages.some((language) => language === 'multi' || languages.includes(language));
  });
}

/** The best level of every skill reachable by taking, again and again, any course whose expectations are met. */
export function reachableLevels(levels: ReadonlyMap<string, number>, courses: readonly Course[]): Map<string, number> {
  const reached = new Map(levels);
  for (let changed = true; changed; ) {
    changed = false;
    for (const course of courses) {
      if (!course.expects.every((expected) => (reached.get(expected.skillId) ?? 0) >= expected.level)) continue;
      for (const taught of course.teaches) {
        if ((reached.get(taught.skillId) ?? 0) < taught.level) {
          reached.set(taught.skillId, taught.level);
          changed = true;
        }
      }
    }
  }
  return reached;
}

/**
 * Walks the courses in order: each must find every level it expects in `levels` or in a course
 * before it. Returns the expectations that are not met, as "course: skill@level".
 */
export function unmetExpectations(courses: readonly Course[], levels: ReadonlyMap<string, number>): string[] {
  const reached = new Map(levels);
  const unmet: string[] = [];
  for (const course of courses) {
    for (const expected of course.expects) {
      if ((reached.get(expected.skillId) ?? 0) < expected.level) unmet.push(`${course.id}: ${expected.skillId}@${expected.level}`);
    }
    for (const taught of course.teaches) reached.set(taught.skillId, Math.max(reached.get(taught.skillId) ?? 0, taught.level));
  }
  return unmet;
}

/** Whether the courses can be taken in some order, each once `levels` or the courses before it meet what it expects. */
export function orderable(courses: readonly Course[], levels: ReadonlyMap<string, number>): boolean {
  const reached = new Map(levels);
  const left = [...courses];
  for (let next = 0; next < left.length; ) {
    if (left[next].expects.every((expected) => (reached.get(expected.skillId) ?? 0) >= expected.level)) {
      for (const taught of left[next].teaches) reached.set(taught.skillId, Math.max(reached.get(taught.skillId) ?? 0, taught.level));
      left.splice(next, 1);
      next = 0;
    } else next += 1;
  }
  return left.length === 0;
}

/** Needs that neither the person nor any of the courses meets, as "skill@level". */
export function unmetNeeds(needs: ReadonlyMap<string, number>, courses: readonly Course[], levels: ReadonlyMap<string, number>): string[] {
  return [...needs]
    .filter(([skillId, level]) => (levels.get(skillId) ?? 0) < level && !courses.some((course) => teachLevel(course, skillId) >= level))
    .map(([skillId, level]) => `${skillId}@${level}`);
}

/**
 * For the course at `position` of the list, the positions of the earlier courses it waits for:
 * for each level it expects beyond `levels`, the earlier courses teaching that level.
 */
export function waitsFor(courses: readonly Course[], position: number, levels: ReadonlyMap<string, number>): number[][] {
  return courses[position].expects
    .filter((expected) => (levels.get(expected.skillId) ?? 0) < expected.level)
    .map((expected) =>
      courses.flatMap((earlier, at) => (at < position && teachLevel(earlier, expected.skillId) >= expected.level ? [at] : [])),
    );
}

/** Weekday and ISO week of a date by date-fns, remembered: property runs ask for the same days often. */
const days = new Map<string, { date: Date; weekday: number; monday: string }>();
function dayOf(date: string) {
  let day = days.get(date);
  if (!day) {
    const parsed = parseISO(date);
    day = { date: parsed, weekday: getDay(parsed), monday: format(startOfISOWeek(parsed), 'yyyy-MM-dd') };
    days.set(date, day);
  }
  return day;
}

/** Whether a date may hold study time under these inputs. */
export function isPlannableDay(date: string, inputs: PlanInputs): boolean {
  const day = dayOf(date);
  if (!inputs.studyDays.includes(day.weekday as never)) return false;
  return !inputs.pauses.some((pause) =>
    isWithinInterval(day.date, { start: dayOf(pause.start).date, end: dayOf(pause.end).date }),
  );
}

/** Minutes per ISO week (keyed by its Monday). */
export function minutesPerIsoWeek(allocations: DayAllocation[]): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const allocation of allocations) {
    const { monday } = dayOf(allocation.date);
    weeks.set(monday, (weeks.get(monday) ?? 0) + allocation.minutes);
  }
  return weeks;
}

export function minutesPerItem(allocations: DayAllocation[]): Map<string, { minutes: number; first: string; last: string }> {
  const items = new Map<string, { minutes: number; first: string; last: string }>();
  for (const allocation of allocations) {
    const entry = items.get(allocation.itemId);
    if (entry) {
      entry.minutes += allocation.minutes;
      entry.last = allocation.date;
    } else items.set(allocation.itemId, { minutes: allocation.minutes, first: allocation.date, last: allocation.date });
  }
  return items;
}

export const latestEnd = (plan: Plan): string | null =>
  plan.items.reduce<string | null>((latest, item) => (latest === null || item.end > latest ? item.end : latest), null);
