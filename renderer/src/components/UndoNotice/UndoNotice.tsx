import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

export interface UndoNoticeOptions {
  /** Stable per removed thing, so a second removal replaces the notice rather than stacking. */
  id: string;
  title: string;
  message: string;
  undoLabel: string;
  closeLabel: string;
  onUndo: () => void;
}

/** The notification that follows a removal: says what went and offers to bring it back. */
export function showUndoNotice({ id, title, message, undoLabel, closeLabel, onUndo }: UndoNoticeOptions): void {
  notifications.show({
    id,
    title,
    autoClose: 10_000,
    withCloseButton: true,
    closeButtonProps: { 'aria-label': closeLabel },
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}

/** A short error notification (a refused edit, a plan that cannot be built). */
export function showProblem(title: string, message: string): void {
  notifications.show({ color: 'red', title, message });
}
