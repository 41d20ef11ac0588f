import { NumberInput, type NumberInputProps } from '@mantine/core';
import { MAX_WEEKLY_HOURS } from '../../../../core';

export interface WeeklyHoursInputProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'min' | 'max'> {
  /** Hours a week; NaN shows an empty field. */
  value: number;
  /** The hours typed, NaN while the field is empty or not a number yet. */
  onChange: (hours: number) => void;
}

/**
 * Hours a week, the same field wherever a plan's pace is set (profile, plan builder, re-plan):
 * half-hour steps, one decimal, at most MAX_WEEKLY_HOURS. Out-of-range values stay as typed, so
 * the form's own check can say what is wrong instead of the field changing them silently.
 */
export function WeeklyHoursInput({ value, onChange, ...props }: WeeklyHoursInputProps) {
  return (
    <NumberInput
      min={0}
      max={MAX_WEEKLY_HOURS}
      step={0.5}
      decimalScale={1}
      clampBehavior="none"
      suffix=" h"
      {...props}
      value={Number.isFinite(value) ? value : ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : Number.NaN)}
    />
  );
}
