import type { Course, SkillLevel } from '../model/catalog';
import type { Profile } from '../model/profile';
import type { CatalogIndex } from './catalogIndex';
import { minutesOfHours } from './calendar';
import type { Gap } from './gaps';
import { EXPECTED_SKILL_IMPORTANCE, GapBook, gapWeight } from './gaps';
import { Heap } from './heap';
import { PrecedenceGraph } from './order';

export interface Selection {
  /** Chosen courses in prerequisite order. */
  courses: Course[];
  /** For each course of `courses`, the gap skills it was chosen to close, sorted. */
  closes: string[][];
  /** Gaps no course closes, at the level still needed, sorted by skill id. */
  uncovered: SkillLevel[];
}

interface Candidate {
  course: Course;
  minutes: number;
  preferred: boolean;
  /** Best level per taught skill. */
  teaches: Array<[string, number]>;
  /** The gap of each taught skill once it exists (a gap keeps its identity), to skip map lookups. */
  gaps: Array<Gap | undefined>;
  chosen: boolean;
  /** Set when choosing it would put two courses each before the other. */
  refused: boolean;
}

/** Best level per taught skill, without the intermediate sets a thousand courses would churn. */
function bestLevels(course: Course): Array<[string, number]> {
  const levels: Array<[string, number]> = [];
  for (const taught of course.teaches) {
    const known = levels.find(([skillId]) => skillId === taught.skillId);
    if (known) known[1] = Math.max(known[1], taught.level);
    else levels.push([taught.skillId, taught.level]);
  }
  return levels;
}

interface Offer {
  candidate: number;
  weight: number;
}

/**
 * Weighted set cover, greedy and lazy (DESIGN.md "Formulas"). Each round takes the course that
 * closes the most remaining gap weight (importance × levels missing) per hour; preferred courses
 * go first whenever one closes anything; ties go to the smaller course id. A course closes a gap
 * only when it teaches the skill to at least the level needed: a course reaching a lower level
 * reduces nothing (the model stays exact, no partial credit). A course that would have to come
 * both before and after chosen ones is never taken. Scores only fall as gaps close, except when
 * a chosen course's expectations add or raise a gap; then the courses teaching it are offered
 * again, so a popped offer whose score still holds is the true best.
 */
export function selectCourses(
  index: CatalogIndex,
  profile: Pick<Profile, 'skills'>,
  requirements: Map<string, { need: number; importance: number }>,
  excluded: ReadonlySet<string>,
  preferred: ReadonlySet<string>,
): Selection {
  const candidates: Candidate[] = [...index.courses.values()]
    .filter((course) => !excluded.has(course.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((course) => ({
      course,
      minutes: Math.max(1, minutesOfHours(course.hours)),
      preferred: preferred.has(course.id),
      teaches: bestLevels(course),
      gaps: [],
      chosen: false,
      refused: false,
    }));
  const teachers = new Map<string, number[]>();
  candidates.forEach((candidate, position) => {
    for (const [skillId] of candidate.teaches) {
      const list = teachers.get(skillId);
      if (list) list.push(position);
      else teachers.set(skillId, [position]);
    }
  });

  const graph = new PrecedenceGraph(index);
  const chosen: number[] = [];
  const closes: string[][] = [];
  const better = (a: Offer, b: Offer): boolean => {
    const left = a.weight * candidates[b.candidate].minutes;
    const right = b.weight * candidates[a.candidate].minutes;
    return left > right || (left === right && a.candidate < b.candidate);
  };
  const preferredOffers = new Heap<Offer>(better);
  const otherOffers = new Heap<Offer>(better);
  let started = false;

  const book: GapBook = new GapBook(profile, index, (gap: Gap) => {
    if (!started) return;
    for (const position of teachers.get(gap.skillId) ?? []) offer(position);
  });
  const score = (position: number): number => {
    const { teaches, gaps } = candidates[position];
    let weight = 0;
    for (let taught = 0; taught < teaches.length; taught += 1) {
      let gap = gaps[taught];
      if (gap === undefined) {
        gap = book.gaps.get(teaches[taught][0]);
        gaps[taught] = gap;
      }
      if (gap !== undefined && gap.closedBy < 0 && teaches[taught][1] >= gap.need) weight += gapWeight(gap);
    }
    return weight;
  };
  function offer(position: number): void {
    const candidate = candidates[position];
    if (candidate.chosen || candidate.refused) return;
    const weight = score(position);
    if (weight > 0) (candidate.preferred ? preferredOffers : otherOffers).push({ candidate: position, weight });
  }
  const closedByChosen = (skillId: string, need: number): number => {
    for (const entry of graph.teachersOf(skillId)) {
      if (index.teachLevel(candidates[chosen[entry]].course, skillId) >= need) {
        closes[entry].push(skillId);
        return entry;
      }
    }
    return -1;
  };

  for (const [skillId, requirement] of [...requirements].sort(([a], [b]) => (a < b ? -1 : 1))) {
    book.require(skillId, requirement.need, requirement.importance, closedByChosen);
  }
  started = true;
  candidates.forEach((_, position) => offer(position));

  const take = (offers: Heap<Offer>): boolean => {
    for (let top = offers.pop(); top !== undefined; top = offers.pop()) {
      const candidate = candidates[top.candidate];
      if (candidate.chosen || candidate.refused) continue;
      const weight = score(top.candidate);
      if (weight !== top.weight) {
        if (weight > 0) offers.push({ candidate: top.candidate, weight });
        continue;
      }
      const links = graph.linksOf(candidate.course);
      if (graph.wouldLoop(links)) {
        candidate.refused = true;
        continue;
      }
      choose(top.candidate, links);
      return true;
    }
    return false;
  };
  function choose(position: number, links: ReturnType<PrecedenceGraph['linksOf']>): void {
    const candidate = candidates[position];
    candidate.chosen = true;
    const entry = graph.add(candidate.course, links);
    chosen.push(position);
    closes.push([]);
    for (const [skillId, level] of candidate.teaches) {
      const gap = book.gaps.get(skillId);
      if (gap && gap.closedBy < 0 && level >= gap.need) {
        gap.closedBy = entry;
        closes[entry].push(skillId);
      }
    }
    const taught = new Set(candidate.teaches.map(([skillId]) => skillId));
    for (const expected of candidate.course.expects) {
      // Expecting a skill the course itself teaches is its own business, not a gap.
      if (taught.has(expected.skillId)) continue;
      book.require(expected.skillId, expected.level, EXPECTED_SKILL_IMPORTANCE, closedByChosen);
    }
  }
  while (take(preferredOffers) || take(otherOffers)) {
    // Each round chooses one course.
  }

  const order = graph.order();
  const uncovered = [...book.gaps.values()]
    .filter((gap) => gap.closedBy < 0)
    .map((gap) => ({ skillId: gap.skillId, level: gap.need }) as SkillLevel)
    .sort((a, b) => (a.skillId < b.skillId ? -1 : 1));
  return {
    courses: order.map((entry) => candidates[chosen[entry]].course),
    closes: order.map((entry) => [...new Set(closes[entry])].sort()),
    uncovered,
  };
}
