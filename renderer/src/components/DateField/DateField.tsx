import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useId, type ReactNode } from 'react';
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

export interface DateFieldProps {
  label: string;
  description?: ReactNode;
  /** The chosen day as yyyy-MM-dd, '' when none. */
  value: string;
  /** Called with yyyy-MM-dd, or '' when the field is cleared. */
  onChange: (value: string) => void;
  /** Earliest and latest days the calendar lets the person pick (yyyy-MM-dd). */
  minDate?: string;
  maxDate?: string;
  error?: ReactNode;
  required?: boolean;
  /** Shows a button that empties the field (for optional dates). */
  clearable?: boolean;
  className?: string;
}

/**
 * A day picked on a calendar, written in the app's language whatever the system locale. The
 * field is a button: Enter or Space opens the calendar, arrow keys move between days, Enter picks
 * one, Escape closes it, and focus comes back to the field either way.
 */
export function DateField({
  label,
  description,
  value,
  onChange,
  minDate,
  maxDate,
  error,
  required,
  clearable,
  className,
}: DateFieldProps) {
  const { t, locale, formatDay } = useI18n();
  // One id for the field and its popover, so the calendar dialog is named by the field
  // (Mantine's popover would otherwise point at an id the field replaced with its own).
  const id = useId();
  // A chosen day reads as every other date of the app ("24 Nov 2026", "24 nov. 2026"), through
  // the one formatDay, never in the system's format as a native date input would.
  const shown = value === '' ? t('dateField.placeholder') : formatDay(value);
  return (
    <DatesProvider settings={DATES_SETTINGS[locale]}>
      <DatePickerInput
        id={id}
        // The field is a button, which a screen reader names by its label alone; naming it by
        // the label and then the day lets it say both ("Start date, 24 Nov 2026").
        aria-labelledby={`${id}-label ${id}-value`}
        className={className ? `${classes.root} ${className}` : classes.root}
        label={label}
        description={description}
        placeholder={t('dateField.placeholder')}
        value={value === '' ? null : value}
        onChange={(picked) => onChange(picked ?? '')}
        valueFormatter={({ date }) => (typeof date === 'string' && date !== '' ? formatDay(date.slice(0, 10)) : '')}
        minDate={minDate || undefined}
        maxDate={maxDate || undefined}
        error={error}
        required={required}
        clearable={clearable}
        clearButtonProps={{ 'aria-label': t('dateField.clear', { label }) }}
        // Mantine leaves focus nowhere once the calendar closes; keyboard users keep their place.
        popoverProps={{ id, returnFocus: true }}
        // Mantine's placeholder grey and its half-transparent days of the next month fall under 4.5:1.
        classNames={{ wrapper: classes.wrapper, day: classes.day }}
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
      <span id={`${id}-value`} hidden>
        {shown}
      </span>
    </DatesProvider>
  );
}
