import type { CourseFacts } from './courseFacts';

/**
 * The levels a person has with a set of chosen courses, kept up to date as courses are added
 * and removed. The planner's search asks "the level of this skill" and "the level without this
 * one course" at every node it visits; counting how many chosen courses teach each skill at each
 * level answers both without a pass over the set.
 */
export class ChosenLevels {
  /** skill id -> how many chosen courses teach it, by level taught. */
  private readonly counts = new Map<string, number[]>();
  private readonly chosen: CourseFacts[] = [];
  private readonly members = new Set<CourseFacts>();
  private chosenMinutes = 0;

  constructor(
    private readonly have: ReadonlyMap<string, number>,
    courses: readonly CourseFacts[] = [],
  ) {
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
    for (const [skillId, level] of facts.teaches) {
      let byLevel = this.counts.get(skillId);
      if (!byLevel) {
        byLevel = [];
        this.counts.set(skillId, byLevel);
      }
      byLevel[level] = (byLevel[level] ?? 0) + 1;
    }
  }

  remove(facts: CourseFacts): void {
    const at = this.chosen.lastIndexOf(facts);
    if (at < 0) return;
    this.chosen.splice(at, 1);
    this.members.delete(facts);
    this.chosenMinutes -= facts.minutes;
    for (const [skillId, level] of facts.teaches) this.counts.get(skillId)![level] -= 1;
  }

  /** The best level of a skill: the person's, or the highest a chosen course teaches. */
  level(skillId: string): number {
    return Math.max(this.have.get(skillId) ?? 0, this.highestTaught(skillId, undefined));
  }

  /** The same, not counting `except` (one of the chosen courses). */
  levelWithout(skillId: string, except: CourseFacts): number {
    return Math.max(this.have.get(skillId) ?? 0, this.highestTaught(skillId, except.teaches.get(skillId)));
  }

  private highestTaught(skillId: string, leaving: number | undefined): number {
    const byLevel = this.counts.get(skillId);
    if (!byLevel) return 0;
    for (let level = byLevel.length - 1; level > 0; level -= 1) {
      if ((byLevel[level] ?? 0) - (level === leaving ? 1 : 0) > 0) return level;
    }
    return 0;
  }
}
