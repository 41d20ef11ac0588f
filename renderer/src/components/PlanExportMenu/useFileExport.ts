import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { Result } from '../../../../core';
import type { SavedFile } from '../../../../preload/channels';
import { describeError } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';

/**
 * Runs one export (a save dialog in main, then the file), says where the file went, stays quiet
 * when the person cancels the dialog, and reports any other failure. `busy` is true meanwhile,
 * so the button can show it is working (a PDF takes about a second).
 */
export function useFileExport(): { busy: boolean; run: (call: () => Promise<Result<SavedFile | null>>) => Promise<void> } {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (call: () => Promise<Result<SavedFile | null>>) => {
      setBusy(true);
      try {
        const result = await call();
        if (result.ok) {
          if (result.value) {
            notifications.show({
              title: i18n.t('exportMenu.savedTitle'),
              message: i18n.t('exportMenu.saved', { path: result.value.path }),
            });
          }
        } else if (result.error.code !== 'cancelled') {
          notifications.show({ color: 'red', title: i18n.t('exportMenu.failedTitle'), message: describeError(i18n, result.error) });
        }
      } finally {
        setBusy(false);
      }
    },
    [i18n],
  );
  return { busy, run };
}
