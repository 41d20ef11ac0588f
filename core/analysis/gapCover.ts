import type { Course } from '../model/catalog';
import { compareIds, type AnalysisIndex } from './courseIndex';
import type { GapCover } from './types';

/** A skill to raise to `need`, worth `weight` readiness points. */
export interface GapTarget {
  skillId: string;
  need: number;
  weight: number;
}

interface Candidate {
  course: Course;
  /** Indexes (into the gaps) of the gaps this course teaches to at least the needed level. */
  closes: number[];
}

/**
 * Greedy weighted set cover, the planner's course choice (DESIGN.md): repeatedly take the course
 * closing the most remaining gap weight per hour, until every gap is closed or no course can close
 * what is left. A course closes a gap only if it teaches the skill to the needed level; partial
 * progress does not count. Ties: more weight, then fewer hours, then course id.
 * Gaps must name distinct skills (see mergeGapTargets).
 * Hot path of rankRoles: gaps are addressed by position and weights kept in a typed array, so the
 * inner loop does no string hashing.
 */
export function coverBySetCover(gaps: readonly GapTarget[], index: AnalysisIndex): GapCover {
  const remaining = new Float64Array(gaps.length);
  // candidateSlot[course] is this call's candidate for the course when slotStamp[course] === stamp.
  const { candidateSlot, slotStamp } = index;
  const stamp = nextStamp(index);
  const candidates: Candidate[] = [];
  const uncoveredSkillIds: string[] = [];
  let open = 0;
  for (let position = 0; position < gaps.length; position += 1) {
    const gap = gaps[position];
    let closable = false;
    for (const teacher of index.teachersBySkill.get(gap.skillId) ?? []) {
      if (teacher.level < gap.need) continue;
      closable = true;
      const number = teacher.courseNumber;
      if (slotStamp[number] === stamp) {
        candidates[candidateSlot[number]].closes.push(position);
      } else {
        slotStamp[number] = stamp;
        candidateSlot[number] = candidates.length;
        candidates.push({ course: teacher.course, closes: [position] });
      }
    }
    if (closable) {
      remaining[position] = gap.weight;
      open += 1;
    } else {
      uncoveredSkillIds.push(gap.skillId);
    }
  }
  dropDominatedSingles(candidates, gaps.length);

  const chosen: Course[] = [];
  while (open > 0) {
    let best: Candidate | undefined;
    let bestWeight = 0;
    let write = 0;
    for (const candidate of candidates) {
      let weight = 0;
      for (const position of candidate.closes) weight += remaining[position];
      if (weight === 0) continue; // closes nothing any more: drop it from later passes
      candidates[write++] = candidate;
      if (!best || isBetter(candidate.course, weight, best.course, bestWeight)) {
        best = candidate;
        bestWeight = weight;
      }
    }
    candidates.length = write;
    // Every open gap has a closing course, so a best one exists; the guard only protects the loop.
    if (!best) break;
    chosen.push(best.course);
    for (const position of best.closes) {
      if (remaining[position] > 0) open -= 1;
      remaining[position] = 0;
    }
  }
  return toCover(chosen, uncoveredSkillIds);
}

/** A number no slot holds yet; the stamps are cleared in the (theoretical) case they wrap. */
function nextStamp(index: AnalysisIndex): number {
  index.stamp.value += 1;
  if (index.stamp.value > 0xffffffff) {
    index.slotStamp.fill(0);
    index.stamp.value = 1;
  }
  return index.stamp.value;
}

/**
 * Of the courses that close only one gap, only the best for each gap can ever be chosen: they all
 * add the same weight, so the shortest (then lowest id) always wins. Dropping the others keeps
 * the greedy loop short without changing its choice.
 */
function dropDominatedSingles(candidates: Candidate[], gapCount: number): void {
  const bestSingle: Array<Candidate | undefined> = new Array(gapCount);
  for (const candidate of candidates) {
    if (candidate.closes.length !== 1) continue;
    const position = candidate.closes[0];
    const current = bestSingle[position];
    if (!current || isBetter(candidate.course, 1, current.course, 1)) bestSingle[position] = candidate;
  }
  let write = 0;
  for (const candidate of candidates) {
    if (candidate.closes.length !== 1 || bestSingle[candidate.closes[0]] === candidate) candidates[write++] = candidate;
  }
  candidates.length = write;
}

function isBetter(course: Course, weight: number, best: Course, bestWeight: number): boolean {
  // weight/hours > bestWeight/bestHours, cross-multiplied to avoid dividing.
  const byRate = weight * best.hours - bestWeight * course.hours;
  if (byRate !== 0) return byRate > 0;
  if (weight !== bestWeight) return weight > bestWeight;
  if (course.hours !== best.hours) return course.hours < best.hours;
  return compareIds(course.id, best.id) < 0;
}

function toCover(chosen: Course[], uncoveredSkillIds: string[]): GapCover {
  let hoursToReady = 0;
  for (const course of chosen) hoursToReady += course.hours;
  return {
    hoursToReady,
    coursesToReady: chosen.map((course) => course.id),
    uncoveredSkillIds: uncoveredSkillIds.sort(compareIds),
  };
}

/** One target per skill: the highest need and the summed weight of every gap naming it. */
export function mergeGapTargets(gaps: Iterable<GapTarget>): GapTarget[] {
  const bySkill = new Map<string, GapTarget>();
  for (const gap of gaps) {
    const known = bySkill.get(gap.skillId);
    if (known) {
      known.need = Math.max(known.need, gap.need);
      known.weight += gap.weight;
    } else {
      bySkill.set(gap.skillId, { skillId: gap.skillId, need: gap.need, weight: gap.weight });
    }
  }
  return [...bySkill.values()];
}
