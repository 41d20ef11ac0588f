import type { Locale, LocalizedText } from '../../../../core';

/**
 * The text after the person edits it in one language. A new entry (or one that already had the
 * same words in both languages) gets the text in both; a built-in translated text keeps the other
 * language's wording, so customising a role in English does not wipe its French title.
 */
export function editLocalized(original: LocalizedText | undefined, locale: Locale, value: string): LocalizedText {
  if (!original || original.en === original.fr) return { en: value, fr: value };
  return { ...original, [locale]: value };
}
