import { LOCALES } from '../../core';
import { REMINDER_STRING_KEYS, REMINDER_STRINGS } from '../../main/reminder-strings';

describe('REMINDER_STRINGS', () => {
  it.each(LOCALES)('defines every key in %s, and nothing else, with non-empty text', (locale) => {
    const strings = REMINDER_STRINGS[locale];
    expect(Object.keys(strings).sort()).toEqual([...REMINDER_STRING_KEYS].sort());
    for (const key of REMINDER_STRING_KEYS) expect(strings[key].trim(), key).not.toBe('');
  });

  it('is really translated, with the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of REMINDER_STRING_KEYS) {
      expect(REMINDER_STRINGS.fr[key], key).not.toBe(REMINDER_STRINGS.en[key]);
      expect(placeholders(REMINDER_STRINGS.fr[key]), key).toEqual(placeholders(REMINDER_STRINGS.en[key]));
    }
  });
});
