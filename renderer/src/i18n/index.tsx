import { format as formatDateFns, parseISO } from 'date-fns';
import { enGB, fr as frLocale } from 'date-fns/locale';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../../../core';
import { MESSAGE_TABLES } from './messages';

type Tables = (typeof MESSAGE_TABLES)[number];
type KeysOf<T> = T extends { en: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<Tables>;
export type MessageParams = Record<string, string | number>;

function buildDictionary(locale: Locale): Map<string, string> {
  const dictionary = new Map<string, string>();
  for (const table of MESSAGE_TABLES) {
    for (const [key, text] of Object.entries(table[locale] as Record<string, string>)) {
      dictionary.set(key, text);
    }
  }
  return dictionary;
}

const DICTIONARIES: Record<Locale, Map<string, string>> = {
  en: buildDictionary('en'),
  fr: buildDictionary('fr'),
};

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[locale].get(key) ?? DICTIONARIES.en.get(key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** For keys built at run time (e.g. `family.${role.family}`): checked against the dictionary. */
export function hasMessage(key: string): key is MessageKey {
  return DICTIONARIES.en.has(key);
}

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A calendar day (yyyy-MM-dd) in the person's language, e.g. "3 Feb 2027" / "3 févr. 2027". */
  formatDay: (isoDate: string) => string;
  /** A day of this week with its weekday, e.g. "Thursday 9 Jan" / "jeudi 9 janv.". */
  formatWeekday: (isoDate: string) => string;
  formatNumber: (value: number, maximumFractionDigits?: number) => string;
  formatPercent: (ratio: number) => string;
  formatHours: (hours: number) => string;
  formatTime: (date: Date) => string;
}

export function createI18n(locale: Locale): I18n {
  const dateLocale = locale === 'fr' ? frLocale : enGB;
  const numberLocale = locale === 'fr' ? 'fr-FR' : 'en-GB';
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
  return {
    locale,
    t: (key, params) => translate(locale, key, params),
    formatDay: (isoDate) => formatDateFns(parseISO(isoDate), 'd MMM yyyy', { locale: dateLocale }),
    formatWeekday: (isoDate) => formatDateFns(parseISO(isoDate), 'EEEE d MMM', { locale: dateLocale }),
    formatNumber,
    formatPercent: (ratio) => percentFormat.format(ratio),
    formatHours: (hours) => translate(locale, 'hours.value', { hours: formatNumber(hours) }),
    formatTime: (date) => formatDateFns(date, 'HH:mm', { locale: dateLocale }),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
