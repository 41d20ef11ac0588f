/**
 * Both languages at once, for the main process, the CLI and the tests. The renderer loads only
 * the language on screen (renderer/src/i18n) and must not import this module.
 */
import type { Locale } from '../model/text';
import { EN } from './en';
import { FR } from './fr';
import { createI18next, translatorOf, type Translate } from './translator';

export { createI18next, translatorOf, withPluralFallbacks } from './translator';
export type { MessageKey, MessageParams, Messages, Translate } from './translator';

export const MESSAGES: Record<Locale, Readonly<Record<string, string>>> = { en: EN, fr: FR };

const translators = new Map<Locale, Translate>();

/** `t` for one language, built once. */
export function createTranslator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = translatorOf(createI18next(locale, MESSAGES));
    translators.set(locale, translate);
  }
  return translate;
}

/** Whether a key built at run time (e.g. `family.${role.family}`) is in the tables. */
export function hasMessage(key: string): key is keyof typeof EN & string {
  return Object.hasOwn(EN, key);
}
