import { Button, Group, Text } from '@mantine/core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import type { EntryOrigin } from './entryOrigin';

export interface EntryActionHandlers {
  onEdit: () => void;
  onCustomise: () => void;
  onRemove: () => void;
}

/**
 * What the person can do with an entry: copy a built-in one to make it theirs, or edit, delete
 * or reset their own. Nothing is offered while the data is read-only.
 */
export function EntryActions({ origin, onEdit, onCustomise, onRemove }: EntryActionHandlers & { origin: EntryOrigin }) {
  const { status } = useAppData();
  const { t } = useI18n();
  if (status.readOnly) return null;
  if (origin === 'builtin') {
    return (
      <Group gap="sm" align="center">
        <Button variant="light" onClick={onCustomise}>
          {t('matrix.action.customise')}
        </Button>
        <Text size="sm">{t('matrix.action.customiseHelp')}</Text>
      </Group>
    );
  }
  return (
    <Group gap="sm">
      <Button variant="light" onClick={onEdit}>
        {t('action.edit')}
      </Button>
      <Button variant="subtle" color="red" onClick={onRemove}>
        {origin === 'custom' ? t('action.delete') : t('matrix.action.reset')}
      </Button>
    </Group>
  );
}
