import { Paper, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './Roles.module.css';

interface DetailSectionProps {
  title: string;
  children: ReactNode;
  testId?: string;
  /** Marks the section to read first with a coloured edge (its heading says why). */
  accent?: boolean;
}

/** One titled part of a role page, announced as a region named by its heading. */
export function DetailSection({ title, children, testId, accent }: DetailSectionProps) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      withBorder
      p="lg"
      aria-labelledby={headingId}
      data-testid={testId}
      className={accent ? `${classes.section} ${classes.accent}` : classes.section}
    >
      <Stack gap="md">
        <Title order={3} id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
