import type { Background, Catalog, Requirement, Role } from '../model/catalog';
import { tierOf } from '../model/catalog';
import type { Profile } from '../model/profile';
import { effectiveLevels, needsOf, type EffectiveLevels } from '../planning/needs';
import { planCourses } from '../planning/planCourses';
import { compareIds } from '../planning/courseFacts';
import type { FitExplanation, RequirementGap, RoleFit, Strength } from './types';

/**
 * What the analysis needs from a person: ratings, background (for assumed levels) and the
 * languages they study in, already resolved (studyLanguagesOf); without languages every course
 * is offered.
 */
export type FitProfile = Pick<Profile, 'skills' | 'background' | 'occupations'> & { languages?: readonly string[] };

/**
 * The person every screen analyses, from the stored profile: ratings, background, the jobs they
 * named and their study languages. One owner, so the role cards, the builder, the plan and the
 * PDF assume the same levels.
 */
export function fitProfileOf(profile: Pick<Profile, 'skills' | 'background' | 'occupations'>, languages?: readonly string[]): FitProfile {
  return {
    skills: profile.skills,
    background: profile.background,
    ...(profile.occupations && profile.occupations.length > 0 ? { occupations: profile.occupations } : {}),
    ...(languages ? { languages } : {}),
  };
}

/** skill id -> the person's level; built once per call instead of searching the list per requirement. */
export function levelsOf(profile: Pick<Profile, 'skills'>): Map<string, number> {
  const levels = new Map<string, number>();
  // A valid profile rates each skill once; for a repeated one the first rating wins, like levelOf.
  for (const rating of profile.skills) if (!levels.has(rating.skillId)) levels.set(rating.skillId, rating.level);
  return levels;
}

/**
 * How ready the person is for one role (its core, the headline, and the full role), which gaps
 * cost most, what already counts, and the hours to be ready for the core: the same planCourses
 * choice the plan builder makes, so every screen shows one figure (docs/advice.md).
 */
export function analyzeFit(profile: FitProfile, role: Role, catalog: Catalog): RoleFit {
  return fitRole(effectiveLevels(profile, catalog), profile, role, catalog);
}

/**
 * Readiness points of one requirement (docs/design.md, readiness): importance × the part of the
 * level the person has. The readiness of a set of requirements is the sum of these over the sum
 * of importance × level needed. One owner for the formula: fitRole and readinessFigures.
 */
export function requirementPoints(have: number, requirement: Pick<Requirement, 'level' | 'importance'>): number {
  return requirement.importance * Math.min(have, requirement.level);
}

export interface ReadinessFigures {
  readiness: number;
  coreReadiness: number;
}

/**
 * Readiness for the core and the whole of a set of requirements, without the gap list and the
 * course plan fitRole adds: cheap enough to rank a thousand occupations per keystroke.
 */
export function readinessFigures(levels: ReadonlyMap<string, number>, requirements: readonly Requirement[]): ReadinessFigures {
  let numerator = 0;
  let denominator = 0;
  let coreNumerator = 0;
  let coreDenominator = 0;
  for (const requirement of requirements) {
    const points = requirementPoints(levels.get(requirement.skillId) ?? 0, requirement);
    const needed = requirement.importance * requirement.level;
    numerator += points;
    denominator += needed;
    if (tierOf(requirement) === 'core') {
      coreNumerator += points;
      coreDenominator += needed;
    }
  }
  return {
    readiness: denominator === 0 ? 1 : numerator / denominator,
    coreReadiness: coreDenominator === 0 ? 1 : coreNumerator / coreDenominator,
  };
}

function explanationOf(numerator: number, denominator: number): FitExplanation {
  return {
    numerator,
    denominator,
    totalGapWeight: denominator - numerator,
    // Integer arithmetic: 100 × numerator is exact, so floor never rounds 0.29 down to 28.
    percent: denominator === 0 ? 100 : Math.floor((100 * numerator) / denominator),
  };
}

export function fitRole(
  person: EffectiveLevels,
  profile: { background: Background; languages?: readonly string[] },
  role: Role,
  catalog: Catalog,
): RoleFit {
  const { levels, assumed } = person;
  let numerator = 0;
  let denominator = 0;
  let coreNumerator = 0;
  let coreDenominator = 0;
  const requirements: RequirementGap[] = [];
  const strengths: Strength[] = [];
  for (const requirement of role.requirements) {
    const have = levels.get(requirement.skillId) ?? 0;
    const need = requirement.level;
    const importance = requirement.importance;
    const gap = Math.max(0, need - have);
    const points = requirementPoints(have, requirement);
    numerator += points;
    denominator += importance * need;
    const tier = tierOf(requirement);
    if (tier === 'core') {
      coreNumerator += points;
      coreDenominator += importance * need;
    }
    const weight = importance * gap;
    const covered = have >= need;
    const item: RequirementGap = {
      skillId: requirement.skillId,
      have,
      need,
      gap,
      importance,
      weight,
      share: 0,
      covered,
      tier,
      assumed: assumed.has(requirement.skillId),
    };
    requirements.push(item);
    if (have > 0) strengths.push({ skillId: requirement.skillId, have, need, importance, points, covered });
  }

  // Integers throughout (levels and importances are), so the total is exact and shares sum to 1.
  const totalGapWeight = denominator - numerator;
  if (totalGapWeight > 0) for (const item of requirements) item.share = item.weight / totalGapWeight;
  requirements.sort((a, b) => b.weight - a.weight || compareIds(a.skillId, b.skillId));
  strengths.sort((a, b) => b.points - a.points || compareIds(a.skillId, b.skillId));

  const plan = planCourses(levels, needsOf([role], 'core'), catalog, { languages: profile.languages, roleIds: [role.id], background: profile.background });
  return {
    roleId: role.id,
    readiness: denominator === 0 ? 1 : numerator / denominator,
    coreReadiness: coreDenominator === 0 ? 1 : coreNumerator / coreDenominator,
    requirements,
    strengths,
    backgroundMatch: role.backgrounds.includes(profile.background),
    explanation: explanationOf(numerator, denominator),
    coreExplanation: explanationOf(coreNumerator, coreDenominator),
    hoursToReady: plan.totalHours,
    coursesToReady: plan.courses.map((course) => course.id),
    uncoveredSkillIds: plan.uncovered.map((gap) => gap.skillId),
  };
}
