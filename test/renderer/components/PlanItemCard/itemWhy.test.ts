import type { Catalog, Course, PlanItem } from '../../../../core';
import { hoursText, whyLines } from '../../../../renderer/src/components/PlanItemCard/itemWhy';
import { createI18n } from '../../../../renderer/src/i18n';

const course = (hoursStated: boolean): Course => ({
  id: 'course-a',
  title: 'Course A',
  provider: 'Provider',
  url: 'https://example.org/a',
  hours: 12,
  hoursStated,
  hoursNote: hoursStated ? 'Provider: about 12 hours' : 'estimate: 6 lessons of about 2 h',
  cost: 'free',
  languages: ['en'],
  teaches: [{ skillId: 'python-programming', level: 2 }],
  expects: [],
});

describe('hoursText', () => {
  it('gives the catalog’s note on where the hours come from in English', () => {
    expect(hoursText(12, course(false), createI18n('en'))).toEqual({ text: '≈ 12 h, estimate', estimate: true, help: 'estimate: 6 lessons of about 2 h' });
    expect(hoursText(12, course(true), createI18n('en')).help).toBe('Provider: about 12 hours');
  });

  it('never puts the English note in French: the general word on estimates, or nothing', () => {
    const fr = createI18n('fr');
    const estimated = hoursText(12, course(false), fr);
    expect(estimated.estimate).toBe(true);
    expect(estimated.help).toBe(fr.t('plan.hours.estimateHelp'));
    expect(estimated.help).not.toMatch(/estimate:/);
    expect(hoursText(12, course(true), fr).help).toBeUndefined();
  });
});

describe('whyLines and a course written for another audience', () => {
  const forTeachers: Course = { ...course(true), id: 'ai-for-teachers', audience: { backgrounds: ['education'], roleIds: ['learning-designer'] } };
  const catalog: Catalog = { version: 'test', skills: [], roles: [], courses: [forTeachers, course(true)] };
  const item = (courseId: string): Pick<PlanItem, 'why' | 'courseId'> => ({ courseId, why: { closes: [], prepares: [], pinned: false } });
  const en = createI18n('en');
  const otherAudience = en.t('plan.why.otherAudience');

  it('says why a course for teachers is in a recruiter’s plan', () => {
    expect(whyLines(item('ai-for-teachers'), catalog, en, { background: 'human-resources', roleIds: ['recruiter'] })).toEqual([otherAudience]);
    const fr = createI18n('fr');
    expect(whyLines(item('ai-for-teachers'), catalog, fr, { background: 'human-resources', roleIds: ['recruiter'] })).toEqual([fr.t('plan.why.otherAudience')]);
  });

  it('says nothing of it for a teacher, for a course for everyone, or when whom the plan is for is not given', () => {
    expect(whyLines(item('ai-for-teachers'), catalog, en, { background: 'education', roleIds: ['recruiter'] })).toEqual([]);
    expect(whyLines(item('course-a'), catalog, en, { background: 'human-resources', roleIds: ['recruiter'] })).toEqual([]);
    expect(whyLines(item('ai-for-teachers'), catalog, en)).toEqual([]);
  });
});
