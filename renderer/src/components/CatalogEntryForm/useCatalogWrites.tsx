import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { Course, Role, Skill } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';

/** One of the person's catalog entries, tagged with its kind so it can be saved or removed. */
export type CatalogEntry =
  | { kind: 'role'; value: Role }
  | { kind: 'skill'; value: Skill }
  | { kind: 'course'; value: Course };

export interface RemoveNotice {
  title: string;
  message: string;
}

export interface CatalogWrites {
  /** Saves (adds or replaces) an entry in the person's own catalog. */
  save: (entry: CatalogEntry) => Promise<boolean>;
  /** Removes the person's entry and offers Undo, which saves it back as it was. */
  removeWithUndo: (entry: CatalogEntry, notice: RemoveNotice) => Promise<boolean>;
}

/**
 * Writes to the person's catalog through the data provider's store commands: on screen at once,
 * then on disk. A refused change (a prerequisite loop, a limit) is reported and nothing is saved.
 */
export function useCatalogWrites(): CatalogWrites {
  const { mutate } = useAppData();
  const { t } = useI18n();

  const save = useCallback<CatalogWrites['save']>(
    (entry) => {
      switch (entry.kind) {
        case 'role':
          return mutate('userCatalog:saveRole', entry.value);
        case 'skill':
          return mutate('userCatalog:saveSkill', entry.value);
        case 'course':
          return mutate('userCatalog:saveCourse', entry.value);
      }
    },
    [mutate],
  );

  const removeWithUndo = useCallback<CatalogWrites['removeWithUndo']>(
    async (entry, notice) => {
      const { kind } = entry;
      const { id } = entry.value;
      const removed = await mutate('userCatalog:remove', { kind, id });
      if (!removed) return false;
      const notificationId = `removed-${kind}-${id}`;
      const undo = () => {
        notifications.hide(notificationId);
        void save(entry);
      };
      notifications.show({
        id: notificationId,
        title: notice.title,
        autoClose: 10_000,
        withCloseButton: true,
        closeButtonProps: { 'aria-label': t('action.close') },
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{notice.message}</Text>
            <Button size="compact-sm" variant="light" onClick={undo}>
              {t('action.undo')}
            </Button>
          </Group>
        ),
      });
      return true;
    },
    [mutate, save, t],
  );

  return { save, removeWithUndo };
}
