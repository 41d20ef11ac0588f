import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';

/** Tells the person, once and plainly, when their file was read-only or had to be recovered. */
export function StatusBanner() {
  const { status } = useAppData();
  const { t } = useI18n();
  const [recoveryDismissed, setRecoveryDismissed] = useState(false);
  const { recovery } = status;
  if (!status.readOnly && (!recovery || recoveryDismissed)) return null;
  return (
    <Stack gap="sm" mb="md">
      {status.readOnly && (
        <Alert color="yellow" title={t('status.readOnlyTitle')} data-testid="read-only-banner">
          {t('status.readOnlyBody')}
        </Alert>
      )}
      {recovery && !recoveryDismissed && (
        <Alert
          color="orange"
          title={t('status.recoveredTitle')}
          withCloseButton
          closeButtonLabel={t('action.close')}
          onClose={() => setRecoveryDismissed(true)}
          data-testid="recovery-banner"
        >
          {recovery.restoredFrom
            ? t('status.recoveredFromBackup', { movedTo: recovery.movedTo, restoredFrom: recovery.restoredFrom })
            : t('status.recoveredEmpty', { movedTo: recovery.movedTo })}
        </Alert>
      )}
    </Stack>
  );
}
