import { Paper, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One titled part of the role page, announced as a region named by its heading. */
export function DetailSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="md">
        <Title order={3} id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
