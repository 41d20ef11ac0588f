import { ProfileSchema } from '../../../../core';
import { skillsNeededBy } from '../../../../renderer/src/components/SkillRatingList/skillNeeds';
import {
  buildProfile,
  firstStepWithIssues,
  initialDraft,
  stepIssues,
  type OnboardingDraft,
} from '../../../../renderer/src/screens/Onboarding/onboardingDraft';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const complete: OnboardingDraft = {
  ...initialDraft('2026-12-01'),
  name: '  Ana ',
  background: 'customer-support',
  roleIds: ['ai-engineer'],
  ratings: { 'prompt-design': 2, 'python-programming': 1, 'machine-learning-basics': 0 },
  weeklyHours: 6,
};

describe('onboarding draft', () => {
  it('starts at 5 hours a week from the given day with nothing chosen', () => {
    const draft = initialDraft('2026-12-01');
    expect(draft).toMatchObject({ weeklyHours: 5, startDate: '2026-12-01', targetDate: '', roleIds: [], background: null });
    expect(firstStepWithIssues(draft)).toBe('about');
  });

  it('names what is missing on each step', () => {
    const draft = initialDraft('2026-12-01');
    expect(stepIssues('about', draft)).toEqual({ background: 'onboarding.error.background' });
    expect(stepIssues('roles', draft)).toEqual({ roleIds: 'onboarding.error.roles' });
    expect(stepIssues('skills', draft)).toEqual({});
    expect(stepIssues('time', { ...draft, weeklyHours: null })).toEqual({ weeklyHours: 'onboarding.error.hours' });
    expect(stepIssues('time', { ...draft, weeklyHours: 41 })).toEqual({ weeklyHours: 'onboarding.error.hours' });
    expect(stepIssues('time', { ...draft, targetDate: '2026-11-30' })).toEqual({
      targetDate: 'onboarding.error.targetBeforeStart',
    });
    expect(stepIssues('time', { ...draft, startDate: '' })).toEqual({ startDate: 'onboarding.error.startDate' });
    expect(stepIssues('time', { ...draft, targetDate: '2026-12-01' })).toEqual({});
  });

  it('builds a valid profile keeping every level the person set, in the order shown, dated today', () => {
    const profile = buildProfile(complete, skillsNeededBy(smallCatalog, complete.roleIds), '2026-12-03');
    expect(profile).toEqual({
      name: 'Ana',
      background: 'customer-support',
      skills: [
        { skillId: 'python-programming', level: 1, ratedOn: '2026-12-03' },
        { skillId: 'machine-learning-basics', level: 0, ratedOn: '2026-12-03' },
        { skillId: 'prompt-design', level: 2, ratedOn: '2026-12-03' },
      ],
      targetRoleIds: ['ai-engineer'],
      weeklyHours: 6,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2026-12-01',
    });
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
    expect(firstStepWithIssues(complete)).toBeNull();
  });

  it('refuses an empty list of study languages on the first step', () => {
    const chosen = { ...initialDraft('2026-12-01'), background: 'sales' as const };
    expect(stepIssues('about', chosen)).toEqual({});
    expect(stepIssues('about', { ...chosen, studyLanguages: [] })).toEqual({ studyLanguages: 'onboarding.error.studyLanguages' });
    expect(stepIssues('about', { ...chosen, studyLanguages: ['de'] })).toEqual({});
    expect(firstStepWithIssues({ ...complete, studyLanguages: [] })).toBe('about');
  });

  it('adds the study languages only when the person chose them, so the default follows the app language', () => {
    expect(buildProfile(complete, [], '2026-12-03')).not.toHaveProperty('studyLanguages');
    const profile = buildProfile({ ...complete, studyLanguages: ['es', 'en'] }, [], '2026-12-03');
    expect(profile.studyLanguages).toEqual(['es', 'en']);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
  });

  it('adds the target date only when one was given', () => {
    const profile = buildProfile({ ...complete, targetDate: '2027-06-30' }, [], '2026-12-03');
    expect(profile.targetDate).toBe('2027-06-30');
  });
});
