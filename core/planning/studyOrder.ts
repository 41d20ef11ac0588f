import { DEFAULT_PREREQUISITE_LEVEL } from '../model/level';
import { compareIds, expectsMet, type CourseFacts, type PlannerIndex } from './courseFacts';

/**
 * The order to study the chosen courses in. Hard rule: a course comes only once the levels it
 * expects are met, by the person or an earlier course. Among the courses free to go next,
 * foundations go before what builds on them (the lower prerequisite depth of the most advanced
 * skill the course is in the plan for); then a course that prepares another remaining one with
 * something the person does not have yet (what it expects, a prerequisite skill of what it
 * teaches, or the same skill at a lower level); then the shorter, then by id. The chosen set must be
 * orderable (courseSearch.canBeOrdered).
 */
export function studyOrder(
  chosen: readonly CourseFacts[],
  have: ReadonlyMap<string, number>,
  index: PlannerIndex,
  needed: ReadonlyMap<string, number> = new Map(),
): CourseFacts[] {
  const skillDepth = skillDepths(index);
  // The lowest level at which a skill is in the plan: a need's level, or a level a chosen course expects.
  const wanted = new Map(needed);
  for (const facts of chosen) {
    for (const [skillId, level] of facts.expects) wanted.set(skillId, Math.min(wanted.get(skillId) ?? level, level));
  }
  // A course is as advanced as the deepest skill it is in the plan for: one it teaches to a wanted level.
  const depths = new Map<CourseFacts, number>();
  const depthOf = (facts: CourseFacts) => {
    let deepest = depths.get(facts);
    if (deepest !== undefined) return deepest;
    deepest = 0;
    for (const [skillId, level] of facts.teaches) {
      const asked = wanted.get(skillId);
      if (asked !== undefined && level >= asked) deepest = Math.max(deepest, skillDepth(skillId));
    }
    depths.set(facts, deepest);
    return deepest;
  };
  const buildingOn = buildersOn(chosen, index);
  // The levels as the courses are placed. Only the skills the chosen courses teach, expect or
  // build on are ever read (buildersOn lists exactly those), so only those of the person's are
  // copied: a person may have rated hundreds.
  const levels = new Map<string, number>();
  for (const skillId of buildingOn.keys()) {
    const level = have.get(skillId);
    if (level !== undefined) levels.set(skillId, level);
  }
  // Kept shorter first, then by id, so the courses picked from it come in that order.
  const remaining = [...chosen].sort(byLength);
  const left = new Set(remaining);
  // Levels only rise and courses only leave, so a course that prepares none of the others
  // (prepares only ever turns false as levels rise) never will: it is not asked again.
  const preparesNothing = new Set<CourseFacts>();
  // Only a course building on a skill `facts` teaches can be prepared by it: the others are not asked.
  const preparesAnother = (facts: CourseFacts) => {
    if (preparesNothing.has(facts)) return false;
    for (const skillId of facts.teaches.keys()) {
      for (const other of buildingOn.get(skillId) ?? []) if (other !== facts && left.has(other) && prepares(facts, other, levels, index)) return true;
    }
    preparesNothing.add(facts);
    return false;
  };
  const ordered: CourseFacts[] = [];
  while (remaining.length > 0) {
    const free = remaining.filter((facts) => expectsMet(facts, levels));
    // An unorderable set cannot reach here; the fallback keeps the loop finite all the same.
    const pool = free.length > 0 ? free : remaining;
    // Depth decides first, so "prepares another" is only asked of the shallowest courses: the
    // same pick as asking it of all, without a pool × remaining scan at every step.
    const shallowest = Math.min(...pool.map(depthOf));
    // Among them, the shorter first, then by id; the first that prepares another goes ahead of
    // all (goesBefore), so "prepares" is asked one course at a time until one does.
    const contenders = pool.filter((facts) => depthOf(facts) === shallowest);
    const next = (contenders.length > 1 ? contenders.find(preparesAnother) : undefined) ?? contenders[0];
    ordered.push(next);
    remaining.splice(remaining.indexOf(next), 1);
    left.delete(next);
    for (const [id, level] of next.teaches) if ((levels.get(id) ?? 0) < level) levels.set(id, level);
  }
  return ordered;
}

/**
 * True when `earlier` should come before `later` because it teaches what `later` builds on and
 * the person does not have yet: a level `later` expects, the same skill at a lower level, or a
 * prerequisite skill below DEFAULT_PREREQUISITE_LEVEL.
 */
function prepares(earlier: CourseFacts, later: CourseFacts, levels: ReadonlyMap<string, number>, index: PlannerIndex): boolean {
  for (const [skillId, level] of earlier.teaches) {
    const have = levels.get(skillId) ?? 0;
    if (have >= level) continue;
    if ((later.expects.get(skillId) ?? 0) > have) return true;
    const laterLevel = later.teaches.get(skillId);
    if (laterLevel !== undefined && laterLevel > level) return true;
  }
  for (const skillId of later.teaches.keys()) {
    for (const prerequisite of index.prerequisites.get(skillId) ?? []) {
      if ((levels.get(prerequisite) ?? 0) >= DEFAULT_PREREQUISITE_LEVEL) continue;
      if ((earlier.teaches.get(prerequisite) ?? 0) > (levels.get(prerequisite) ?? 0) && !later.teaches.has(prerequisite)) return true;
    }
  }
  return false;
}

/**
 * skill id -> the chosen courses a course teaching that skill can prepare (see prepares): those
 * expecting it or teaching it, and those teaching a skill it is a prerequisite of.
 */
function buildersOn(chosen: readonly CourseFacts[], index: PlannerIndex): Map<string, CourseFacts[]> {
  const bySkill = new Map<string, CourseFacts[]>();
  const note = (skillId: string, facts: CourseFacts) => {
    const courses = bySkill.get(skillId);
    // One course at a time: a course noted twice under a skill is the last one noted.
    if (!courses) bySkill.set(skillId, [facts]);
    else if (courses[courses.length - 1] !== facts) courses.push(facts);
  };
  for (const facts of chosen) {
    for (const skillId of facts.expects.keys()) note(skillId, facts);
    for (const skillId of facts.teaches.keys()) {
      note(skillId, facts);
      for (const prerequisite of index.prerequisites.get(skillId) ?? []) note(prerequisite, facts);
    }
  }
  return bySkill;
}

/** The shorter course first, then the smaller id. */
function byLength(a: CourseFacts, b: CourseFacts): number {
  return a.minutes - b.minutes || compareIds(a.course.id, b.course.id);
}

/**
 * How many prerequisite steps lie under a skill: 0 without prerequisites, else one more than its
 * deepest prerequisite. A loop (which a valid catalog cannot have) counts as the depth reached.
 */
function skillDepths(index: PlannerIndex): (skillId: string) => number {
  const known = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (skillId: string): number => {
    const cached = known.get(skillId);
    if (cached !== undefined) return cached;
    if (visiting.has(skillId)) return 0;
    visiting.add(skillId);
    let value = 0;
    for (const prerequisite of index.prerequisites.get(skillId) ?? []) value = Math.max(value, depth(prerequisite) + 1);
    visiting.delete(skillId);
    known.set(skillId, value);
    return value;
  };
  return depth;
}
