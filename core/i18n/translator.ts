/**
 * One i18next instance per language, built synchronously from a table of messages. The renderer,
 * the main process and the CLI all translate through it, with the same options:
 *
 * - keys are flat strings ("plan.title"): no key or namespace separator;
 * - plurals are CLDR's, chosen by Intl.PluralRules for the language: `t('x', { count })` reads
 *   `x.one`, `x.other` (and `x.many` in French for a million); a category a table does not
 *   write falls back to its `.other` text;
 * - placeholders are written `{name}`, as the tables always did, and left visible when no value
 *   is given; values are not HTML-escaped (React and the native menus do that).
 *
 * Pure: no I/O, no Electron, no DOM. The tables themselves are in ./en and ./fr.
 */
import i18next, { type i18n } from 'i18next';
import type { Locale } from '../model/text';
import type { EN } from './en';

type EnglishKey = keyof typeof EN & string;
type PluralBase<K> = K extends `${infer Base}.${'one' | 'other'}` ? Base : never;
/** A key of the tables, or the base of a plural (`x` for `x.one` / `x.other`), used with `count`. */
export type MessageKey = EnglishKey | PluralBase<EnglishKey>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export type Messages = Readonly<Record<string, string>>;

const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The table as i18next reads it: every plural category the language uses gets a text, the
 * `.other` one when the table has none (French `many`, for 1,000,000, is written like `other`).
 */
export function withPluralFallbacks(locale: Locale, messages: Messages): Record<string, string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const filled: Record<string, string> = { ...messages };
  for (const [key, text] of Object.entries(messages)) {
    if (!key.endsWith('.other')) continue;
    const base = key.slice(0, -'.other'.length);
    for (const category of categories) {
      if (PLURAL_CATEGORIES.includes(category) && filled[`${base}.${category}`] === undefined) filled[`${base}.${category}`] = text;
    }
  }
  return filled;
}

/**
 * An i18next instance for one language. `tables` holds the language's messages and, when the
 * caller has it, English as the fallback (the types already make every table complete).
 */
export function createI18next(locale: Locale, tables: Partial<Record<Locale, Messages>>): i18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Record<string, string> }> = {};
  for (const [language, messages] of Object.entries(tables) as [Locale, Messages][]) {
    resources[language] = { translation: withPluralFallbacks(language, messages) };
  }
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    resources,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    pluralSeparator: '.',
    contextSeparator: '#',
    interpolation: { prefix: '{', suffix: '}', escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** Texts with values kept per translator; past this many, the memory starts again. */
const MEMO_LIMIT = 5000;

/**
 * The `t` of an instance, typed with the keys of the tables. A numeric `count` picks the plural
 * and is written the way the language writes numbers ("1,400" / "1 400").
 *
 * A screen asks for hundreds of texts on each render, and one i18next call costs 5-20 µs, so
 * answers are remembered: a language's tables never change, so the same key with the same values
 * always gives the same text.
 */
export function translatorOf(instance: i18n): Translate {
  const t = instance.getFixedT(instance.language) as unknown as (key: string, options?: object) => string;
  const numbers = new Intl.NumberFormat(instance.language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  const plain = new Map<string, string>();
  const filled = new Map<string, string>();
  const translate = (key: string, params?: MessageParams): string => {
    if (typeof params?.count !== 'number') return t(key, params);
    // i18next reads the plural from `count` and fills the placeholders from `replace`.
    return t(key, { count: params.count, replace: { ...params, count: numbers.format(params.count) } });
  };
  return (key, params) => {
    if (!params) {
      let text = plain.get(key);
      if (text === undefined) {
        text = translate(key);
        plain.set(key, text);
      }
      return text;
    }
    let memo = key;
    for (const name in params) memo += `\u0000${name}\u0000${typeof params[name]}${params[name]}`;
    let text = filled.get(memo);
    if (text === undefined) {
      text = translate(key, params);
      if (filled.size >= MEMO_LIMIT) filled.clear();
      filled.set(memo, text);
    }
    return text;
  };
}
