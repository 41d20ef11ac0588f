import { compareIds, type CourseFacts } from './courseFacts';
import type { Need } from './needs';

/** Importance given to a level a chosen course expects, against a role's importance 3-5. */
export const EXPECTED_SKILL_IMPORTANCE = 3;
/**
 * Nodes the exact search may visit before it settles for the best set found so far (which is
 * never worse than the greedy one, pruned). On the built-in matrix a limit of 4,000 finds the
 * same plans for every role and 60 random people as this one (measured 2026-12-04), at a
 * fraction of the time ranking spends.
 */
export const SEARCH_NODE_LIMIT = 200;

export interface Reach {
  /** The highest level each skill can reach through courses whose expectations can be met. */
  levels: Map<string, number>;
  /** The round in which each course became takeable: its expectations rest on earlier rounds only. */
  round: Map<CourseFacts, number>;
}

function expectationsMet(facts: CourseFacts, levels: ReadonlyMap<string, number>): boolean {
  for (const [id, level] of facts.expects) if ((levels.get(id) ?? 0) < level) return false;
  return true;
}

/** Raises levels with every course whose expectations are met, round after round, to a fixpoint. */
export function reachableLevels(start: ReadonlyMap<string, number>, courses: readonly CourseFacts[]): Reach {
  const levels = new Map(start);
  const round = new Map<CourseFacts, number>();
  let waiting = courses;
  for (let current = 0; ; current += 1) {
    const takeable: CourseFacts[] = [];
    const still: CourseFacts[] = [];
    for (const facts of waiting) (expectationsMet(facts, levels) ? takeable : still).push(facts);
    waiting = still;
    if (takeable.length === 0) return { levels, round };
    for (const facts of takeable) {
      round.set(facts, current);
      for (const [id, level] of facts.teaches) if ((levels.get(id) ?? 0) < level) levels.set(id, level);
    }
  }
}

interface Requirement {
  skillId: string;
  level: number;
  weight: number;
}

/**
 * The levels a set of chosen courses gives, in one pass over the set rather than one per need;
 * "the level without this one course" needs another pass only when that course gives the best. Ranking builds one plan per role
 * and the search visits up to SEARCH_NODE_LIMIT sets per plan, so this is the planner's inner loop.
 */
interface Levels {
  /** The best level a skill has: the person's, or the highest a chosen course teaches. */
  level: (skillId: string) => number;
  /** The same, not counting `except`. */
  levelWithout: (skillId: string, except: CourseFacts) => number;
}

function levelsOf(have: ReadonlyMap<string, number>, chosen: readonly CourseFacts[]): Levels {
  const best = new Map<string, number>();
  for (const facts of chosen) {
    for (const [skillId, taught] of facts.teaches) if (taught > (best.get(skillId) ?? 0)) best.set(skillId, taught);
  }
  const level = (skillId: string) => Math.max(have.get(skillId) ?? 0, best.get(skillId) ?? 0);
  const levelWithout = (skillId: string, except: CourseFacts) => {
    // Only a course that gives the best level can lower it by leaving: then look at the others.
    if ((except.teaches.get(skillId) ?? 0) < (best.get(skillId) ?? 0)) return level(skillId);
    let without = have.get(skillId) ?? 0;
    for (const facts of chosen) if (facts !== except) without = Math.max(without, facts.teaches.get(skillId) ?? 0);
    return without;
  };
  return { level, levelWithout };
}

/** What is still missing: needs not reached, and levels chosen courses expect that no other chosen course or the person has. */
function openRequirements(have: ReadonlyMap<string, number>, needs: readonly Need[], chosen: readonly CourseFacts[]): Requirement[] {
  const levels = levelsOf(have, chosen);
  const open = new Map<string, Requirement>();
  const add = (skillId: string, level: number, importance: number) => {
    const weight = importance * (level - (have.get(skillId) ?? 0));
    const known = open.get(skillId);
    if (!known) open.set(skillId, { skillId, level, weight });
    else {
      known.level = Math.max(known.level, level);
      known.weight = Math.max(known.weight, weight);
    }
  };
  for (const need of needs) if (levels.level(need.skillId) < need.level) add(need.skillId, need.level, need.importance);
  for (const facts of chosen) {
    for (const [skillId, level] of facts.expects) {
      if (levels.levelWithout(skillId, facts) < level) add(skillId, level, EXPECTED_SKILL_IMPORTANCE);
    }
  }
  return [...open.values()].sort((a, b) => compareIds(a.skillId, b.skillId));
}

/**
 * What the chosen courses still wait for once every course that can go has gone, each after
 * what it expects: the expectations of the courses left over that nothing before them meets.
 * Empty when the courses can be taken one after the other.
 */
function stuckExpectations(have: ReadonlyMap<string, number>, chosen: readonly CourseFacts[]): Requirement[] {
  const levels = new Map(have);
  const remaining = [...chosen];
  for (;;) {
    const next = remaining.findIndex((facts) => expectationsMet(facts, levels));
    if (next < 0) break;
    for (const [id, level] of remaining[next].teaches) if ((levels.get(id) ?? 0) < level) levels.set(id, level);
    remaining.splice(next, 1);
  }
  const stuck: Requirement[] = [];
  for (const facts of remaining) {
    for (const [skillId, level] of facts.expects) if ((levels.get(skillId) ?? 0) < level) stuck.push({ skillId, level, weight: 0 });
  }
  return stuck;
}

/** True when the courses can be taken one after the other, each after what it expects. */
export function canBeOrdered(have: ReadonlyMap<string, number>, chosen: readonly CourseFacts[]): boolean {
  return stuckExpectations(have, chosen).length === 0;
}

const minutesOf = (set: readonly CourseFacts[]) => set.reduce((sum, facts) => sum + facts.minutes, 0);
const idsOf = (set: readonly CourseFacts[]) => set.map((facts) => facts.course.id).sort(compareIds);

/** Fewer minutes, then fewer courses, then the smaller sorted id list: a total order, so ties are deterministic. */
function isBetterSet(a: readonly CourseFacts[], b: readonly CourseFacts[] | null): boolean {
  if (b === null) return true;
  const byMinutes = minutesOf(a) - minutesOf(b);
  if (byMinutes !== 0) return byMinutes < 0;
  if (a.length !== b.length) return a.length < b.length;
  return idsOf(a).join('\n') < idsOf(b).join('\n');
}

/**
 * The set of courses with the fewest total hours that meets every need and every expectation
 * (docs/advice.md "One planner"): a greedy set (most gap weight per hour, counting the hours of
 * what a course expects), pruned of courses the rest make redundant, then improved by an exact
 * branch-and-bound search within SEARCH_NODE_LIMIT nodes. `forced` courses are always kept.
 */
export function bestSet(
  have: ReadonlyMap<string, number>,
  needs: readonly Need[],
  usable: readonly CourseFacts[],
  forced: readonly CourseFacts[],
  reach: Reach,
  bySkill: ReadonlyMap<string, readonly CourseFacts[]> = teachersBySkill(usable),
): CourseFacts[] {
  // The same few (skill, level) pairs are asked for at every node of the search.
  const teachersByLevel = new Map<string, readonly CourseFacts[]>();
  const teachersOf = (requirement: Requirement): readonly CourseFacts[] => {
    const key = `${requirement.level}:${requirement.skillId}`;
    let teachers = teachersByLevel.get(key);
    if (!teachers) {
      teachers = (bySkill.get(requirement.skillId) ?? []).filter((facts) => (facts.teaches.get(requirement.skillId) ?? 0) >= requirement.level);
      teachersByLevel.set(key, teachers);
    }
    return teachers;
  };
  const cheapest = (requirement: Requirement) => teachersOf(requirement)[0]?.minutes ?? 0;

  let best: CourseFacts[] | null = prune(have, needs, greedy(have, needs, forced, teachersOf, cheapest), forced);
  if (!canBeOrdered(have, best)) best = prune(have, needs, byRounds(have, needs, usable, forced, reach), forced);

  const seen = new Set<string>();
  let nodes = 0;
  const search = (chosen: CourseFacts[]) => {
    nodes += 1;
    if (nodes > SEARCH_NODE_LIMIT) return;
    const key = idsOf(chosen).join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    const open = openRequirements(have, needs, chosen);
    const minutes = minutesOf(chosen);
    let branch: readonly CourseFacts[];
    if (open.length > 0) {
      const bound = minutes + Math.max(...open.map(cheapest));
      if (best !== null && bound > minutesOf(best)) return;
      // Branch on the requirement with the fewest courses that meet it: the smallest tree.
      branch = teachersOf(open[0]);
      for (const requirement of open.slice(1)) {
        const teachers = teachersOf(requirement);
        if (teachers.length < branch.length) branch = teachers;
      }
    } else {
      const stuck = stuckExpectations(have, chosen);
      if (stuck.length === 0) {
        if (isBetterSet(chosen, best)) best = [...chosen];
        return;
      }
      // Every expectation is met by some chosen course, but only in a loop (A expects what B teaches
      // and B what A teaches): one more course must teach one of the levels the loop waits for.
      const bound = minutes + Math.min(...stuck.map(cheapest));
      if (best !== null && bound > minutesOf(best)) return;
      branch = [...new Set(stuck.flatMap(teachersOf))].sort((a, b) => a.minutes - b.minutes || compareIds(a.course.id, b.course.id));
    }
    for (const facts of branch) {
      if (chosen.includes(facts)) continue;
      chosen.push(facts);
      search(chosen);
      chosen.pop();
    }
  };
  search([...forced]);
  // A search cut short by the node limit can end on a set that holds a course the others make
  // redundant (found before the set without it): never hand the person a course that closes nothing.
  return prune(have, needs, best, forced);
}

/** The usable courses teaching each skill, shortest first, then by id. */
export function teachersBySkill(usable: readonly CourseFacts[]): Map<string, CourseFacts[]> {
  const bySkill = new Map<string, CourseFacts[]>();
  for (const facts of usable) {
    for (const skillId of facts.teaches.keys()) {
      const list = bySkill.get(skillId);
      if (list) list.push(facts);
      else bySkill.set(skillId, [facts]);
    }
  }
  for (const list of bySkill.values()) list.sort((a, b) => a.minutes - b.minutes || compareIds(a.course.id, b.course.id));
  return bySkill;
}

function greedy(
  have: ReadonlyMap<string, number>,
  needs: readonly Need[],
  forced: readonly CourseFacts[],
  teachersOf: (requirement: Requirement) => readonly CourseFacts[],
  cheapest: (requirement: Requirement) => number,
): CourseFacts[] {
  const chosen = [...forced];
  const taken = new Set(chosen);
  for (;;) {
    const open = openRequirements(have, needs, chosen);
    if (open.length === 0) return chosen;
    const levels = levelsOf(have, chosen);
    // One open requirement per skill: a course's gain is read from the few skills it teaches,
    // not from every open requirement (a plan of 200 gaps asks this of hundreds of courses).
    const openBySkill = new Map(open.map((requirement) => [requirement.skillId, requirement]));
    let pick: CourseFacts | undefined;
    let pickGain = 0;
    let pickCost = 1;
    // Only a course meeting an open requirement gains anything. A course meeting several is
    // weighed once per requirement, to the same result; a tie goes to the smaller id.
    for (const facts of open.flatMap(teachersOf)) {
      if (taken.has(facts)) continue;
      let gain = 0;
      for (const [skillId, taught] of facts.teaches) {
        const requirement = openBySkill.get(skillId);
        if (requirement && taught >= requirement.level) gain += requirement.weight;
      }
      if (gain === 0) continue;
      let cost = facts.minutes;
      for (const [skillId, level] of facts.expects) {
        if (levels.level(skillId) < level) cost += cheapest({ skillId, level, weight: 0 });
      }
      // gain / cost > pickGain / pickCost, cross-multiplied.
      const ratio = gain * pickCost - pickGain * cost;
      if (!pick || ratio > 0 || (ratio === 0 && compareIds(facts.course.id, pick.course.id) < 0)) {
        pick = facts;
        pickGain = gain;
        pickCost = cost;
      }
    }
    // Every open requirement is reachable through usable courses, so a pick exists; the guard only ends the loop.
    if (!pick) return chosen;
    chosen.push(pick);
    taken.add(pick);
  }
}

/**
 * A set that can always be ordered: each need's course, and each course's expectation's course,
 * taken from the earliest round that reaches it, and for an expectation from a round strictly
 * before the expecting course's own, so the courses in round order each come after what they expect.
 */
function byRounds(
  have: ReadonlyMap<string, number>,
  needs: readonly Need[],
  usable: readonly CourseFacts[],
  forced: readonly CourseFacts[],
  reach: Reach,
): CourseFacts[] {
  const chosen = [...forced];
  // Every usable course has a round: its expectations are met by the reachable levels.
  const roundOf = (facts: CourseFacts) => reach.round.get(facts) ?? 0;
  const ensure = (skillId: string, level: number, before: number): void => {
    if ((have.get(skillId) ?? 0) >= level) return;
    const teaches = (facts: CourseFacts) => roundOf(facts) < before && (facts.teaches.get(skillId) ?? 0) >= level;
    if (chosen.some(teaches)) return;
    // A course of round r expects only levels that rounds before r reach, and every need is reachable: a teacher exists.
    const teacher = usable
      .filter(teaches)
      .sort((a, b) => roundOf(a) - roundOf(b) || a.minutes - b.minutes || compareIds(a.course.id, b.course.id))[0];
    if (!teacher) return;
    chosen.push(teacher);
    for (const [expectedId, expectedLevel] of teacher.expects) ensure(expectedId, expectedLevel, roundOf(teacher));
  };
  for (const facts of forced) for (const [skillId, level] of facts.expects) ensure(skillId, level, roundOf(facts));
  for (const need of needs) ensure(need.skillId, need.level, Number.POSITIVE_INFINITY);
  return chosen;
}

/** Drops, longest first, every course the others make redundant; forced ones stay. */
function prune(have: ReadonlyMap<string, number>, needs: readonly Need[], chosen: CourseFacts[], forced: readonly CourseFacts[]): CourseFacts[] {
  const kept = [...chosen];
  const candidates = kept
    .filter((facts) => !forced.includes(facts))
    .sort((a, b) => b.minutes - a.minutes || compareIds(a.course.id, b.course.id));
  for (const facts of candidates) {
    const without = kept.filter((other) => other !== facts);
    if (openRequirements(have, needs, without).length === 0 && canBeOrdered(have, without)) kept.splice(kept.indexOf(facts), 1);
  }
  return kept;
}
