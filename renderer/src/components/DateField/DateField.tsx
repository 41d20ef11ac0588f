import { Input, InputBase, Popover } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import classes from './DateField.module.css';

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
 * The calendar (Mantine's dates package and dayjs, 16 kB gzipped) is not part of the screen's
 * first JavaScript: the first date field to show fetches it, once for the whole app.
 */
const calendar = lazyComponent(() => import('./DateCalendar'), 'default');

/**
 * A day picked on a calendar, written in the app's language whatever the system locale. The
 * field is a button: Enter or Space opens the calendar on the chosen day, arrow keys move between
 * days, Enter picks one, Escape closes it, and focus comes back to the field either way.
 */
export function DateField({ label, description, value, onChange, minDate, maxDate, error, required, clearable, className }: DateFieldProps) {
  const { t, formatDay } = useI18n();
  // One id for the field and its popover, so the calendar dialog is named by the field.
  const id = useId();
  const [opened, { close, toggle }] = useDisclosure(false);
  const [ready, setReady] = useState(calendar.loaded() !== null);
  useEffect(() => {
    let current = true;
    if (!ready) void calendar.load().then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [ready]);
  // A chosen day reads as every other date of the app ("24 Nov 2026", "24 nov. 2026"), through
  // the one formatDay, never in the system's format as a native date input would.
  const shown = value === '' ? t('dateField.placeholder') : formatDay(value);
  return (
    <>
      {/* A click before the calendar has come opens it as soon as it is there. */}
      <Popover
        opened={opened && ready}
        onChange={(next) => !next && close()}
        position="bottom-start"
        trapFocus
        returnFocus
        id={id}
      >
        <Popover.Target>
          <InputBase
            component="button"
            type="button"
            id={id}
            data-date-field
            // The field is a button, which a screen reader names by its label alone; naming it by
            // the label and then the day lets it say both ("Start date, 24 Nov 2026").
            aria-labelledby={`${id}-label ${id}-value`}
            className={className ? `${classes.root} ${className}` : classes.root}
            classNames={{ input: classes.input, wrapper: classes.wrapper }}
            label={label}
            description={description}
            error={error}
            required={required}
            multiline
            onClick={toggle}
            rightSection={
              clearable && value !== '' ? <Input.ClearButton onClick={() => onChange('')} aria-label={t('dateField.clear', { label })} /> : undefined
            }
            rightSectionPointerEvents={clearable && value !== '' ? 'all' : 'none'}
          >
            {value === '' ? <Input.Placeholder error={error}>{shown}</Input.Placeholder> : shown}
          </InputBase>
        </Popover.Target>
        <Popover.Dropdown data-date-calendar>
          {ready && (
            <calendar.View
              value={value}
              minDate={minDate}
              maxDate={maxDate}
              onPick={(picked) => {
                onChange(picked);
                close();
              }}
            />
          )}
        </Popover.Dropdown>
      </Popover>
      <span id={`${id}-value`} hidden>
        {shown}
      </span>
    </>
  );
}
