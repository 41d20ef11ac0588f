import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { ModalDialog } from '../ModalDialog/ModalDialog';

interface ConfirmDeleteProps {
  opened: boolean;
  title: string;
  /** What will be lost, in a sentence or two. */
  children: ReactNode;
  /** Defaults to "Delete". */
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something the person made is removed. Cancel has the focus, so Enter is harmless. */
export function ConfirmDelete({ opened, title, children, confirmLabel, onConfirm, onCancel }: ConfirmDeleteProps) {
  const { t } = useI18n();
  return (
    <ModalDialog opened={opened} onClose={onCancel} title={title}>
      <Stack gap="md">
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('action.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm}>
            {confirmLabel ?? t('action.delete')}
          </Button>
        </Group>
      </Stack>
    </ModalDialog>
  );
}
