import { RoleSchema } from '../../../../core';
import { addedRow, draftToRole, phraseInAd, titleFromAd } from '../../../../renderer/src/components/JobAdImport/draftRole';

describe('draft role', () => {
  it('takes the first non-empty line of an ad as its title, shortened when long', () => {
    expect(titleFromAd('\n\n  Data annotator (Austin)  \nAbout us')).toBe('Data annotator (Austin)');
    expect(titleFromAd('x'.repeat(300)).length).toBe(120);
    expect(titleFromAd('')).toBe('');
  });

  it('builds a custom role the schema accepts', () => {
    const role = draftToRole({ id: 'my-annotator', title: 'Annotator', family: 'data-annotation', rows: [addedRow('data-labeling')], today: '2026-11-24' });
    expect(RoleSchema.parse(role)).toMatchObject({
      custom: true,
      requirements: [{ skillId: 'data-labeling', level: 2, importance: 3 }],
      sources: [{ title: 'Added by you' }],
    });
  });
});

describe('phraseInAd', () => {
  it('puts the phrase between whole words of the ad, on one line, with … where it was cut', () => {
    const text = `${'intro '.repeat(20)}Requirements\n- Strong  Python and SQL\n${'tail '.repeat(20)}`;
    const start = text.indexOf('Python');
    const { before, match, after } = phraseInAd(text, { start, end: start + 6 });
    expect(match).toBe('Python');
    expect(before).toMatch(/^….*Requirements - Strong $/);
    expect(after).toMatch(/^ and SQL tail.*…$/);
    expect(`${before}${match}${after}`).not.toContain('\n');
  });

  it('cuts nothing in a short ad', () => {
    expect(phraseInAd('Python', { start: 0, end: 6 })).toEqual({ before: '', match: 'Python', after: '' });
  });
});
