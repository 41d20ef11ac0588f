import { Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './Explained.module.css';

interface ExplainedProps {
  /** How the value was computed, in a sentence. */
  help: string;
  children: ReactNode;
}

/**
 * A number that explains itself: hovering or focusing it (it is in the tab order) shows how it
 * was computed, and the explanation becomes its accessible description while shown.
 */
export function Explained({ help, children }: ExplainedProps) {
  return (
    <Tooltip label={help} multiline w={300} events={{ hover: true, focus: true, touch: true }} withArrow>
      <span tabIndex={0} className={classes.target}>
        {children}
      </span>
    </Tooltip>
  );
}
