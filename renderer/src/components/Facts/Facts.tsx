import type { ReactNode } from 'react';
import classes from './Facts.module.css';

export interface Fact {
  label: string;
  /** Left out when there is nothing to say. */
  value: ReactNode | null | undefined;
}

/**
 * Label/value pairs as a description list, so screen readers announce each pair; pairs without
 * a value are left out.
 */
export function Facts({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== false);
  if (shown.length === 0) return null;
  return (
    <dl className={classes.facts}>
      {shown.map((fact) => (
        <div key={fact.label} className={classes.fact}>
          <dt className={classes.label}>{fact.label}</dt>
          <dd className={classes.value}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
