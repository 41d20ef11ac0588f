import type { ChosenLevels } from './chosenLevels';
import type { CourseFacts } from './courseFacts';
import type { Teachers } from './teachers';

/** Importance given to a level a chosen course expects, against a role's importance 3-5. */
export const EXPECTED_SKILL_IMPORTANCE = 3;

/** A need with its skill named by number (PlannerIndex.skillNumbers). */
export interface NumberedNeed {
  skill: number;
  level: number;
  importance: number;
}

/** A level a set of courses still has to reach: a need, or what a chosen course expects. */
export interface Requirement {
  skill: number;
  level: number;
  weight: number;
}

/**
 * What a set of courses is still missing: needs not reached, and levels chosen courses expect
 * that no other chosen course or the person has; one requirement per skill, the highest level
 * asked, weighed by the largest importance × gap. In a fixed order: needs first, in their order,
 * then the chosen courses' expectations. The search asks at every node, so one object is filled
 * again each time (collect), with each skill's place kept in an array by skill number.
 */
export class OpenRequirements {
  private readonly open: Requirement[] = [];
  /** skill number -> 1 + its place in `open`, 0 when the skill is not open. */
  private readonly places: Uint32Array;

  constructor(
    /** The person's level of each skill, by skill number. */
    private readonly have: readonly number[],
  ) {
    this.places = new Uint32Array(have.length);
  }

  /** Fills the requirements the chosen courses leave open, in place of the previous ones. */
  collect(needs: readonly NumberedNeed[], levels: ChosenLevels): this {
    for (const requirement of this.open) this.places[requirement.skill] = 0;
    this.open.length = 0;
    for (const need of needs) if (levels.level(need.skill) < need.level) this.add(need.skill, need.level, need.importance);
    for (const facts of levels.courses) {
      for (const { skill, level } of facts.expected) {
        if (levels.levelWithout(skill, facts) < level) this.add(skill, level, EXPECTED_SKILL_IMPORTANCE);
      }
    }
    return this;
  }

  get size(): number {
    return this.open.length;
  }

  get list(): readonly Requirement[] {
    return this.open;
  }

  get(skill: number): Requirement | undefined {
    const place = this.places[skill];
    return place === 0 ? undefined : this.open[place - 1];
  }

  private add(skill: number, level: number, importance: number): void {
    const weight = importance * (level - this.have[skill]);
    const known = this.get(skill);
    if (!known) {
      this.open.push({ skill, level, weight });
      this.places[skill] = this.open.length;
    } else {
      known.level = Math.max(known.level, level);
      known.weight = Math.max(known.weight, weight);
    }
  }
}

/**
 * What the chosen courses still wait for once every course that can go has gone, each after
 * what it expects: the expectations of the courses left over that nothing before them meets.
 * Empty when the courses can be taken one after the other.
 */
export function stuckExpectations(have: readonly number[], chosen: readonly CourseFacts[]): Requirement[] {
  // Courses that expect nothing can always go: the usual set, with no walk to make.
  if (!chosen.some((facts) => facts.expected.length > 0)) return [];
  // The levels the courses raise, read over the person's: a few skills, not every one.
  const raised = new Map<number, number>();
  // Every course whose expectations are met goes, pass after pass, until one goes by without any.
  // Levels only rise, so the courses that go are the same whatever order they go in.
  let remaining: readonly CourseFacts[] = chosen;
  for (let went = true; went; ) {
    went = false;
    const waiting: CourseFacts[] = [];
    for (const facts of remaining) {
      if (!allMet(facts, have, raised)) waiting.push(facts);
      else {
        went = true;
        for (const { skill, level } of facts.taught) if (levelOver(have, raised, skill) < level) raised.set(skill, level);
      }
    }
    remaining = waiting;
  }
  const stuck: Requirement[] = [];
  for (const facts of remaining) {
    for (const { skill, level } of facts.expected) if (levelOver(have, raised, skill) < level) stuck.push({ skill, level, weight: 0 });
  }
  return stuck;
}

function levelOver(have: readonly number[], raised: ReadonlyMap<number, number>, skill: number): number {
  return Math.max(have[skill], raised.get(skill) ?? 0);
}

/** True when the levels meet every expectation of the course. */
function allMet(facts: CourseFacts, have: readonly number[], raised: ReadonlyMap<number, number>): boolean {
  for (const { skill, level } of facts.expected) if (levelOver(have, raised, skill) < level) return false;
  return true;
}

/** True when the courses can be taken one after the other, each after what it expects. */
export function canBeOrdered(have: readonly number[], chosen: readonly CourseFacts[]): boolean {
  return stuckExpectations(have, chosen).length === 0;
}

/**
 * A lower bound on the minutes a set must still add to meet the open requirements: the most
 * any one of them costs on its own, and the sum over all of them of the smallest share of a
 * course meeting it, a course meeting k open requirements charging each a k-th of its minutes
 * (any completion pays at least that much). Minutes are whole, so the share sum rounds up.
 */
export function minutesStillNeeded(
  open: OpenRequirements,
  teachers: Teachers,
  /** Past this, the exact bound does not matter (the search prunes): it returns as soon as the sum exceeds it. */
  limit = Number.POSITIVE_INFINITY,
): number {
  let alone = 0;
  let shares = 0;
  for (const requirement of open.list) {
    const reaching = teachers.reaching(requirement.skill, requirement.level);
    // Teachers come shortest first.
    alone = Math.max(alone, reaching[0]?.minutes ?? 0);
    let share = Number.POSITIVE_INFINITY;
    const most = teachers.mostSkillsTaught(requirement.skill, requirement.level);
    for (const facts of reaching) {
      // The rest are no shorter and meet at most `most` requirements each: none shares less.
      if (facts.minutes / most >= share) break;
      let meets = 0;
      for (const { skill, level } of facts.taught) {
        const other = open.get(skill);
        if (other && level >= other.level) meets += 1;
      }
      share = Math.min(share, facts.minutes / meets);
    }
    if (share !== Number.POSITIVE_INFINITY) shares += share;
    if (shares - 1e-6 > limit) return Math.ceil(shares - 1e-6);
  }
  // The epsilon keeps a float sum such as 29.999999 + 0.000002 from rounding one minute up.
  return Math.max(alone, Math.ceil(shares - 1e-6));
}
