import { menuLocale } from '../../main/locale';

describe('menuLocale', () => {
  it.each([
    ['the saved choice wins over the system', 'fr', 'en-US', 'fr'],
    ['the saved choice wins over a French system', 'en', 'fr-FR', 'en'],
    ['a French system without a saved choice', null, 'fr-CA', 'fr'],
    ['a bare French system locale', null, 'FR', 'fr'],
    ['an English system', null, 'en-GB', 'en'],
    ['a language Skillgap does not speak', null, 'de-DE', 'en'],
    ['an empty system locale', null, '', 'en'],
  ] as const)('%s', (_name, saved, system, expected) => {
    expect(menuLocale(saved, system)).toBe(expected);
  });
});
