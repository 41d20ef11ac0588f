import { format, getDay, isWithinInterval, parseISO, startOfISOWeek } from 'date-fns';
import type { Catalog, Course } from '../../../core/model/catalog';
import type { Plan, PlanInputs } from '../../../core/model/plan';
import type { Profile } from '../../../core/model/profile';
import type { DayAllocation } from '../../../core/planning';

/**
 * Plain, slow restatements of DESIGN.md's plan invariants, written apart from the planner so the
 * property tests check it against an independent reading of the rules.
 */

export const haveOf = (profile: Pick<Profile, 'skills'>, skillId: string): number =>
  profile.skills.find((rating) => rating.skillId === skillId)?.level ?? 0;

const teachLevel = (course: Course, skillId: string): number =>
  Math.max(0, ...course.teaches.filter((taught) => taught.skillId === skillId).map((taught) => taught.level));

/** A must end before B starts: A teaches X, and B expects X or teaches a skill needing X. */
export function mustPrecede(a: Course, b: Course, catalog: Catalog): boolean {
  if (a.id === b.id) return false;
  const prerequisites = (skillId: string) => catalog.skills.find((entry) => entry.id === skillId)?.prerequisites ?? [];
  return a.teaches.some(
    ({ skillId }) =>
      b.expects.some((expected) => expected.skillId === skillId) ||
      b.teaches.some((taught) => prerequisites(taught.skillId).includes(skillId)),
  );
}

/** Every (skill, level) the plan must account for: role gaps, implied prerequisites, expectations. */
export function requiredGaps(catalog: Catalog, profile: Pick<Profile, 'skills'>, roleIds: string[], plan: Plan) {
  const required: Array<[string, number]> = [];
  const seen = new Set<string>();
  const prerequisites = (skillId: string) => catalog.skills.find((entry) => entry.id === skillId)?.prerequisites ?? [];
  const add = (skillId: string, level: number): void => {
    if (haveOf(profile, skillId) >= level || seen.has(`${skillId}@${level}`)) return;
    seen.add(`${skillId}@${level}`);
    required.push([skillId, level]);
    for (const prerequisite of prerequisites(skillId)) add(prerequisite, 2);
  };
  for (const role of catalog.roles.filter((entry) => roleIds.includes(entry.id))) {
    for (const requirement of role.requirements) add(requirement.skillId, requirement.level);
  }
  for (const item of plan.items) {
    const course = catalog.courses.find((entry) => entry.id === item.courseId)!;
    for (const expected of course.expects) {
      if (teachLevel(course, expected.skillId) === 0) add(expected.skillId, expected.level);
    }
  }
  return required;
}

export function isCovered(plan: Plan, catalog: Catalog, skillId: string, level: number): boolean {
  return (
    plan.items.some((item) => teachLevel(catalog.courses.find((entry) => entry.id === item.courseId)!, skillId) >= level) ||
    plan.uncovered.some((gap) => gap.skillId === skillId && gap.level >= level)
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
