import {
  DEFAULT_STUDY_DAYS,
  MAX_WEEKLY_HOURS,
  type IsoDate,
  type Period,
  type PlanInputs,
  type PlanScope,
  type Profile,
  type Weekday,
} from '../../../../core';
import { isIsoDay } from '../../data/isoDay';
import type { MessageKey, MessageParams } from '../../i18n';

/** What the person chooses before a plan is built; every change rebuilds the preview. */
export interface BuilderDraft {
  targetRoleIds: string[];
  weeklyHours: number;
  studyDays: Weekday[];
  startDate: string;
  /** '' when the person sets no target date. */
  targetDate: string;
  pauses: Period[];
  excludedCourseIds: string[];
  preferredCourseIds: string[];
  /** 'core' plans what an entry-level posting demands; 'full' adds the plus requirements. */
  scope: PlanScope;
}

/** The slider's range; the number field next to it accepts the profile's whole range. */
export const SLIDER_HOURS = { min: 0.5, max: 40, step: 0.5 } as const;

/** A real calendar day written yyyy-MM-dd (what a date input gives, or '' when cleared). */
export const isDay = isIsoDay;

/**
 * The profile's choices, starting today or on the profile's start date when that is later; a
 * target date already past that start is dropped rather than shown as an error.
 */
export function initialDraft(profile: Profile | null, roleIds: readonly string[], today: IsoDate): BuilderDraft {
  const known = new Set(roleIds);
  const startDate = profile && profile.startDate > today ? profile.startDate : today;
  const targetDate = profile?.targetDate && profile.targetDate > startDate ? profile.targetDate : '';
  return {
    targetRoleIds: (profile?.targetRoleIds ?? []).filter((id) => known.has(id)),
    weeklyHours: profile?.weeklyHours ?? 5,
    studyDays: profile ? [...profile.studyDays] : [...DEFAULT_STUDY_DAYS],
    startDate,
    targetDate,
    pauses: [],
    excludedCourseIds: [],
    preferredCourseIds: [],
    scope: 'core',
  };
}

export interface DraftProblem {
  /** The field the problem is about, to mark it. */
  field: 'targetRoleIds' | 'weeklyHours' | 'studyDays' | 'startDate' | 'targetDate' | 'pauses';
  key: MessageKey;
  params?: MessageParams;
}

/**
 * What stops a plan from being built, each named so the person knows what to change. Checked
 * before core's buildPlan, which would refuse the same inputs with a less specific message.
 */
export function draftProblems(draft: BuilderDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.targetRoleIds.length === 0) problems.push({ field: 'targetRoleIds', key: 'plan.builder.problem.noRoles' });
  if (!Number.isFinite(draft.weeklyHours) || draft.weeklyHours <= 0) {
    problems.push({ field: 'weeklyHours', key: 'plan.builder.problem.noHours' });
  } else if (draft.weeklyHours > MAX_WEEKLY_HOURS) {
    problems.push({ field: 'weeklyHours', key: 'plan.builder.problem.tooManyHours', params: { max: MAX_WEEKLY_HOURS } });
  }
  if (draft.studyDays.length === 0) problems.push({ field: 'studyDays', key: 'plan.builder.problem.noDays' });
  const startValid = isDay(draft.startDate);
  if (!startValid) problems.push({ field: 'startDate', key: 'plan.builder.problem.badStart' });
  if (draft.targetDate !== '') {
    if (!isDay(draft.targetDate)) {
      problems.push({ field: 'targetDate', key: 'plan.builder.problem.badTarget' });
    } else if (startValid && draft.targetDate < draft.startDate) {
      problems.push({ field: 'targetDate', key: 'plan.builder.problem.targetBeforeStart' });
    }
  }
  draft.pauses.forEach((pause, index) => {
    if (!isDay(pause.start) || !isDay(pause.end)) {
      problems.push({ field: 'pauses', key: 'plan.builder.problem.pauseDates', params: { number: index + 1 } });
    } else if (pause.end < pause.start) {
      problems.push({ field: 'pauses', key: 'plan.builder.problem.pauseOrder', params: { number: index + 1 } });
    }
  });
  return problems;
}

export function draftInputs(draft: BuilderDraft): PlanInputs {
  const inputs: PlanInputs = {
    weeklyHours: draft.weeklyHours,
    studyDays: [...draft.studyDays],
    startDate: draft.startDate,
    pauses: draft.pauses.map((pause) => ({ ...pause })),
    excludedCourseIds: [...draft.excludedCourseIds],
    preferredCourseIds: [...draft.preferredCourseIds],
    scope: draft.scope,
  };
  if (draft.targetDate !== '') inputs.targetDate = draft.targetDate;
  return inputs;
}

/** Leaves a course out of the plan (and no longer prefers it). */
export function excludeCourse(draft: BuilderDraft, courseId: string): BuilderDraft {
  return {
    ...draft,
    excludedCourseIds: [...new Set([...draft.excludedCourseIds, courseId])],
    preferredCourseIds: draft.preferredCourseIds.filter((id) => id !== courseId),
  };
}

/** Prefers one course over the one the plan chose for the same skills. */
export function preferCourse(draft: BuilderDraft, insteadOf: string, courseId: string): BuilderDraft {
  return {
    ...draft,
    excludedCourseIds: [...new Set([...draft.excludedCourseIds.filter((id) => id !== courseId), insteadOf])],
    preferredCourseIds: [...new Set([...draft.preferredCourseIds, courseId])],
  };
}

export function restoreCourse(draft: BuilderDraft, courseId: string): BuilderDraft {
  return {
    ...draft,
    excludedCourseIds: draft.excludedCourseIds.filter((id) => id !== courseId),
    preferredCourseIds: draft.preferredCourseIds.filter((id) => id !== courseId),
  };
}
