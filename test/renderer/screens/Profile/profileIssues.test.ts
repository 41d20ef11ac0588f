import { ProfileSchema, type Profile } from '../../../../core';
import { profileIssues } from '../../../../renderer/src/screens/Profile/profileIssues';

const valid: Profile = {
  name: 'Ana',
  background: 'sales',
  skills: [],
  targetRoleIds: [],
  weeklyHours: 5,
  studyDays: [1],
  startDate: '2026-12-01',
};

const issuesOf = (profile: unknown) => {
  const parsed = ProfileSchema.safeParse(profile);
  if (parsed.success) throw new Error('expected the profile to be invalid');
  return profileIssues(parsed.error);
};

describe('profileIssues', () => {
  it('asks for at least one study language when the list is empty', () => {
    expect(issuesOf({ ...valid, studyLanguages: [] }).studyLanguages?.key).toBe('profile.error.studyLanguages');
  });

  it('gives a target date before the start its own message', () => {
    expect(issuesOf({ ...valid, targetDate: '2026-11-30' }).targetDate?.key).toBe('profile.error.targetBeforeStart');
  });

  it('names each invalid field once', () => {
    const issues = issuesOf({ ...valid, weeklyHours: Number.NaN, studyDays: [], startDate: '2026-13-01' });
    expect(Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, issue?.key]))).toEqual({
      weeklyHours: 'profile.error.hours',
      studyDays: 'profile.error.studyDays',
      startDate: 'profile.error.date',
    });
  });
});
