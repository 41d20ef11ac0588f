import type { Locale } from '../model/text';

export type PaperSizeName = 'a4' | 'letter';

/** Regions of the interface languages where US Letter is the usual paper. */
const LETTER_LANGUAGES = new Set(['en-us', 'en-ca']);

/**
 * The paper to print on until the person picks one: A4, except for English in the United States
 * and Canada (read from the system language, e.g. navigator.language or app.getLocale()).
 */
export function defaultPaperSize(locale: Locale, systemLanguage: string | undefined): PaperSizeName {
  if (locale !== 'en') return 'a4';
  return LETTER_LANGUAGES.has((systemLanguage ?? '').replace('_', '-').toLowerCase()) ? 'letter' : 'a4';
}
