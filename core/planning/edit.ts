import type { Catalog, Course, SkillLevel } from '../model/catalog';
import type { Plan, PlanInputs, PlanItem, ProgressEntry } from '../model/plan';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { IsoDate } from '../model/text';
import { IdSchema, MAX_SHORT_TEXT } from '../model/text';
import { itemIdForCourse } from './buildPlan';
import type { CatalogIndex } from './catalogIndex';
import { indexCatalog } from './catalogIndex';
import type { OrderNode } from './order';
import { PrecedenceGraph } from './order';
import { isClosed, reschedule } from './schedule';

export interface CustomItemInput {
  title: string;
  hours: number;
  skillIds: string[];
}

const NO_NODE: OrderNode = { teaches: [], expects: [] };

/** Level each of an item's skills must be taught to: what its course teaches, else awareness. */
function neededLevels(item: PlanItem, index: CatalogIndex): SkillLevel[] {
  const course = item.courseId === undefined ? undefined : index.courses.get(item.courseId);
  return item.skillIds.map((skillId) => ({
    skillId,
    level: (course ? Math.max(1, index.teachLevel(course, skillId)) : 1) as SkillLevel['level'],
  }));
}

function findItem(plan: Plan, itemId: string): Result<PlanItem> {
  const item = plan.items.find((candidate) => candidate.id === itemId);
  return item ? ok(item) : fail('not-found', `the plan has no item "${itemId}"`, 'itemId');
}

/**
 * Courses that could replace an item: they teach every skill the item closes to at least the
 * level its current course teaches it (awareness for the person's own items), are not in the
 * plan and not excluded; never a portfolio project. Sorted by hours, then id.
 */
export function swapCourseCandidates(plan: Plan, itemId: string, catalog: Catalog): Result<Course[]> {
  const found = findItem(plan, itemId);
  if (!found.ok) return found;
  const index = indexCatalog(catalog);
  const levels = neededLevels(found.value, index);
  if (levels.length === 0) return ok([]);
  const inPlan = new Set(plan.items.map((item) => item.courseId));
  const excluded = new Set(plan.inputs.excludedCourseIds);
  return ok(
    [...index.courses.values()]
      .filter((course) => !course.project && !inPlan.has(course.id) && !excluded.has(course.id))
      .filter((course) => levels.every((needed) => index.teachLevel(course, needed.skillId) >= needed.level))
      .sort((a, b) => a.hours - b.hours || (a.id < b.id ? -1 : 1)),
  );
}

/**
 * Re-orders the open items so every prerequisite link holds (done and skipped items keep their
 * places), keeping the current order wherever the links allow, then lays the plan out again.
 * The person's own items carry no level, so they take no part in the prerequisite order.
 */
function reorderAndSchedule(
  plan: Plan,
  items: PlanItem[],
  index: CatalogIndex,
  schedule: { progress: readonly ProgressEntry[]; inputs: PlanInputs; today?: IsoDate },
): Result<Plan> {
  const graph = new PrecedenceGraph(index);
  const open = items.filter((item) => !isClosed(item));
  for (const item of open) {
    const course = item.courseId === undefined ? undefined : index.courses.get(item.courseId);
    const node = course ?? NO_NODE;
    const links = graph.linksOf(node);
    if (graph.wouldLoop(links)) {
      return fail('impossible-plan', `"${item.id}" would have to come both before and after other items`, 'items');
    }
    graph.add(node, links);
  }
  const ordered = graph.order().map((entry) => open[entry]);
  let next = 0;
  const reordered = items.map((item) => (isClosed(item) ? item : ordered[next++]));
  const result = reschedule({ ...plan, items: reordered }, schedule);
  return result.ok ? ok(result.value.plan) : result;
}

/**
 * Replaces an open item's course by another (one of swapCourseCandidates) and reschedules. Every
 * edit takes the progress log because what is left to study on each item depends on it.
 */
export function applySwap(
  plan: Plan,
  itemId: string,
  newCourseId: string,
  catalog: Catalog,
  progress: readonly ProgressEntry[],
  inputs: PlanInputs = plan.inputs,
  today?: IsoDate,
): Result<Plan> {
  const found = findItem(plan, itemId);
  if (!found.ok) return found;
  const item = found.value;
  if (isClosed(item)) return fail('conflict', `"${itemId}" is ${item.status}; only open items can be swapped`, 'itemId');
  const index = indexCatalog(catalog);
  const course = index.courses.get(newCourseId);
  if (!course) return fail('not-found', `the catalog has no course "${newCourseId}"`, 'courseId');
  if (plan.items.some((other) => other.courseId === newCourseId)) {
    return fail('conflict', `the course "${newCourseId}" is already in the plan`, 'courseId');
  }
  const short = neededLevels(item, index).filter((needed) => index.teachLevel(course, needed.skillId) < needed.level);
  if (short.length > 0) {
    const names = short.map((needed) => `${needed.skillId} to level ${needed.level}`).join(', ');
    return fail('invalid-payload', `the course "${newCourseId}" does not teach ${names}`, 'courseId');
  }
  const replacement: PlanItem = {
    id: itemIdForCourse(course.id),
    courseId: course.id,
    skillIds: [...item.skillIds],
    start: item.start,
    end: item.end,
    hours: course.hours,
    status: 'planned',
  };
  if (plan.items.some((other) => other.id === replacement.id)) {
    return fail('conflict', `the plan already has an item "${replacement.id}"`, 'courseId');
  }
  const items = plan.items.map((other) => (other.id === itemId ? replacement : other));
  return reorderAndSchedule(plan, items, index, { progress, inputs, today });
}

/**
 * Removes an item and reschedules. Gap skills only that item closed are listed as uncovered,
 * at the level its course taught them, so the plan still accounts for every gap.
 */
export function removeItem(
  plan: Plan,
  itemId: string,
  catalog: Catalog,
  progress: readonly ProgressEntry[],
  inputs: PlanInputs = plan.inputs,
  today?: IsoDate,
): Result<Plan> {
  const found = findItem(plan, itemId);
  if (!found.ok) return found;
  const index = indexCatalog(catalog);
  const items = plan.items.filter((item) => item.id !== itemId);
  const stillClosed = new Set(items.filter((item) => item.courseId !== undefined).flatMap((item) => item.skillIds));
  const uncovered = new Map(plan.uncovered.map((gap) => [gap.skillId, gap]));
  if (found.value.courseId !== undefined) {
    for (const needed of neededLevels(found.value, index)) {
      if (stillClosed.has(needed.skillId)) continue;
      const level = Math.max(needed.level, uncovered.get(needed.skillId)?.level ?? 0) as SkillLevel['level'];
      uncovered.set(needed.skillId, { skillId: needed.skillId, level });
    }
  }
  const sortedUncovered = [...uncovered.values()].sort((a, b) => (a.skillId < b.skillId ? -1 : 1));
  return reorderAndSchedule({ ...plan, uncovered: sortedUncovered }, items, index, { progress, inputs, today });
}

/**
 * Adds the person's own item (a book, a project) after the others and reschedules. It closes
 * no gap formally, since it names no level, and takes no part in the prerequisite order.
 */
export function addCustomItem(
  plan: Plan,
  custom: CustomItemInput,
  progress: readonly ProgressEntry[],
  inputs: PlanInputs = plan.inputs,
  today?: IsoDate,
): Result<Plan> {
  const title = typeof custom?.title === 'string' ? custom.title.trim() : '';
  if (title.length === 0 || title.length > MAX_SHORT_TEXT) {
    return fail('invalid-payload', `the title must have 1 to ${MAX_SHORT_TEXT} characters`, 'title');
  }
  if (typeof custom.hours !== 'number' || !Number.isFinite(custom.hours) || custom.hours <= 0 || custom.hours > 5000) {
    return fail('invalid-payload', `hours must be a number above 0 and at most 5000, got ${String(custom.hours)}`, 'hours');
  }
  const skillIds = Array.isArray(custom.skillIds) ? [...new Set(custom.skillIds)] : [];
  const badSkill = skillIds.findIndex((skillId) => !IdSchema.safeParse(skillId).success);
  if (!Array.isArray(custom.skillIds) || badSkill >= 0 || skillIds.length > 200) {
    return fail('invalid-payload', 'skill ids must be a list of at most 200 kebab-case ids', badSkill >= 0 ? `skillIds.${badSkill}` : 'skillIds');
  }
  const taken = new Set(plan.items.map((item) => item.id));
  let number = 1;
  while (taken.has(`item-custom-${number}`)) number += 1;
  const item: PlanItem = {
    id: `item-custom-${number}`,
    title,
    skillIds: skillIds.sort(),
    start: plan.inputs.startDate,
    end: plan.inputs.startDate,
    hours: custom.hours,
    status: 'planned',
  };
  const result = reschedule({ ...plan, items: [...plan.items, item] }, { progress, inputs, today });
  return result.ok ? ok(result.value.plan) : result;
}
