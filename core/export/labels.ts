/** Numbers written into exported files; their words are in the shared tables (core/i18n/en/export.ts). */
import type { Locale } from '../model/text';
import { toHundredths } from '../model/hours';

/** Hours as the person writes them: "2.5" / "2,5", at most two decimals. */
export function formatExportHours(hours: number, locale: Locale): string {
  const text = String(toHundredths(hours));
  return locale === 'fr' ? text.replace('.', ',') : text;
}
