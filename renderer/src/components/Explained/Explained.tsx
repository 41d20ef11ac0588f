import { Tooltip } from '@mantine/core';
import { memo, type ReactNode } from 'react';
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
// Memoised: with text inside, a table header's explanation is not redrawn with every row change.
export const Explained = memo(function Explained({ help, children }: ExplainedProps) {
  return (
    <Tooltip label={help} multiline w={300} events={{ hover: true, focus: true, touch: true }} withArrow>
      <span tabIndex={0} className={classes.target}>
        {children}
      </span>
    </Tooltip>
  );
});
