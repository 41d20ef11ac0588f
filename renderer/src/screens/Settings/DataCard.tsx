import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card like the Settings screen's own sections. */
export function DataCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
