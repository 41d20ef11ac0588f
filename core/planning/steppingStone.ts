import type { Catalog } from '../model/catalog';
import type { IsoDate } from '../model/text';
import { buildPlan, type BuildPlanInput } from './buildPlan';
import { lastDayOfMonthsFrom } from './dates';
import { compareIds } from './courseFacts';
import { effectiveLevels } from './needs';

/** A stepping stone is reachable within this many months (docs/advice.md "Honest durations"). */
export const STEPPING_STONE_MONTHS = 6;
/** Share of a stepping stone's plan hours that makes it "mostly on the way" to the target. */
export const STEPPING_STONE_SHARE = 0.5;
/**
 * When the target is over 12 months away and no role is mostly on the way, the best one is still
 * offered, with its share shown, as long as at least this much of it counts: a far target
 * deserves a nearer first job. A plan of 6 to 12 months is only offered a role mostly on the way.
 */
export const STEPPING_STONE_MIN_SHARE = 0.25;

/**
 * A stepping stone is worth offering once a plan runs past the months a stepping stone may take:
 * always for a plan over 12 months (docs/advice.md "Honest durations"), and already from 6.
 */
export function offersSteppingStone(months: number): boolean {
  return months > STEPPING_STONE_MONTHS;
}

export interface SteppingStone {
  roleId: string;
  /** Hours of the stepping stone's own core plan. */
  hours: number;
  readyDate: IsoDate;
  months: number;
  /** Share (0-1) of those hours that raise skills a target role asks for (each course split evenly over the skills it teaches). */
  towardTarget: number;
}

/**
 * A role the person can reach sooner that lies on the way to a long plan's targets: its core
 * plan (same person, hours and languages) ends within STEPPING_STONE_MONTHS, and its hours go to
 * skills some target role asks for (core or plus): most of them (STEPPING_STONE_SHARE), or for a
 * target `targetMonths` over 12 months away at least STEPPING_STONE_MIN_SHARE. The best is the one whose hours count most toward the
 * target, then the shortest, then by role id; its share is returned so the app can say it.
 * Null when no role qualifies.
 */
export function steppingStoneFor(input: Omit<BuildPlanInput, 'planId' | 'name'>, targetMonths: number): SteppingStone | null {
  const minShare = targetMonths > 12 ? STEPPING_STONE_MIN_SHARE : STEPPING_STONE_SHARE;
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
  let best: SteppingStone | null = null;
  for (const role of [...catalog.roles].sort((a, b) => compareIds(a.id, b.id))) {
    if (targets.has(role.id)) continue;
    const built = buildPlan({ ...input, targetRoleIds: [role.id], planId: 'stepping-stone', name: role.id });
    if (!built.ok) continue;
    const { plan, totalHours, months } = built.value;
    if (plan.readyDate === null || plan.readyDate > deadline || plan.items.length === 0) continue;
    // A course counts in the share of the skills it teaches that a target asks beyond the person's level.
    const counted = plan.items.reduce((sum, item) => {
      const course = catalog.courses.find((candidate) => candidate.id === item.courseId);
      if (!course) return sum;
      const taught = [...new Set(course.teaches.map((entry) => entry.skillId))];
      const toward = taught.filter((skillId) => (targetLevels.get(skillId) ?? 0) > (levels.get(skillId) ?? 0));
      return sum + (item.hours * toward.length) / taught.length;
    }, 0);
    const towardTarget = totalHours === 0 ? 0 : counted / totalHours;
    if (towardTarget < minShare) continue;
    const candidate: SteppingStone = { roleId: role.id, hours: totalHours, readyDate: plan.readyDate, months, towardTarget };
    if (!best || candidate.towardTarget > best.towardTarget || (candidate.towardTarget === best.towardTarget && candidate.hours < best.hours)) {
      best = candidate;
    }
  }
  return best;
}
