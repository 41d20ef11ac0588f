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
  /** Gap skills this course teaches to at least the needed level. */
  closes: string[];
}

/**
 * Greedy weighted set cover, the planner's course choice (DESIGN.md): repeatedly take the course
 * closing the most remaining gap weight per hour, until every gap is closed or no course can close
 * what is left. A course closes a gap only if it teaches the skill to the needed level; partial
 * progress does not count. Ties: more weight, then fewer hours, then course id.
 * Gaps must name distinct skills (see mergeGapTargets).
 */
export function coverBySetCover(gaps: readonly GapTarget[], index: AnalysisIndex): GapCover {
  const weightOf = new Map<string, number>();
  const byCourseId = new Map<string, Candidate>();
  const uncoveredSkillIds: string[] = [];
  for (const gap of gaps) {
    let closable = false;
    for (const teacher of index.teachersBySkill.get(gap.skillId) ?? []) {
      if (teacher.level < gap.need) continue;
      closable = true;
      let candidate = byCourseId.get(teacher.course.id);
      if (!candidate) {
        candidate = { course: teacher.course, closes: [] };
        byCourseId.set(teacher.course.id, candidate);
      }
      candidate.closes.push(gap.skillId);
    }
    if (closable) weightOf.set(gap.skillId, gap.weight);
    else uncoveredSkillIds.push(gap.skillId);
  }

  const candidates = [...byCourseId.values()];
  const chosen: Course[] = [];
  while (weightOf.size > 0) {
    let best: Candidate | undefined;
    let bestWeight = 0;
    let write = 0;
    for (const candidate of candidates) {
      let weight = 0;
      for (const skillId of candidate.closes) weight += weightOf.get(skillId) ?? 0;
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
    for (const skillId of best.closes) weightOf.delete(skillId);
  }
  return toCover(chosen, uncoveredSkillIds);
}

function isBetter(course: Course, weight: number, best: Course, bestWeight: number): boolean {
  // weight/hours > bestWeight/bestHours, cross-multiplied to avoid dividing.
  const byRate = weight * best.hours - bestWeight * course.hours;
  if (byRate !== 0) return byRate > 0;
  if (weight !== bestWeight) return weight > bestWeight;
  if (course.hours !== best.hours) return course.hours < best.hours;
  return compareIds(course.id, best.id) < 0;
}

/**
 * Cheaper estimate for ranking many roles: gaps are taken heaviest first; each gap not already
 * closed by a course taken so far gets the shortest course reaching its level, and that course
 * also closes every other gap it reaches. O(gaps × skills per course), no repeated passes.
 * It closes the same gaps as the set cover (every gap some course can close), usually with about
 * the same hours, sometimes more: it never weighs one long course against several short ones.
 */
export function coverByCheapestPerGap(gaps: readonly GapTarget[], index: AnalysisIndex): GapCover {
  const needOf = new Map<string, number>();
  for (const gap of gaps) needOf.set(gap.skillId, gap.need);
  const ordered = [...gaps].sort((a, b) => b.weight - a.weight || compareIds(a.skillId, b.skillId));
  const closed = new Set<string>();
  const chosen: Course[] = [];
  const uncoveredSkillIds: string[] = [];
  for (const gap of ordered) {
    if (closed.has(gap.skillId)) continue;
    const teacher = index.teachersBySkill.get(gap.skillId)?.find((t) => t.level >= gap.need);
    if (!teacher) {
      uncoveredSkillIds.push(gap.skillId);
      continue;
    }
    chosen.push(teacher.course);
    for (const taught of teacher.course.teaches) {
      const need = needOf.get(taught.skillId);
      if (need !== undefined && taught.level >= need) closed.add(taught.skillId);
    }
  }
  return toCover(chosen, uncoveredSkillIds);
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
      bySkill.set(gap.skillId, { ...gap });
    }
  }
  return [...bySkill.values()];
}
