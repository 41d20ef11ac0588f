import { createI18n, hasMessage, translate } from '../../../renderer/src/i18n';
import { MESSAGE_TABLES } from '../../../renderer/src/i18n/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  it('never define the same key in two feature files', () => {
    const seen = new Map<string, number>();
    MESSAGE_TABLES.forEach((table, index) => {
      for (const key of Object.keys(table.en)) {
        expect(seen.has(key), `${key} is defined in tables ${seen.get(key)} and ${index}`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it('give every English key a non-empty French text with the same placeholders', () => {
    for (const table of MESSAGE_TABLES) {
      const en = table.en as Record<string, string>;
      const fr = table.fr as Record<string, string>;
      expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(fr[key].trim(), key).not.toBe('');
        expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
      }
    }
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('en', 'save.saved', { time: '10:15' })).toBe('Saved at 10:15');
    expect(translate('fr', 'save.saved', { time: '10:15' })).toBe('Enregistré à 10:15');
    expect(translate('en', 'save.saved')).toBe('Saved at {time}');
  });

  it('recognises keys built at run time', () => {
    expect(hasMessage('family.data-center')).toBe(true);
    expect(hasMessage('family.unknown')).toBe(false);
  });
});

describe('formatting', () => {
  it('writes days, hours and percentages the way each language does', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    expect(en.formatDay('2027-02-03')).toBe('3 Feb 2027');
    expect(fr.formatDay('2027-02-03')).toBe('3 févr. 2027');
    expect(en.formatHours(2.5)).toBe('2.5 h');
    expect(fr.formatHours(2.5)).toBe('2,5 h');
    expect(en.formatPercent(0.473)).toBe('47%');
    expect(fr.formatPercent(0.473).replace(/\s/g, ' ')).toBe('47 %');
  });
});
