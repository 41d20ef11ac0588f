import { Modal, type ModalRootProps } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
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
  // The dialog (portal, focus trap, transition) is mounted the first time it opens, not with
  // every link and card that can open one: a role page lists a dozen course links, and each
  // closed dialog cost more to re-render on a level change than the link it belongs to. It
  // mounts closed and opens at the next frame, so its first opening has the same transition as the
  // next ones.
  const [mounted, setMounted] = useState(opened);
  if (opened && !mounted) setMounted(true);
  const [ready, setReady] = useState(opened);
  useEffect(() => {
    if (!mounted) return undefined;
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [mounted]);
  if (!mounted) return null;
  return (
    <Modal.Root opened={opened && ready} onClose={onClose} size={size}>
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
