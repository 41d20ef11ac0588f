import { editLocalized } from '../../../../renderer/src/components/CatalogEntryForm/localizedEdit';

describe('editLocalized', () => {
  it('writes a new text in both languages', () => {
    expect(editLocalized(undefined, 'fr', 'Chef de projet IA')).toEqual({ en: 'Chef de projet IA', fr: 'Chef de projet IA' });
  });

  it('keeps the other language of a translated text', () => {
    expect(editLocalized({ en: 'AI engineer', fr: 'Ingénieur IA' }, 'en', 'AI engineer (Lyon)')).toEqual({
      en: 'AI engineer (Lyon)',
      fr: 'Ingénieur IA',
    });
  });

  it('keeps both languages equal when they were', () => {
    expect(editLocalized({ en: 'Mine', fr: 'Mine' }, 'fr', 'Le mien')).toEqual({ en: 'Le mien', fr: 'Le mien' });
  });
});
