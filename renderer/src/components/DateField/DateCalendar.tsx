import { DatePicker, DatesProvider } from '@mantine/dates';
// Registers French month and weekday names with dayjs, which Mantine's calendar formats with.
import 'dayjs/locale/fr';
import type { Locale } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './DateField.module.css';

/**
 * Monday first in both languages, like the study-day chips and the plan's calendar. No weekend
 * colour: people choose their own study days, and Mantine's red fails contrast on white.
 */
const DATES_SETTINGS: Record<Locale, { locale: string; firstDayOfWeek: 1; weekendDays: [] }> = {
  en: { locale: 'en', firstDayOfWeek: 1, weekendDays: [] },
  fr: { locale: 'fr', firstDayOfWeek: 1, weekendDays: [] },
};

export interface DateCalendarProps {
  /** yyyy-MM-dd, '' when none. */
  value: string;
  onPick: (value: string) => void;
  minDate?: string;
  maxDate?: string;
}

/**
 * The calendar a DateField opens, in a chunk of its own with Mantine's dates package and dayjs:
 * a screen with a date field shows at once, and the calendar is fetched while the person reads.
 */
export default function DateCalendar({ value, onPick, minDate, maxDate }: DateCalendarProps) {
  const { t, locale } = useI18n();
  return (
    <DatesProvider settings={DATES_SETTINGS[locale]}>
      <DatePicker
        value={value === '' ? null : value}
        defaultDate={value === '' ? undefined : value}
        onChange={(picked) => {
          if (picked) onPick(picked.slice(0, 10));
        }}
        minDate={minDate || undefined}
        maxDate={maxDate || undefined}
        // Mantine's half-transparent days of the next month fall under 4.5:1.
        classNames={{ day: classes.day }}
        // The level buttons keep their visible text ("November 2026") as their name.
        ariaLabels={{
          previousMonth: t('dateField.previousMonth'),
          nextMonth: t('dateField.nextMonth'),
          previousYear: t('dateField.previousYear'),
          nextYear: t('dateField.nextYear'),
          previousDecade: t('dateField.previousDecade'),
          nextDecade: t('dateField.nextDecade'),
        }}
      />
    </DatesProvider>
  );
}
