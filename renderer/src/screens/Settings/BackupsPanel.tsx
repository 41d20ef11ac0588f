import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { isoDateOf, type Result } from '../../../../core';
import type { BackupInfo } from '../../../../preload/channels';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog/ModalDialog';
import { showProblem, showUndoNotice } from '../../components/UndoNotice/UndoNotice';
import { describeError, useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { DataCard } from './DataCard';

const SHOWN_AT_FIRST = 8;

interface BackupsPanelProps {
  /** Changes when something else made a backup (an import), so the list is read again. */
  refreshKey: number;
}

/**
 * The automatic backups, newest first, each restorable. Restoring asks first; main backs the
 * current data up ('before-restore') before it restores, and the notification's Undo restores
 * that newest 'before-restore' backup.
 */
export function BackupsPanel({ refreshKey }: BackupsPanelProps) {
  const i18n = useI18n();
  const { t, formatDay, formatTime, formatNumber } = i18n;
  const { reload, status } = useAppData();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const applyListing = useCallback(
    (listed: Result<BackupInfo[]>): BackupInfo[] => {
      if (!listed.ok) {
        setProblem(describeError(i18n, listed.error));
        return [];
      }
      setProblem(null);
      setBackups(listed.value);
      return listed.value;
    },
    [i18n],
  );
  const load = async () => applyListing(await getBridge()['backups:list']());

  useEffect(() => {
    let current = true;
    const listing = getBridge()['backups:list']();
    void listing.then((listed) => {
      if (current) applyListing(listed);
    });
    return () => {
      current = false;
    };
  }, [applyListing, refreshKey]);

  const when = (backup: BackupInfo) => {
    const date = new Date(backup.createdAt);
    return `${formatDay(isoDateOf(date))} ${formatTime(date)}`;
  };

  const undoRestore = async () => {
    const list = await load();
    const safety = list.find((backup) => backup.reason === 'before-restore');
    if (!safety) return;
    const restored = await getBridge()['backups:restore']({ name: safety.name });
    if (!restored.ok) {
      showProblem(t('data.restore.title'), describeError(i18n, restored.error));
      return;
    }
    await reload();
    await load();
    notifications.show({ message: t('data.restore.undone') });
  };

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    const restored = await getBridge()['backups:restore']({ name: backup.name });
    setBusy(false);
    setConfirming(null);
    if (!restored.ok) {
      showProblem(t('data.restore.title'), describeError(i18n, restored.error));
      return;
    }
    await reload();
    await load();
    showUndoNotice({
      id: 'backup-restored',
      title: t('data.restore.doneTitle'),
      message: t('data.restore.done', { date: when(backup) }),
      undoLabel: t('action.undo'),
      closeLabel: t('action.close'),
      onUndo: () => void undoRestore(),
    });
  };

  const shown = backups ? (showAll ? backups : backups.slice(0, SHOWN_AT_FIRST)) : [];
  return (
    <DataCard id="settings-backups" title={t('data.backups.title')}>
      <Text size="sm">{t('data.backups.help')}</Text>
      {problem && <Text role="alert">{t('data.backups.loadFailed', { message: problem })}</Text>}
      {backups && backups.length === 0 && <Text>{t('data.backups.empty')}</Text>}
      {shown.length > 0 && (
        <Stack gap="xs">
          <Table striped captionSide="top" data-testid="backups-table">
            <Table.Caption>{t('data.backups.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('data.backups.date')}</Table.Th>
                <Table.Th scope="col">{t('data.backups.reason')}</Table.Th>
                <Table.Th scope="col">{t('data.backups.size')}</Table.Th>
                <Table.Th scope="col">{t('data.backups.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>{when(backup)}</Table.Td>
                  <Table.Td>{t(`data.backups.reason.${backup.reason}`)}</Table.Td>
                  <Table.Td>{t('data.backups.kilobytes', { size: formatNumber(backup.sizeBytes / 1024) })}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={status.readOnly}
                      aria-label={t('data.backups.restoreLabel', { date: when(backup) })}
                      onClick={() => setConfirming(backup)}
                    >
                      {t('data.backups.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {backups && backups.length > SHOWN_AT_FIRST && (
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={() => setShowAll((value) => !value)}>
                {showAll ? t('data.backups.showFewer') : t('data.backups.showAll', { count: backups.length })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <ModalDialog opened={confirming !== null} onClose={() => setConfirming(null)} title={t('data.restore.title')}>
        {confirming && (
          <Stack gap="md">
            <Text>{t('data.restore.body', { date: when(confirming) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('action.cancel')}
              </Button>
              <Button loading={busy} onClick={() => void restore(confirming)}>
                {t('data.restore.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </ModalDialog>
    </DataCard>
  );
}
