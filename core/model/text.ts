import { z } from 'zod';

/** Languages the interface and the built-in matrix are written in. */
export const LOCALES = ['en', 'fr'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/** Bounds shared by every schema so a hostile payload cannot make the store grow without limit. */
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 4000;
export const MAX_LIST = 5000;

export const IdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

export const ShortTextSchema = z.string().max(MAX_SHORT_TEXT);
export const LongTextSchema = z.string().max(MAX_LONG_TEXT);

/** A text the person reads, in both interface languages. Custom entries repeat the same text. */
export const LocalizedTextSchema = z.strictObject({
  en: LongTextSchema,
  fr: LongTextSchema,
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

/** Calendar day as yyyy-MM-dd; time zones never enter the plan arithmetic. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written yyyy-MM-dd')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a real calendar date');
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const HttpUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) address');
