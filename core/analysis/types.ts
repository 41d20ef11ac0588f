import type { RequirementTier } from '../model/catalog';
import type { Importance } from '../model/level';

/** One requirement of a role seen against the person's level (docs/design.md, "Formulas"). */
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
  /** Core (entry-level postings ask it) or plus (grows with experience). */
  tier: RequirementTier;
  /** The person has not rated the skill; `have` is suggested from their background. */
  assumed: boolean;
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
 * The courses that would make the person ready for the core of one or more roles, and the gaps
 * no course they can take reaches: planCourses' choice, the one behind every hours figure.
 */
export interface GapCover {
  /** Sum of the chosen courses' hours. Gaps in uncoveredSkillIds add nothing. */
  hoursToReady: number;
  /** Chosen course ids, in study order. */
  coursesToReady: string[];
  /** Core gaps no course the person can take reaches, sorted. */
  uncoveredSkillIds: string[];
}

export interface RoleFit extends GapCover {
  roleId: string;
  /** Σ importance × min(have, need) ÷ Σ importance × need over every requirement, in [0, 1]; 1 without requirements. */
  readiness: number;
  /** The same over the core requirements only: the headline figure. */
  coreReadiness: number;
  /** How coreReadiness was computed. */
  coreExplanation: FitExplanation;
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
