import { RoleSchema } from '../../../../core';
import { addedRow, draftToRole, titleFromAd } from '../../../../renderer/src/components/JobAdImport/draftRole';

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
