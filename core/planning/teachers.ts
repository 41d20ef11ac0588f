import { LEVELS } from '../model/level';
import { levelTaught, type CourseFacts } from './courseFacts';

/** Slots per skill: one per level a requirement can ask (1-4); 0 stays unused. */
const SLOTS = LEVELS.length;

/**
 * The usable courses teaching a skill to at least a level, shortest first, then by id, by skill
 * number. Each list is made on first ask and kept with the person's context: ranking asks for
 * the same few (skill, level) pairs at every node of every role's search.
 */
export class Teachers {
  private readonly lists: Array<readonly CourseFacts[] | undefined>;
  /** The most skills a course of each list teaches, 0 until the list is made. */
  private readonly widest: Uint16Array;

  constructor(
    /** skill number -> the usable courses teaching it, shortest first, then by id. */
    private readonly bySkill: ReadonlyArray<readonly CourseFacts[] | undefined>,
  ) {
    this.lists = new Array<readonly CourseFacts[] | undefined>(bySkill.length * SLOTS);
    this.widest = new Uint16Array(bySkill.length * SLOTS);
  }

  /** Every usable course teaching the skill. */
  of(skill: number): readonly CourseFacts[] {
    return this.bySkill[skill] ?? [];
  }

  /** The courses teaching the skill to at least the level. */
  reaching(skill: number, level: number): readonly CourseFacts[] {
    const slot = skill * SLOTS + level;
    let list = this.lists[slot];
    if (!list) {
      list = (this.bySkill[skill] ?? []).filter((facts) => levelTaught(facts, skill) >= level);
      this.lists[slot] = list;
      this.widest[slot] = Math.max(1, ...list.map((facts) => facts.taught.length));
    }
    return list;
  }

  /** Minutes of the shortest course teaching the skill to the level, 0 when none does. */
  cheapest(skill: number, level: number): number {
    return this.reaching(skill, level)[0]?.minutes ?? 0;
  }

  /** The most skills any of those courses teaches (at least 1): a bound on the open requirements one of them meets. */
  mostSkillsTaught(skill: number, level: number): number {
    this.reaching(skill, level);
    return this.widest[skill * SLOTS + level];
  }
}
