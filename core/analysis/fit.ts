import type { Background, Catalog, Role } from '../model/catalog';
import type { Profile } from '../model/profile';
import { analysisIndexFor, compareIds, type AnalysisIndex } from './courseIndex';
import { coverBySetCover, mergeGapTargets, type GapTarget } from './gapCover';
import type { RequirementGap, RoleFit, Strength } from './types';

/** What the analysis needs from a profile. */
export type FitProfile = Pick<Profile, 'skills' | 'background'>;

/** skill id -> the person's level; built once per call instead of searching the list per requirement. */
export function levelsOf(profile: Pick<Profile, 'skills'>): Map<string, number> {
  const levels = new Map<string, number>();
  // A valid profile rates each skill once; for a repeated one the first rating wins, like levelOf.
  for (const rating of profile.skills) if (!levels.has(rating.skillId)) levels.set(rating.skillId, rating.level);
  return levels;
}

/**
 * How ready the person is for one role, which gaps cost most, what already counts, and the hours
 * of courses that would close the gaps. Hours come from the greedy weighted set cover of
 * gapCover.ts, the planner's course choice, without the prerequisites a plan may add first.
 */
export function analyzeFit(profile: FitProfile, role: Role, catalog: Catalog): RoleFit {
  return fitRole(levelsOf(profile), profile.background, role, analysisIndexFor(catalog));
}

const repeatsSkill = new WeakMap<Role, boolean>();

/** A valid catalog never repeats a skill in a role, but the analysis must not miscount if one does. */
function namesSkillTwice(role: Role): boolean {
  let repeats = repeatsSkill.get(role);
  if (repeats === undefined) {
    repeats = new Set(role.requirements.map((requirement) => requirement.skillId)).size !== role.requirements.length;
    repeatsSkill.set(role, repeats);
  }
  return repeats;
}

export function fitRole(
  levels: ReadonlyMap<string, number>,
  background: Background,
  role: Role,
  index: AnalysisIndex,
): RoleFit {
  let numerator = 0;
  let denominator = 0;
  const requirements: RequirementGap[] = [];
  const strengths: Strength[] = [];
  // RequirementGap has the GapTarget fields, so the open requirements are the targets themselves.
  const gaps: GapTarget[] = [];
  for (const requirement of role.requirements) {
    const have = levels.get(requirement.skillId) ?? 0;
    const need = requirement.level;
    const importance = requirement.importance;
    const gap = Math.max(0, need - have);
    const points = importance * Math.min(have, need);
    numerator += points;
    denominator += importance * need;
    const weight = importance * gap;
    const covered = have >= need;
    const item: RequirementGap = { skillId: requirement.skillId, have, need, gap, importance, weight, share: 0, covered };
    requirements.push(item);
    if (have > 0) strengths.push({ skillId: requirement.skillId, have, need, importance, points, covered });
    if (gap > 0) gaps.push(item);
  }

  // Integers throughout (levels and importances are), so the total is exact and shares sum to 1.
  const totalGapWeight = denominator - numerator;
  if (totalGapWeight > 0) for (const item of requirements) item.share = item.weight / totalGapWeight;
  requirements.sort((a, b) => b.weight - a.weight || compareIds(a.skillId, b.skillId));
  strengths.sort((a, b) => b.points - a.points || compareIds(a.skillId, b.skillId));

  const readiness = denominator === 0 ? 1 : numerator / denominator;
  const targets = namesSkillTwice(role) ? mergeGapTargets(gaps) : gaps;
  const cover = coverBySetCover(targets, index);
  return {
    roleId: role.id,
    readiness,
    requirements,
    strengths,
    backgroundMatch: role.backgrounds.includes(background),
    explanation: {
      numerator,
      denominator,
      totalGapWeight,
      // Integer arithmetic: 100 × numerator is exact, so floor never rounds 0.29 down to 28.
      percent: denominator === 0 ? 100 : Math.floor((100 * numerator) / denominator),
    },
    ...cover,
  };
}
