import type { Importance } from '../model/level';

/** One requirement of a role seen against the person's level (DESIGN.md, "Formulas"). */
export interface RequirementGap {
  skillId: string;
  /** The person's level, 0 when unrated. */
  have: number;
  /** The level the role asks for. */
  need: number;
  /** max(0, need − have). */
  gap: number;
  importance: Importance;
  /** importance × gap: how much this gap costs in readiness points. */
  weight: number;
  /** weight ÷ the role's total gap weight; 0 when the role has no gap. Shares sum to 1 otherwise. */
  share: number;
  /** have >= need. */
  covered: boolean;
}

/** A requirement the person already meets or partly meets (have > 0): "what already counts". */
export interface Strength {
  skillId: string;
  have: number;
  need: number;
  importance: Importance;
  /** importance × min(have, need): what this skill adds to the readiness numerator. */
  points: number;
  covered: boolean;
}

/** How readiness was computed, so the UI can say "42 of 60 points". */
export interface FitExplanation {
  /** Σ importance × min(have, need). */
  numerator: number;
  /** Σ importance × need; 0 for a role without requirements. */
  denominator: number;
  /** Σ importance × gap = denominator − numerator. */
  totalGapWeight: number;
  /** floor(100 × readiness): shows 100 only when the person is fully ready. */
  percent: number;
}

/**
 * The courses that would close a set of gaps and the gaps none can close, chosen by greedy
 * weighted set cover (most remaining gap weight per hour first; a course counts for a gap only
 * if it teaches the skill to the needed level). Course prerequisites are not added.
 */
export interface GapCover {
  /** Sum of the chosen courses' hours. Gaps in uncoveredSkillIds add nothing. */
  hoursToReady: number;
  /** Chosen course ids, in the order they were chosen. */
  coursesToReady: string[];
  /** Gap skills no course in the catalog teaches to the needed level, sorted. */
  uncoveredSkillIds: string[];
}

export interface RoleFit extends GapCover {
  roleId: string;
  /** Σ importance × min(have, need) ÷ Σ importance × need, in [0, 1]; 1 without requirements. */
  readiness: number;
  /** Every requirement, by weight (largest gap first) then skill id. */
  requirements: RequirementGap[];
  /** Requirements with have > 0, by points then skill id. */
  strengths: Strength[];
  /** The person's background is one of the role's typical backgrounds. */
  backgroundMatch: boolean;
  explanation: FitExplanation;
}

/** A skill that is a gap in two or more compared roles: learning it keeps several doors open. */
export interface SharedGap {
  skillId: string;
  have: number;
  /** The highest level any of these roles asks for. */
  maxNeed: number;
  /** One entry per role where the skill is a gap, in the order the roles were asked for. */
  roles: Array<{ roleId: string; need: number; importance: Importance; weight: number }>;
  /** Sum of the per-role weights. */
  totalWeight: number;
}

export interface RoleComparison {
  /** One fit per distinct role id, in the order asked for. */
  fits: RoleFit[];
  /** By total weight desc, then number of roles desc, then skill id. */
  sharedGaps: SharedGap[];
  /** Courses that would make the person ready for all compared roles at once (highest need per skill). */
  combined: GapCover;
}
