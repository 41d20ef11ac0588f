/**
 * The renderer's side of the shared translations (core/i18n): i18next through react-i18next, and
 * the formats of numbers, dates and hours of the person's language (core/i18n/formats.ts).
 *
 * Only the language on screen is loaded: its table is a chunk of its own, fetched by
 * `loadMessages` before the first screen renders (data/AppDataProvider.tsx) and before a change
 * of language is shown. Everything after that is synchronous.
 */
import type { i18n as I18next } from 'i18next';
import { useContext, useMemo, type ReactNode } from 'react';
import { I18nContext, I18nextProvider } from 'react-i18next';
import type { Locale } from '../../../core';
import { localeFormats, type LocaleFormats } from '../../../core/i18n/formats';
import { createI18next, translatorOf, type MessageKey, type MessageParams, type Messages, type Translate } from '../../../core/i18n/translator';

export type { MessageKey, MessageParams } from '../../../core/i18n/translator';

const instances = new Map<Locale, I18next>();
const tables = new Map<Locale, Messages>();

/** Makes a language's table available; the app loads it with `loadMessages`, Node tests hand it over. */
export function provideMessages(locale: Locale, messages: Messages): void {
  if (instances.has(locale)) return;
  tables.set(locale, messages);
  instances.set(locale, createI18next(locale, { [locale]: messages }));
}

export function isLoaded(locale: Locale): boolean {
  return instances.has(locale);
}

/** Fetches the table of one language (its own chunk), once. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (isLoaded(locale)) return;
  // The screens' tables only: the menus, dialogs and command-line words stay with main and the CLI.
  const messages = locale === 'fr' ? (await import('../../../core/i18n/fr/screens')).FR_SCREENS : (await import('../../../core/i18n/en/screens')).EN_SCREENS;
  provideMessages(locale, messages);
}

function instanceOf(locale: Locale): I18next {
  const instance = instances.get(locale);
  if (!instance) throw new Error(`The ${locale} messages are not loaded yet (loadMessages).`);
  return instance;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return createI18n(locale).t(key, params);
}

/** For keys built at run time (e.g. `family.${role.family}`): checked against the tables. */
export function hasMessage(key: string): key is MessageKey {
  for (const table of tables.values()) return Object.hasOwn(table, key);
  return false;
}

export interface I18n extends LocaleFormats {
  locale: Locale;
  /** A message; with `count`, the plural form of the language (`x.one`, `x.other`...). */
  t: Translate;
  formatHours: (hours: number) => string;
}

const facades = new Map<Locale, I18n>();

/** The translations and formats of one loaded language, built once. */
export function createI18n(locale: Locale): I18n {
  const cached = facades.get(locale);
  if (cached) return cached;
  const t = translatorOf(instanceOf(locale));
  const formats = localeFormats(locale);
  const i18n: I18n = {
    locale,
    t,
    ...formats,
    formatHours: (hours) => t('hours.value', { hours: formats.formatNumber(hours) }),
  };
  facades.set(locale, i18n);
  return i18n;
}

/** The language of everything below it; its table must be loaded (`loadMessages`). */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const instance = useMemo(() => instanceOf(locale), [locale]);
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}

export function useI18n(): I18n {
  // react-i18next's context holds the instance of the language; reading it costs no subscription
  // per component (one instance per language, whose language never changes).
  const i18n = useContext(I18nContext)?.i18n;
  return createI18n(((i18n?.language as Locale | undefined) ?? tables.keys().next().value) ?? 'en');
}
