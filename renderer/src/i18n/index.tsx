/**
 * The renderer's side of the shared translations (core/i18n): i18next through react-i18next, and
 * the formats of numbers, dates and hours of the person's language (Intl: the browser already
 * holds every locale's month and weekday names, so none ships in the first screen's JavaScript).
 *
 * Only the language on screen is loaded: its table is a chunk of its own, fetched by
 * `loadMessages` before the first screen renders (data/AppDataProvider.tsx) and before a change
 * of language is shown. Everything after that is synchronous.
 */
import { parseISO } from 'date-fns';
import type { i18n as I18next } from 'i18next';
import { useContext, useMemo, type ReactNode } from 'react';
import { I18nContext, I18nextProvider } from 'react-i18next';
import type { Locale } from '../../../core';
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
  const messages = locale === 'fr' ? (await import('../../../core/i18n/fr')).FR : (await import('../../../core/i18n/en')).EN;
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

export interface I18n {
  locale: Locale;
  /** A message; with `count`, the plural form of the language (`x.one`, `x.other`...). */
  t: Translate;
  /** A calendar day (yyyy-MM-dd) in the person's language, e.g. "3 Feb 2027" / "3 févr. 2027". */
  formatDay: (isoDate: string) => string;
  /** A day of this week with its weekday, e.g. "Thursday 9 Jan" / "jeudi 9 janv.". */
  formatWeekday: (isoDate: string) => string;
  formatNumber: (value: number, maximumFractionDigits?: number) => string;
  formatPercent: (ratio: number) => string;
  formatHours: (hours: number) => string;
  formatTime: (date: Date) => string;
  /** A tick of a time axis: a day ("3 Feb") or a month ("Feb 2027"). */
  formatTick: (isoDate: string, unit: 'day' | 'month') => string;
}

const facades = new Map<Locale, I18n>();

/** The translations and formats of one loaded language, built once. */
export function createI18n(locale: Locale): I18n {
  const cached = facades.get(locale);
  if (cached) return cached;
  const t = translatorOf(instanceOf(locale));
  const numberLocale = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(numberLocale, options);
  const dayFormat = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
  const weekdayFormat = dateFormat({ weekday: 'long', day: 'numeric', month: 'short' });
  const timeFormat = dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const tickFormats = { day: dateFormat({ day: 'numeric', month: 'short' }), month: dateFormat({ month: 'short', year: 'numeric' }) };
  // Building an Intl.NumberFormat costs far more than using one; screens format dozens of numbers per render.
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 0 });
  const formatNumber = (value: number, maximumFractionDigits = 1) => {
    let numberFormat = numberFormats.get(maximumFractionDigits);
    if (!numberFormat) {
      numberFormat = new Intl.NumberFormat(numberLocale, { maximumFractionDigits });
      numberFormats.set(maximumFractionDigits, numberFormat);
    }
    return numberFormat.format(value);
  };
  const i18n: I18n = {
    locale,
    t,
    formatDay: (isoDate) => dayFormat.format(parseISO(isoDate)),
    formatWeekday: (isoDate) => weekdayFormat.format(parseISO(isoDate)),
    formatNumber,
    formatPercent: (ratio) => percentFormat.format(ratio),
    formatHours: (hours) => t('hours.value', { hours: formatNumber(hours) }),
    formatTime: (date) => timeFormat.format(date),
    formatTick: (isoDate, unit) => tickFormats[unit].format(parseISO(isoDate)),
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
