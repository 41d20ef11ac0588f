import type { Course } from '../../../../core';
import { hoursText } from '../../../../renderer/src/components/PlanItemCard/itemWhy';
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
