import { Button, Group, Paper, Text } from '@mantine/core';
import { useI18n } from '../../i18n';

/** Shown instead of an empty table: says why it is empty. */
export function EmptyList({ message }: { message: string }) {
  return (
    <Paper withBorder p="lg">
      <Text>{message}</Text>
    </Paper>
  );
}

/**
 * The number of entries, announced politely when a search changes it, with a way to drop the
 * search and filters whenever they narrow the list.
 */
export function ListCount({ text, onClear }: { text: string; onClear?: () => void }) {
  const { t } = useI18n();
  return (
    <Group gap="md" align="center" mih={30}>
      <Text fw={600} aria-live="polite" data-testid="matrix-count">
        {text}
      </Text>
      {onClear && (
        <Button variant="subtle" size="compact-sm" onClick={onClear}>
          {t('matrix.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
