import { Paper, Stack, Title, type MantineSpacing } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  children: ReactNode;
  /** Inner padding and the gap between the title and what follows; the profile page's by default. */
  padding?: MantineSpacing;
  gap?: MantineSpacing;
}

/** A titled card of a screen, announced as a region named by its heading. */
export function Section({ title, children, padding = 'lg', gap = 'md' }: SectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p={padding} aria-labelledby={headingId}>
      <Stack gap={gap}>
        <Title order={3} id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
