import { tierOf, type Catalog, type Role } from '../model/catalog';
import type { IsoDate } from '../model/text';
import { buildPlan, type BuildPlanInput } from './buildPlan';
import { lastDayOfMonthsFrom } from './dates';
import { compareIds } from './courseFacts';
import { effectiveLevels } from './needs';

/** A stepping stone is reachable within this many months (docs/advice.md "Honest durations"). */
export const STEPPING_STONE_MONTHS = 6;
/** Share of a stepping stone's plan hours, and of its core gaps, that makes it "mostly on the way" to the target. */
export const STEPPING_STONE_SHARE = 0.5;

/**
 * A stepping stone is worth offering once a plan runs past the months a stepping stone may take:
 * always for a plan over 12 months (docs/advice.md "Honest durations"), and already from 6.
 */
export function offersSteppingStone(months: number): boolean {
  return months > STEPPING_STONE_MONTHS;
}

/**
 * 'on-the-way': most of its study also counts toward the target. 'first-job': a role that hires
 * people new to the field (Role.hiresNewcomers), offered for a target over 12 months away when no
 * role is on the way, so the person works in the field while they keep studying.
 */
export type SteppingStoneKind = 'on-the-way' | 'first-job';

export interface SteppingStone {
  roleId: string;
  kind: SteppingStoneKind;
  /** Hours of the stepping stone's own core plan. */
  hours: number;
  readyDate: IsoDate;
  months: number;
  /** Share (0-1) of those hours that raise skills a target role asks for (each course split evenly over the skills it teaches). */
  towardTarget: number;
}

/**
 * Share (0-1) of a role's core gaps, weighed by importance × levels missing, that the target
 * roles ask for too (up to the level they ask): 1 when every gap of the role is also a gap toward
 * the target, 0 when none is. A role is only on the way when most of its gaps are the target's
 * (docs/advice.md "Honest durations"). Courses alone can mislead: a Linux course counts toward ML
 * engineering, yet a data-center operations engineer's gaps are mostly the building's, not the
 * model's. A role with no core gap left is not a step (its share is 0).
 */
export function coreGapsWithinTarget(role: Role, levels: ReadonlyMap<string, number>, targetLevels: ReadonlyMap<string, number>): number {
  let all = 0;
  let within = 0;
  for (const requirement of role.requirements) {
    if (tierOf(requirement) !== 'core') continue;
    const have = levels.get(requirement.skillId) ?? 0;
    all += requirement.importance * Math.max(0, requirement.level - have);
    const shared = Math.min(requirement.level, targetLevels.get(requirement.skillId) ?? 0);
    within += requirement.importance * Math.max(0, shared - have);
  }
  return all === 0 ? 0 : within / all;
}

/** On the way: the one whose hours count most, then the shorter. */
const countsMore = (a: SteppingStone, b: SteppingStone | null) =>
  !b || a.towardTarget > b.towardTarget || (a.towardTarget === b.towardTarget && a.hours < b.hours);
/** A first job: the sooner, then the one whose hours count more. */
const comesSooner = (a: SteppingStone, b: SteppingStone | null) =>
  !b || a.hours < b.hours || (a.hours === b.hours && a.towardTarget > b.towardTarget);

/**
 * A role the person can reach sooner, on the way to a long plan's targets: its core plan (same
 * person, hours and languages) ends within STEPPING_STONE_MONTHS, most of its hours
 * (STEPPING_STONE_SHARE) go to skills some target role asks for, core or plus, and most of its
 * core gaps are the target's too (coreGapsWithinTarget). For a target
 * `targetMonths` over 12 months away with no such role, a first job: the role that hires
 * newcomers the person reaches soonest, some of whose hours count. A coach sends a humanities
 * graduate aiming at AI engineering to AI training or annotation work within weeks, paid work in
 * the field while they study, not to product management because a quarter of its courses
 * overlap. On the way, the role whose hours count most toward the target wins, then the shortest;
 * a first job, the shortest, then the one that counts most; then by role id. Null when no role
 * qualifies.
 */
export function steppingStoneFor(input: Omit<BuildPlanInput, 'planId' | 'name'>, targetMonths: number): SteppingStone | null {
  const catalog: Catalog = input.catalog;
  const targets = new Set(input.targetRoleIds);
  const targetLevels = new Map<string, number>();
  for (const role of catalog.roles) {
    if (!targets.has(role.id)) continue;
    for (const requirement of role.requirements) {
      targetLevels.set(requirement.skillId, Math.max(targetLevels.get(requirement.skillId) ?? 0, requirement.level));
    }
  }
  const deadline = lastDayOfMonthsFrom(input.inputs.startDate, STEPPING_STONE_MONTHS);
  const { levels } = effectiveLevels(input.profile, catalog);
  let onTheWay: SteppingStone | null = null;
  let firstJob: SteppingStone | null = null;
  for (const role of [...catalog.roles].sort((a, b) => compareIds(a.id, b.id))) {
    if (targets.has(role.id)) continue;
    const built = buildPlan({ ...input, targetRoleIds: [role.id], planId: 'stepping-stone', name: role.id });
    if (!built.ok) continue;
    const { plan, totalHours, months } = built.value;
    if (plan.readyDate === null || plan.readyDate > deadline || plan.items.length === 0) continue;
    // Its courses must make the person ready for it: a gap no course they can take covers would
    // make "reach it by" a promise the plan cannot keep (docs/advice.md "One planner").
    if (plan.uncovered.length > 0) continue;
    // A course counts in the share of the skills it teaches that a target asks beyond the person's level.
    const counted = plan.items.reduce((sum, item) => {
      const course = catalog.courses.find((candidate) => candidate.id === item.courseId);
      if (!course) return sum;
      const taught = [...new Set(course.teaches.map((entry) => entry.skillId))];
      if (taught.length === 0) return sum;
      const toward = taught.filter((skillId) => (targetLevels.get(skillId) ?? 0) > (levels.get(skillId) ?? 0));
      return sum + (item.hours * toward.length) / taught.length;
    }, 0);
    const towardTarget = totalHours === 0 ? 0 : counted / totalHours;
    const candidate = { roleId: role.id, hours: totalHours, readyDate: plan.readyDate, months, towardTarget };
    if (towardTarget >= STEPPING_STONE_SHARE && coreGapsWithinTarget(role, levels, targetLevels) >= STEPPING_STONE_SHARE) {
      if (countsMore({ ...candidate, kind: 'on-the-way' }, onTheWay)) onTheWay = { ...candidate, kind: 'on-the-way' };
    } else if (targetMonths > 12 && role.hiresNewcomers && towardTarget > 0) {
      if (comesSooner({ ...candidate, kind: 'first-job' }, firstJob)) firstJob = { ...candidate, kind: 'first-job' };
    }
  }
  return onTheWay ?? firstJob;
}
