import type { z } from 'zod';
import type { Profile } from '../../../../core';
import type { MessageKey } from '../../i18n';

export type ProfileField = keyof Profile;

export interface FieldIssue {
  key: MessageKey;
  /** The schema's own English words, for the rare issue without a message of its own. */
  detail: string;
}
export type ProfileIssues = Partial<Record<ProfileField, FieldIssue>>;

const MESSAGE_BY_FIELD: Partial<Record<ProfileField, MessageKey>> = {
  name: 'profile.error.name',
  background: 'profile.error.background',
  targetRoleIds: 'profile.error.roles',
  weeklyHours: 'profile.error.hours',
  studyDays: 'profile.error.studyDays',
  studyLanguages: 'profile.error.studyLanguages',
  startDate: 'profile.error.date',
  targetDate: 'profile.error.date',
};

/**
 * One message per field from a failed ProfileSchema parse. The only custom check on the target
 * date is "before the start date", which gets its own sentence.
 */
export function profileIssues(error: z.ZodError): ProfileIssues {
  const issues: ProfileIssues = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as ProfileField | undefined;
    if (field === undefined || issues[field]) continue;
    const key: MessageKey =
      field === 'targetDate' && issue.code === 'custom'
        ? 'profile.error.targetBeforeStart'
        : (MESSAGE_BY_FIELD[field] ?? 'profile.error.other');
    issues[field] = { key, detail: issue.message };
  }
  return issues;
}
