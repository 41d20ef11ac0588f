import { DEFAULT_STUDY_DAYS, IsoDateSchema, rateSkill, type Background, type IsoDate, type Level, type OccupationChoice, type Profile, type StudyLanguage, withOccupations } from '../../../../core';
import type { SkillNeed } from '../../components/SkillRatingList/skillNeeds';
import type { MessageKey } from '../../i18n';

/** What the person has answered so far; it becomes a Profile only when they finish. */
export interface OnboardingDraft {
  name: string;
  background: Background | null;
  roleIds: string[];
  /** Levels the person set. Skills never touched stay out of the profile (unrated reads as 0). */
  ratings: Record<string, Level>;
  /** null while the field is empty. */
  weeklyHours: number | null;
  startDate: string;
  /** '' when the person has no deadline. */
  targetDate: string;
  /** null until the person changes them: the profile then keeps the default (app language, English). */
  studyLanguages: StudyLanguage[] | null;
  /** Jobs the person named ("What do you do today?"), with their suggested levels. */
  occupations: OccupationChoice[];
}

export const ONBOARDING_STEPS = ['about', 'roles', 'skills', 'time'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export const ONBOARDING_HOURS = { min: 1, max: 40, initial: 5 } as const;

export type DraftField = 'background' | 'studyLanguages' | 'roleIds' | 'weeklyHours' | 'startDate' | 'targetDate';
export type DraftIssues = Partial<Record<DraftField, MessageKey>>;

export function initialDraft(today: string): OnboardingDraft {
  return {
    name: '',
    background: null,
    roleIds: [],
    ratings: {},
    weeklyHours: ONBOARDING_HOURS.initial,
    startDate: today,
    targetDate: '',
    studyLanguages: null,
    occupations: [],
  };
}

const isDate = (value: string) => IsoDateSchema.safeParse(value).success;

/** What stops the person from leaving a step, each problem as the message that names it. */
export function stepIssues(step: OnboardingStep, draft: OnboardingDraft): DraftIssues {
  const issues: DraftIssues = {};
  if (step === 'about' && draft.background === null) issues.background = 'onboarding.error.background';
  if (step === 'about' && draft.studyLanguages?.length === 0) issues.studyLanguages = 'onboarding.error.studyLanguages';
  if (step === 'roles' && draft.roleIds.length === 0) issues.roleIds = 'onboarding.error.roles';
  if (step === 'time') {
    const hours = draft.weeklyHours;
    if (hours === null || !(hours >= ONBOARDING_HOURS.min && hours <= ONBOARDING_HOURS.max)) {
      issues.weeklyHours = 'onboarding.error.hours';
    }
    if (!isDate(draft.startDate)) issues.startDate = 'onboarding.error.startDate';
    if (draft.targetDate !== '') {
      if (!isDate(draft.targetDate)) issues.targetDate = 'onboarding.error.targetDateInvalid';
      else if (isDate(draft.startDate) && draft.targetDate < draft.startDate) {
        issues.targetDate = 'onboarding.error.targetBeforeStart';
      }
    }
  }
  return issues;
}

/** The first step that still has a problem, so Finish can send the person back to it. */
export function firstStepWithIssues(draft: OnboardingDraft): OnboardingStep | null {
  return ONBOARDING_STEPS.find((step) => Object.keys(stepIssues(step, draft)).length > 0) ?? null;
}

/**
 * The profile the answers describe. Ratings are kept for every skill the person set (also one
 * set back to None, and also skills of a role they later dropped: it is still true information),
 * in the order the rating step showed them, each dated `today` (rateSkill): these first ratings
 * start the rating history the role page draws readiness over time from.
 */
export function buildProfile(draft: OnboardingDraft, needed: SkillNeed[], today: IsoDate): Profile {
  const order = new Map(needed.map((need, index) => [need.skill.id, index]));
  const { skills } = Object.entries(draft.ratings)
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
    .reduce((rated, [skillId, level]) => rateSkill(rated, skillId, level, today), { skills: [] as Profile['skills'] });
  const profile: Profile = {
    name: draft.name.trim(),
    background: draft.background ?? 'other',
    skills,
    targetRoleIds: [...draft.roleIds],
    weeklyHours: draft.weeklyHours ?? 0,
    studyDays: [...DEFAULT_STUDY_DAYS],
    startDate: draft.startDate,
  };
  if (draft.targetDate !== '') profile.targetDate = draft.targetDate;
  if (draft.studyLanguages && draft.studyLanguages.length > 0) profile.studyLanguages = [...draft.studyLanguages];
  return withOccupations(profile, draft.occupations);
}
