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

/** What a stepping stone is planned from: the long plan's own person, targets, catalog and study time. */
export type StepInput = Omit<BuildPlanInput, 'planId' | 'name'>;

/**
 * Why a role is not a stepping stone, the first reason found: it is a target; no plan can be
 * built for it; the person needs no course for it; it ends after STEPPING_STONE_MONTHS; its plan
 * leaves a gap no course covers; or it is not mostly on the way (and is not a first job).
 */
export type NotAStep = 'target' | 'no-plan' | 'already-ready' | 'too-long' | 'uncovered' | 'off-the-way';

/** One role weighed as a stepping stone by the rule of steppingStoneFor, with the figures behind the verdict. */
export interface StepWeighing {
  roleId: string;
  /** How it would be offered, or null when it is not a step (notAStep says why). */
  kind: SteppingStoneKind | null;
  notAStep: NotAStep | null;
  /** Hours, ready date and months of its own core plan; 0, null and 0 when none was built. */
  hours: number;
  readyDate: IsoDate | null;
  months: number;
  /** Share (0-1) of those hours that raise skills a target asks for (SteppingStone.towardTarget). */
  towardTarget: number;
  /** Share (0-1) of its core gaps the targets ask too (coreGapsWithinTarget). */
  gapsWithinTarget: number;
  /** Gaps of its core plan no course the person can take covers. */
  uncovered: number;
}

/** What every role weighed for one long plan shares: the person's levels, what the targets ask, the deadline. */
interface StepContext {
  targets: ReadonlySet<string>;
  targetLevels: ReadonlyMap<string, number>;
  levels: ReadonlyMap<string, number>;
  deadline: IsoDate;
}

function stepContext(input: StepInput): StepContext {
  const targets = new Set(input.targetRoleIds);
  const targetLevels = new Map<string, number>();
  for (const role of input.catalog.roles) {
    if (!targets.has(role.id)) continue;
    for (const requirement of role.requirements) {
      targetLevels.set(requirement.skillId, Math.max(targetLevels.get(requirement.skillId) ?? 0, requirement.level));
    }
  }
  return {
    targets,
    targetLevels,
    levels: effectiveLevels(input.profile, input.catalog).levels,
    deadline: lastDayOfMonthsFrom(input.inputs.startDate, STEPPING_STONE_MONTHS),
  };
}

/**
 * Weighs one role as a stepping stone toward a long plan's targets (`targetMonths` away), by the
 * rule steppingStoneFor applies to every role (docs/advice.md "Honest durations"). The role may be
 * one the catalog does not hold yet (an O*NET occupation the person names, core/occupations/asRole):
 * it is weighed as if it were added. The figures are given whatever the verdict, so a person who
 * asks about a job hears why it is or is not a step.
 */
export function weighStep(input: StepInput, role: Role, targetMonths: number, context: StepContext = stepContext(input)): StepWeighing {
  const catalog: Catalog = input.catalog.roles.some((known) => known.id === role.id) ? input.catalog : { ...input.catalog, roles: [...input.catalog.roles, role] };
  const weighing: StepWeighing = { roleId: role.id, kind: null, notAStep: null, hours: 0, readyDate: null, months: 0, towardTarget: 0, gapsWithinTarget: 0, uncovered: 0 };
  if (context.targets.has(role.id)) return { ...weighing, notAStep: 'target' };
  const built = buildPlan({ ...input, catalog, targetRoleIds: [role.id], planId: 'stepping-stone', name: role.id });
  if (!built.ok) return { ...weighing, notAStep: 'no-plan' };
  const { plan, totalHours, months } = built.value;
  // A course counts in the share of the skills it teaches that a target asks beyond the person's level.
  const counted = plan.items.reduce((sum, item) => {
    const course = catalog.courses.find((candidate) => candidate.id === item.courseId);
    if (!course) return sum;
    const taught = [...new Set(course.teaches.map((entry) => entry.skillId))];
    if (taught.length === 0) return sum;
    const toward = taught.filter((skillId) => (context.targetLevels.get(skillId) ?? 0) > (context.levels.get(skillId) ?? 0));
    return sum + (item.hours * toward.length) / taught.length;
  }, 0);
  const figures: StepWeighing = {
    ...weighing,
    hours: totalHours,
    readyDate: plan.readyDate,
    months,
    towardTarget: totalHours === 0 ? 0 : counted / totalHours,
    gapsWithinTarget: coreGapsWithinTarget(role, context.levels, context.targetLevels),
    uncovered: plan.uncovered.length,
  };
  // Its courses must make the person ready for it: a gap no course they can take covers would
  // make "reach it by" a promise the plan cannot keep (docs/advice.md "One planner").
  if (plan.uncovered.length > 0) return { ...figures, notAStep: 'uncovered' };
  if (plan.items.length === 0 || plan.readyDate === null) return { ...figures, notAStep: 'already-ready' };
  if (plan.readyDate > context.deadline) return { ...figures, notAStep: 'too-long' };
  if (figures.towardTarget >= STEPPING_STONE_SHARE && figures.gapsWithinTarget >= STEPPING_STONE_SHARE) return { ...figures, kind: 'on-the-way' };
  if (targetMonths > 12 && role.hiresNewcomers && figures.towardTarget > 0) return { ...figures, kind: 'first-job' };
  return { ...figures, notAStep: 'off-the-way' };
}

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
 * qualifies. The candidates are the catalog's roles, the person's own included (an occupation
 * they saved as a role is weighed like a built-in one); weighStep weighs any other role.
 */
export function steppingStoneFor(input: StepInput, targetMonths: number): SteppingStone | null {
  const context = stepContext(input);
  let onTheWay: SteppingStone | null = null;
  let firstJob: SteppingStone | null = null;
  for (const role of [...input.catalog.roles].sort((a, b) => compareIds(a.id, b.id))) {
    if (context.targets.has(role.id)) continue;
    const { kind, hours, readyDate, months, towardTarget } = weighStep(input, role, targetMonths, context);
    if (kind === null || readyDate === null) continue;
    const candidate: SteppingStone = { roleId: role.id, kind, hours, readyDate, months, towardTarget };
    if (kind === 'on-the-way' && countsMore(candidate, onTheWay)) onTheWay = candidate;
    if (kind === 'first-job' && comesSooner(candidate, firstJob)) firstJob = candidate;
  }
  return onTheWay ?? firstJob;
}
