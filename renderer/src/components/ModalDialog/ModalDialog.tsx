import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';

interface ModalDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalRootProps['size'];
  children: ReactNode;
}

/**
 * Mantine's Modal with its header as a plain div. Mantine renders a <header> inside the dialog,
 * which assistive technology (and axe) take for a second page banner next to the app's own.
 */
export function ModalDialog({ opened, onClose, title, size, children }: ModalDialogProps) {
  const { t } = useI18n();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('action.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
