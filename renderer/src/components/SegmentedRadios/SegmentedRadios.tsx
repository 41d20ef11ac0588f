import type { ReactNode } from 'react';
import { useId } from 'react';
import classes from './SegmentedRadios.module.css';

export interface SegmentedOption<V extends string | number> {
  value: V;
  label: ReactNode;
}

export interface SegmentedRadiosProps<V extends string | number> {
  /** The group's accessible name. */
  label: string;
  /** The id of the text that describes the group (its selected option, for instance). */
  describedBy?: string;
  options: readonly SegmentedOption<V>[];
  value: V;
  onChange: (value: V) => void;
  /** The option under the pointer, then null when it leaves: for a preview of what it means. */
  onPreview?: (value: V | null) => void;
  disabled?: boolean;
  /** Equal shares of the width (never narrower than a word), rather than each its own width. */
  fullWidth?: boolean;
  className?: string;
}

/**
 * A choice of one among a few, looking like Mantine's SegmentedControl: native radios (arrow keys
 * move between them, the checked one takes Tab) in labels drawn by CSS alone. Mantine's control
 * measures its sliding indicator after every render and every resize; a screen holding a dozen of
 * them (the gap table, the plan's cards) paid for those measurements on each change
 * (docs/design.md, "Speed").
 */
export function SegmentedRadios<V extends string | number>(props: SegmentedRadiosProps<V>) {
  const { label, describedBy, options, value, onChange, onPreview, disabled, fullWidth, className } = props;
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
      className={[classes.group, className].filter(Boolean).join(' ')}
      data-full-width={fullWidth || undefined}
      data-segmented-control
    >
      {options.map((option) => (
        <label
          key={option.value}
          className={classes.segment}
          data-active={option.value === value || undefined}
          onMouseEnter={onPreview ? () => onPreview(option.value) : undefined}
          onMouseLeave={onPreview ? () => onPreview(null) : undefined}
        >
          <input
            type="radio"
            className={classes.input}
            name={name}
            value={String(option.value)}
            checked={option.value === value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <span className={classes.option}>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
