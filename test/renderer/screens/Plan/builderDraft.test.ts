import {
  draftInputs,
  draftProblems,
  excludeCourse,
  initialDraft,
  preferCourse,
  restoreCourse,
  type BuilderDraft,
} from '../../../../renderer/src/screens/Plan/builderDraft';
import { profile } from './planFixtures';

const roleIds = ['ai-engineer', 'data-annotator'];

describe('initialDraft', () => {
  it('starts on the profile’s start date when it is later than today', () => {
    expect(initialDraft(profile, roleIds, '2026-11-24').startDate).toBe('2026-12-01');
  });

  it('starts today when the profile’s start date is past, and drops a target already before it', () => {
    const draft = initialDraft({ ...profile, targetDate: '2026-12-05' }, roleIds, '2026-12-10');
    expect(draft.startDate).toBe('2026-12-10');
    expect(draft.targetDate).toBe('');
  });

  it('keeps only target roles the matrix still has', () => {
    const draft = initialDraft({ ...profile, targetRoleIds: ['ai-engineer', 'gone-role'] }, roleIds, '2026-11-24');
    expect(draft.targetRoleIds).toEqual(['ai-engineer']);
  });
});

describe('draftProblems', () => {
  const base: BuilderDraft = initialDraft(profile, roleIds, '2026-11-24');

  it('finds nothing wrong with the profile’s choices', () => {
    expect(draftProblems(base)).toEqual([]);
  });

  it('names each problem with the field it is about', () => {
    const problems = draftProblems({
      ...base,
      targetRoleIds: [],
      weeklyHours: 0,
      studyDays: [],
      targetDate: '2026-11-30',
      pauses: [{ start: '2026-12-10', end: '2026-12-01' }],
    });
    expect(problems.map((problem) => [problem.field, problem.key])).toEqual([
      ['targetRoleIds', 'plan.builder.problem.noRoles'],
      ['weeklyHours', 'plan.builder.problem.noHours'],
      ['studyDays', 'plan.builder.problem.noDays'],
      ['targetDate', 'plan.builder.problem.targetBeforeStart'],
      ['pauses', 'plan.builder.problem.pauseOrder'],
    ]);
    expect(draftProblems({ ...base, weeklyHours: 81 })[0].key).toBe('plan.builder.problem.tooManyHours');
    expect(draftProblems({ ...base, startDate: '' })[0].key).toBe('plan.builder.problem.badStart');
  });
});

describe('course choices', () => {
  const base = initialDraft(profile, roleIds, '2026-11-24');

  it('prefers a course instead of another, then puts both back', () => {
    const preferred = preferCourse(base, 'python-course', 'python-bootcamp');
    expect(preferred.excludedCourseIds).toEqual(['python-course']);
    expect(preferred.preferredCourseIds).toEqual(['python-bootcamp']);
    const excluded = excludeCourse(preferred, 'python-bootcamp');
    expect(excluded.preferredCourseIds).toEqual([]);
    expect(excluded.excludedCourseIds).toEqual(['python-course', 'python-bootcamp']);
    expect(restoreCourse(restoreCourse(excluded, 'python-course'), 'python-bootcamp').excludedCourseIds).toEqual([]);
  });

  it('turns the draft into plan inputs, without an empty target date', () => {
    expect(draftInputs(base)).toEqual({
      weeklyHours: 6,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2026-12-01',
      pauses: [],
      excludedCourseIds: [],
      preferredCourseIds: [],
      scope: 'core',
    });
    expect(draftInputs({ ...base, scope: 'full' }).scope).toBe('full');
    expect(draftInputs({ ...base, targetDate: '2027-06-01' }).targetDate).toBe('2027-06-01');
  });
});
