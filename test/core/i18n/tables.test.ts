import { LOCALES } from '../../../core';
import { MESSAGES } from '../../../core/i18n';
import { EN, EN_TABLES } from '../../../core/i18n/en';
import { FR, FR_TABLES } from '../../../core/i18n/fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  it('never define the same key in two feature files', () => {
    const seen = new Map<string, string>();
    for (const [feature, table] of Object.entries(EN_TABLES)) {
      for (const key of Object.keys(table)) {
        expect(seen.has(key), `${key} is defined in ${seen.get(key)} and ${feature}`).toBe(false);
        seen.set(key, feature);
      }
    }
  });

  it('have the same features and, feature by feature, the same keys in English and French', () => {
    expect(Object.keys(FR_TABLES).sort()).toEqual(Object.keys(EN_TABLES).sort());
    for (const feature of Object.keys(EN_TABLES) as Array<keyof typeof EN_TABLES>) {
      expect(Object.keys(FR_TABLES[feature]).sort(), feature).toEqual(Object.keys(EN_TABLES[feature]).sort());
    }
    expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort());
  });

  it.each(LOCALES)('give every key a non-empty %s text with the English placeholders', (locale) => {
    const en = MESSAGES.en;
    for (const [key, text] of Object.entries(MESSAGES[locale])) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(en[key]));
    }
  });

  it('write every plural as a `.one` and `.other` pair', () => {
    const bases = Object.keys(EN).filter((key) => key.endsWith('.one')).map((key) => key.slice(0, -'.one'.length));
    expect(bases.length).toBeGreaterThan(5);
    for (const base of bases) expect(Object.hasOwn(EN, `${base}.other`), base).toBe(true);
  });

  it('really translate what main shows itself: French differs from English except for shared words', () => {
    const shared = new Set(['menu.ok', 'menu.services', 'menu.aboutVersion']);
    const mainKeys = Object.keys(EN).filter((key) => /^(menu|dialog|reminder)\./.test(key) && !shared.has(key));
    expect(mainKeys.length).toBeGreaterThan(40);
    for (const key of mainKeys) expect(FR[key], key).not.toBe(EN[key as keyof typeof EN]);
  });
});
