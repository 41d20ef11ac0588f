import { LEVELS } from '../model/level';
import { levelTaught, type CourseFacts } from './courseFacts';

/** Count slots per skill: one per level a course can teach (1-4, PositiveLevelSchema); 0 stays unused. */
const SLOTS = LEVELS.length;

/**
 * The levels a person has with a set of chosen courses, kept up to date as courses are added
 * and removed. The planner's search asks "the level of this skill" and "the level without this
 * one course" at every node it visits; counting how many chosen courses teach each skill at each
 * level answers both without a pass over the set. Skills are named by number
 * (PlannerIndex.skillNumbers), so the counts are one flat array.
 */
export class ChosenLevels {
  /** skill × SLOTS + level -> how many chosen courses teach the skill at that level. */
  private readonly counts: Uint16Array;
  /** skill -> the highest level a chosen course teaches, 0 when none does. */
  private readonly highest: Uint8Array;
  private readonly chosen: CourseFacts[] = [];
  private readonly members = new Set<CourseFacts>();
  private chosenMinutes = 0;

  constructor(
    /** The person's level of each skill, by skill number. */
    private readonly have: readonly number[],
    courses: readonly CourseFacts[] = [],
  ) {
    this.counts = new Uint16Array(have.length * SLOTS);
    this.highest = new Uint8Array(have.length);
    for (const facts of courses) this.add(facts);
  }

  /** The chosen courses, in the order they were added. */
  get courses(): readonly CourseFacts[] {
    return this.chosen;
  }

  get minutes(): number {
    return this.chosenMinutes;
  }

  has(facts: CourseFacts): boolean {
    return this.members.has(facts);
  }

  /** Adds a course not chosen yet. */
  add(facts: CourseFacts): void {
    this.chosen.push(facts);
    this.members.add(facts);
    this.chosenMinutes += facts.minutes;
    for (const { skill, level } of facts.taught) {
      this.counts[skill * SLOTS + level] += 1;
      if (level > this.highest[skill]) this.highest[skill] = level;
    }
  }

  remove(facts: CourseFacts): void {
    const at = this.chosen.lastIndexOf(facts);
    if (at < 0) return;
    this.chosen.splice(at, 1);
    this.members.delete(facts);
    this.chosenMinutes -= facts.minutes;
    for (const { skill, level } of facts.taught) {
      this.counts[skill * SLOTS + level] -= 1;
      if (level === this.highest[skill]) this.highest[skill] = this.highestTaught(skill, 0);
    }
  }

  /** The best level of a skill: the person's, or the highest a chosen course teaches. */
  level(skill: number): number {
    return Math.max(this.have[skill], this.highest[skill]);
  }

  /** The same, not counting `except` (one of the chosen courses). */
  levelWithout(skill: number, except: CourseFacts): number {
    const highest = this.highest[skill];
    // Only the one course teaching the highest level changes it by leaving.
    if (highest === 0 || this.counts[skill * SLOTS + highest] > 1 || levelTaught(except, skill) !== highest) return this.level(skill);
    return Math.max(this.have[skill], this.highestTaught(skill, highest));
  }

  /** The highest level chosen courses teach, from the counts, one course teaching `leaving` left out (0: none). */
  private highestTaught(skill: number, leaving: number): number {
    const first = skill * SLOTS;
    for (let level = SLOTS - 1; level > 0; level -= 1) {
      if (this.counts[first + level] - (level === leaving ? 1 : 0) > 0) return level;
    }
    return 0;
  }
}
