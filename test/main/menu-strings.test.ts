import { LOCALES } from '../../core';
import { fillTemplate, MENU_STRING_KEYS, MENU_STRINGS, menuLocale, menuStrings } from '../../main/menu-strings';

describe('MENU_STRINGS', () => {
  it.each(LOCALES)('defines every key in %s, and nothing else, with non-empty text', (locale) => {
    const strings = MENU_STRINGS[locale];
    expect(Object.keys(strings).sort()).toEqual([...MENU_STRING_KEYS].sort());
    for (const key of MENU_STRING_KEYS) expect(strings[key].trim(), key).not.toBe('');
  });

  it('is really translated: French differs from English except for words both languages share', () => {
    const shared = new Set(['ok', 'services', 'aboutVersion']);
    for (const key of MENU_STRING_KEYS) {
      if (shared.has(key)) continue;
      expect(MENU_STRINGS.fr[key], key).not.toBe(MENU_STRINGS.en[key]);
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of MENU_STRING_KEYS) {
      expect(placeholders(MENU_STRINGS.fr[key]), key).toEqual(placeholders(MENU_STRINGS.en[key]));
    }
  });
});

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

describe('menuStrings', () => {
  it('returns the dictionary of the locale', () => {
    expect(menuStrings('fr').file).toBe('Fichier');
    expect(menuStrings('en').file).toBe('File');
  });
});

describe('fillTemplate', () => {
  it('replaces known placeholders and leaves unknown ones', () => {
    expect(fillTemplate('Version {version} {other}', { version: '1.0.0' })).toBe('Version 1.0.0 {other}');
  });
});
