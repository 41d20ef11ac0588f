import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import type { AppStatus, ReadOnlyReason } from '../../../../preload/channels';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n, type MessageKey } from '../../i18n';

/** A status from before reasons existed is read-only only because a newer Skillgap wrote it. */
const readOnlyReasonOf = (status: AppStatus): ReadOnlyReason | null =>
  status.readOnly ? (status.readOnlyReason ?? 'newer-version') : null;

const READ_ONLY_BODIES: Record<ReadOnlyReason, MessageKey> = {
  'newer-version': 'status.readOnlyBody',
  'folder-not-writable': 'status.readOnly.folder-not-writable',
  'recovery-failed': 'status.readOnly.recovery-failed',
  'upgrade-blocked': 'status.readOnly.upgrade-blocked',
  'store-unreadable': 'status.readOnly.store-unreadable',
};

/**
 * Tells the person, once and plainly, when their data is read-only and why, when their file had
 * to be recovered (or could not be yet), and when backups cannot be made.
 */
export function StatusBanner() {
  const { status } = useAppData();
  const { t } = useI18n();
  const [recoveryDismissed, setRecoveryDismissed] = useState(false);
  const { recovery, backupsUnavailable } = status;
  const readOnlyReason = readOnlyReasonOf(status);
  const showRecovery = recovery !== null && !recoveryDismissed;
  if (!readOnlyReason && !showRecovery && !backupsUnavailable) return null;

  let recoveryText = '';
  if (recovery?.failure) {
    recoveryText = recovery.restoredFrom
      ? t('status.recoveryStoppedFromBackup', { failure: recovery.failure, restoredFrom: recovery.restoredFrom })
      : t('status.recoveryStoppedEmpty', { failure: recovery.failure });
  } else if (recovery) {
    const movedTo = recovery.movedTo ?? '';
    recoveryText = recovery.restoredFrom
      ? t('status.recoveredFromBackup', { movedTo, restoredFrom: recovery.restoredFrom })
      : t('status.recoveredEmpty', { movedTo });
  }

  return (
    <Stack gap="sm" mb="md">
      {readOnlyReason && (
        <Alert color="yellow" title={t('status.readOnlyTitle')} data-testid="read-only-banner" data-reason={readOnlyReason}>
          {t(READ_ONLY_BODIES[readOnlyReason], { folder: status.dataDirectory })}
        </Alert>
      )}
      {showRecovery && (
        <Alert
          color="orange"
          title={t('status.recoveredTitle')}
          withCloseButton
          closeButtonLabel={t('action.close')}
          onClose={() => setRecoveryDismissed(true)}
          data-testid="recovery-banner"
        >
          {recoveryText}
        </Alert>
      )}
      {backupsUnavailable && (
        <Alert color="orange" title={t('status.backupsUnavailableTitle')} data-testid="backups-banner">
          {t('status.backupsUnavailable', { path: backupsUnavailable.path })}
        </Alert>
      )}
    </Stack>
  );
}
