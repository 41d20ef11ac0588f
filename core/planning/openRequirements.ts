import type { ChosenLevels } from './chosenLevels';
import type { CourseFacts } from './courseFacts';
import type { Need } from './needs';

/** Importance given to a level a chosen course expects, against a role's importance 3-5. */
export const EXPECTED_SKILL_IMPORTANCE = 3;

/** A level a set of courses still has to reach: a need, or what a chosen course expects. */
export interface Requirement {
  skillId: string;
  level: number;
  weight: number;
}

/** What is still missing: needs not reached, and levels chosen courses expect that no other chosen course or the person has. */
export function openRequirements(have: ReadonlyMap<string, number>, needs: readonly Need[], levels: ChosenLevels): Requirement[] {
  // The search asks this at every node: plain loops, no closure made per call.
  const open = new Map<string, Requirement>();
  for (const need of needs) if (levels.level(need.skillId) < need.level) addOpen(open, have, need.skillId, need.level, need.importance);
  for (const facts of levels.courses) {
    for (const [skillId, level] of facts.expects) {
      if (levels.levelWithout(skillId, facts) < level) addOpen(open, have, skillId, level, EXPECTED_SKILL_IMPORTANCE);
    }
  }
  return [...open.values()];
}

/** One requirement per skill: the highest level asked, weighed by the largest importance × gap. */
function addOpen(open: Map<string, Requirement>, have: ReadonlyMap<string, number>, skillId: string, level: number, importance: number): void {
  const weight = importance * (level - (have.get(skillId) ?? 0));
  const known = open.get(skillId);
  if (!known) open.set(skillId, { skillId, level, weight });
  else {
    known.level = Math.max(known.level, level);
    known.weight = Math.max(known.weight, weight);
  }
}

/**
 * What the chosen courses still wait for once every course that can go has gone, each after
 * what it expects: the expectations of the courses left over that nothing before them meets.
 * Empty when the courses can be taken one after the other.
 */
export function stuckExpectations(have: ReadonlyMap<string, number>, chosen: readonly CourseFacts[]): Requirement[] {
  // The levels the courses raise, read over the person's: copying every level the person has
  // costs more than the walk when a person rated a few hundred skills.
  const raised = new Map<string, number>();
  const remaining = [...chosen];
  for (;;) {
    const next = remaining.findIndex((facts) => firstUnmet(facts, have, raised) === null);
    if (next < 0) break;
    for (const [skillId, level] of remaining[next].teaches) if (levelOver(have, raised, skillId) < level) raised.set(skillId, level);
    remaining.splice(next, 1);
  }
  const stuck: Requirement[] = [];
  for (const facts of remaining) {
    for (const [skillId, level] of facts.expects) if (levelOver(have, raised, skillId) < level) stuck.push({ skillId, level, weight: 0 });
  }
  return stuck;
}

function levelOver(have: ReadonlyMap<string, number>, raised: ReadonlyMap<string, number>, skillId: string): number {
  return Math.max(have.get(skillId) ?? 0, raised.get(skillId) ?? 0);
}

/** The first skill a course expects above the levels, or null when every expectation is met. */
function firstUnmet(facts: CourseFacts, have: ReadonlyMap<string, number>, raised: ReadonlyMap<string, number>): string | null {
  for (const [skillId, level] of facts.expects) if (levelOver(have, raised, skillId) < level) return skillId;
  return null;
}

/** True when the courses can be taken one after the other, each after what it expects. */
export function canBeOrdered(have: ReadonlyMap<string, number>, chosen: readonly CourseFacts[]): boolean {
  return stuckExpectations(have, chosen).length === 0;
}

const mostTaught = new WeakMap<readonly CourseFacts[], number>();

/** The most skills any of the courses teaches: a bound on the open requirements one of them meets. */
function mostSkillsTaught(courses: readonly CourseFacts[]): number {
  let most = mostTaught.get(courses);
  if (most === undefined) {
    most = Math.max(1, ...courses.map((facts) => facts.teaches.size));
    mostTaught.set(courses, most);
  }
  return most;
}

/**
 * A lower bound on the minutes a set must still add to meet the open requirements: the most
 * any one of them costs on its own, and the sum over all of them of the smallest share of a
 * course meeting it, a course meeting k open requirements charging each a k-th of its minutes
 * (any completion pays at least that much). Minutes are whole, so the share sum rounds up.
 */
export function minutesStillNeeded(
  open: readonly Requirement[],
  teachersOf: (requirement: Requirement) => readonly CourseFacts[],
  /** Past this, the exact bound does not matter (the search prunes): it returns as soon as the sum exceeds it. */
  limit = Number.POSITIVE_INFINITY,
): number {
  const openBySkill = new Map(open.map((requirement) => [requirement.skillId, requirement]));
  let alone = 0;
  let shares = 0;
  for (const requirement of open) {
    const teachers = teachersOf(requirement);
    // Teachers come shortest first (teachersBySkill).
    alone = Math.max(alone, teachers[0]?.minutes ?? 0);
    let share = Number.POSITIVE_INFINITY;
    const most = mostSkillsTaught(teachers);
    for (const facts of teachers) {
      // The rest are no shorter and meet at most `most` requirements each: none shares less.
      if (facts.minutes / most >= share) break;
      let meets = 0;
      for (const [skillId, taught] of facts.teaches) {
        const other = openBySkill.get(skillId);
        if (other && taught >= other.level) meets += 1;
      }
      share = Math.min(share, facts.minutes / meets);
    }
    if (share !== Number.POSITIVE_INFINITY) shares += share;
    if (shares - 1e-6 > limit) return Math.ceil(shares - 1e-6);
  }
  // The epsilon keeps a float sum such as 29.999999 + 0.000002 from rounding one minute up.
  return Math.max(alone, Math.ceil(shares - 1e-6));
}
