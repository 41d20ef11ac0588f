import { sourcesAfterEdit, sourceTitle } from '../../../../renderer/src/components/CatalogEntryForm/markers';
import { translate } from '../../../../renderer/src/i18n';

describe('sources of the person’s entries', () => {
  it('marks new entries as added and copies as edited, once', () => {
    expect(sourcesAfterEdit(undefined, 'create')).toEqual([{ title: 'Added by you' }]);
    const copied = sourcesAfterEdit([{ title: 'Study' }], 'customise');
    expect(copied).toEqual([{ title: 'Study' }, { title: 'Edited by you' }]);
    expect(sourcesAfterEdit(copied, 'customise')).toEqual(copied);
    expect(sourcesAfterEdit([{ title: 'Added by you' }], 'edit')).toEqual([{ title: 'Added by you' }]);
  });

  it('translates the markers when shown, and only them', () => {
    const fr = (key: Parameters<typeof translate>[1]) => translate('fr', key);
    expect(sourceTitle({ title: 'Added by you' }, fr)).toBe('Ajouté par vous');
    expect(sourceTitle({ title: 'LinkedIn Economic Graph' }, fr)).toBe('LinkedIn Economic Graph');
  });
});
