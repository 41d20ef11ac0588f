import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MAX_LONG_TEXT } from '../../../../core';
import { isIsoDay } from '../../data/isoDay';
import { DateField } from '../DateField/DateField';
import type { LoggedHours } from '../../data/usePlans';
import { useI18n, type MessageKey } from '../../i18n';
import classes from './LogHoursForm.module.css';

/** Most hours one entry may hold: a day (the progress schema's bound). */
export const MAX_ENTRY_HOURS = 24;

export interface LogHoursFormProps {
  /** Names the item in the form's accessible name. */
  itemTitle: string;
  today: string;
  onSubmit: (logged: LoggedHours) => Promise<boolean>;
  /** Closes the form: from its Cancel button (shown only with it), and once an entry is saved. */
  onClose?: () => void;
}

interface FormProblems {
  date?: MessageKey;
  hours?: MessageKey;
}

/** Checks an entry as the store will: hours above 0 and at most 24, a real day not after today. */
export function logProblems(date: string, hours: number | '', today: string): FormProblems {
  const problems: FormProblems = {};
  if (!isIsoDay(date)) problems.date = 'logHours.problem.date';
  else if (date > today) problems.date = 'logHours.problem.future';
  if (hours === '' || !Number.isFinite(hours) || hours <= 0) problems.hours = 'logHours.problem.positive';
  else if (hours > MAX_ENTRY_HOURS) problems.hours = 'logHours.problem.tooMany';
  return problems;
}

/** Logs time spent on one item: a day (today by default), hours and an optional note. */
export function LogHoursForm({ itemTitle, today, onSubmit, onClose }: LogHoursFormProps) {
  const { t } = useI18n();
  const [date, setDate] = useState(today);
  const [hours, setHours] = useState<number | ''>('');
  const [note, setNote] = useState('');
  const [shown, setShown] = useState<FormProblems>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = logProblems(date, hours, today);
    setShown(problems);
    if (problems.date || problems.hours || hours === '') return;
    setSaving(true);
    const saved = await onSubmit({ date, hours, ...(note.trim() ? { note: note.trim() } : {}) });
    setSaving(false);
    if (saved) {
      setHours('');
      setNote('');
      onClose?.();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('logHours.formFor', { item: itemTitle })} noValidate>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" className={classes.fields}>
          <DateField
            label={t('logHours.date')}
            value={date}
            maxDate={today}
            onChange={setDate}
            error={shown.date && t(shown.date)}
            required
          />
          <NumberInput
            label={t('logHours.hours')}
            value={hours}
            onChange={(value) => setHours(typeof value === 'number' ? value : '')}
            min={0}
            max={MAX_ENTRY_HOURS}
            step={0.5}
            decimalScale={2}
            clampBehavior="none"
            suffix=" h"
            error={shown.hours && t(shown.hours, { max: MAX_ENTRY_HOURS })}
            required
            className={classes.hours}
          />
        </Group>
        <Textarea
          label={t('logHours.note')}
          description={t('logHours.noteHint')}
          value={note}
          maxLength={MAX_LONG_TEXT}
          rows={2}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {t('logHours.submit')}
          </Button>
          {onClose && (
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
