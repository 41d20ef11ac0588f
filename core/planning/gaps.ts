import { DEFAULT_PREREQUISITE_LEVEL } from '../model/level';
import type { Profile } from '../model/profile';
import type { CatalogIndex } from './catalogIndex';

/** Importance given to a gap that only a course's expectations imply. */
export const EXPECTED_SKILL_IMPORTANCE = 3;

export interface Gap {
  skillId: string;
  have: number;
  need: number;
  importance: number;
  /** Selection index of the chosen course that closes it; -1 while open. */
  closedBy: number;
}

export function gapWeight(gap: Gap): number {
  return gap.importance * (gap.need - gap.have);
}

/**
 * The gaps a plan must close, keyed by skill. It grows while courses are chosen (a chosen
 * course's expectations can imply new gaps) and reports every raised or reopened gap through
 * `onRaised`, so the set cover can re-score the courses that teach it.
 */
export class GapBook {
  readonly gaps = new Map<string, Gap>();
  private readonly levels: Map<string, number>;

  constructor(
    profile: Pick<Profile, 'skills'>,
    private readonly index: CatalogIndex,
    private readonly onRaised: (gap: Gap) => void = () => undefined,
  ) {
    this.levels = new Map(profile.skills.map((rating) => [rating.skillId, rating.level]));
  }

  have(skillId: string): number {
    return this.levels.get(skillId) ?? 0;
  }

  /**
   * Asks for `skillId` at `need` with `importance`. A skill the person already has at that
   * level is no gap. A new or raised gap implies its prerequisites the person has below
   * DEFAULT_PREREQUISITE_LEVEL, recursively, with the same importance. `closedByChosen`
   * returns the chosen course already teaching the skill to a level, if any.
   */
  require(skillId: string, need: number, importance: number, closedByChosen: (skillId: string, need: number) => number): void {
    const work: Array<[string, number, number]> = [[skillId, need, importance]];
    while (work.length > 0) {
      const [id, level, weight] = work.pop()!;
      const have = this.have(id);
      if (have >= level) continue;
      let gap = this.gaps.get(id);
      let raised = false;
      let heavier = false;
      if (!gap) {
        gap = { skillId: id, have, need: level, importance: weight, closedBy: -1 };
        this.gaps.set(id, gap);
        raised = true;
      } else {
        if (level > gap.need) {
          gap.need = level;
          raised = true;
        }
        if (weight > gap.importance) {
          gap.importance = weight;
          heavier = true;
        }
      }
      if (!raised && !heavier) continue;
      // A raised gap may outgrow the course that closed it; look again among the chosen ones.
      if (raised) gap.closedBy = closedByChosen(id, gap.need);
      if (gap.closedBy < 0) this.onRaised(gap);
      for (const prerequisite of this.index.prerequisitesOf(id)) {
        work.push([prerequisite, DEFAULT_PREREQUISITE_LEVEL, gap.importance]);
      }
    }
  }
}
