import { parseISO } from 'date-fns';
import type { Locale } from '../model/text';

/**
 * How each language writes days, times and numbers, for every place a person reads them: the
 * screens and the printed plan (renderer/src/i18n) and `npm run advice`. Intl rather than
 * date-fns's format: the runtime already holds every locale's month and weekday names, so none
 * ships with the app's first screen.
 */
export interface LocaleFormats {
  /** A calendar day (yyyy-MM-dd), e.g. "3 Feb 2027" / "3 févr. 2027". */
  formatDay: (isoDate: string) => string;
  /** A day with its weekday, e.g. "Wednesday 3 Feb" / "mercredi 3 févr.". */
  formatWeekday: (isoDate: string) => string;
  /** A time of day, 24-hour, e.g. "09:05". */
  formatTime: (date: Date) => string;
  /** A tick of a time axis: a day ("3 Feb") or a month ("Feb 2027"). */
  formatTick: (isoDate: string, unit: 'day' | 'month') => string;
  /** A number with at most `maximumFractionDigits` decimals (1 unless said), e.g. "1,168.5" / "1 168,5". */
  formatNumber: (value: number, maximumFractionDigits?: number) => string;
  /** A ratio as a whole percentage, e.g. "47%" / "47 %". */
  formatPercent: (ratio: number) => string;
}

const cache = new Map<Locale, LocaleFormats>();

export function localeFormats(locale: Locale): LocaleFormats {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options);
  const dayFormat = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
  const weekdayFormat = dateFormat({ weekday: 'long', day: 'numeric', month: 'short' });
  const timeFormat = dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const tickFormats = { day: dateFormat({ day: 'numeric', month: 'short' }), month: dateFormat({ month: 'short', year: 'numeric' }) };
  // Building an Intl.NumberFormat costs far more than using one; screens format dozens of numbers per render.
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const formats: LocaleFormats = {
    formatDay: (isoDate) => dayFormat.format(parseISO(isoDate)),
    formatWeekday: (isoDate) => weekdayFormat.format(parseISO(isoDate)),
    formatTime: (date) => timeFormat.format(date),
    formatTick: (isoDate, unit) => tickFormats[unit].format(parseISO(isoDate)),
    formatNumber: (value, maximumFractionDigits = 1) => {
      let numberFormat = numberFormats.get(maximumFractionDigits);
      if (!numberFormat) {
        numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits });
        numberFormats.set(maximumFractionDigits, numberFormat);
      }
      return numberFormat.format(value);
    },
    formatPercent: (ratio) => percentFormat.format(ratio),
  };
  cache.set(locale, formats);
  return formats;
}
