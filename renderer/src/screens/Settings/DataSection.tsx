import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localized, PAPER_SIZES } from '../../../../core';
import type { ImportPreview } from '../../../../preload/channels';
import { getBridge } from '../../bridge';
import { PlanExportMenu } from '../../components/PlanExportMenu/PlanExportMenu';
import { useFileExport } from '../../components/PlanExportMenu/useFileExport';
import { showProblem, showUndoNotice } from '../../components/UndoNotice/UndoNotice';
import { describeError, useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { paperSizeOf, type PaperSize } from '../Print/paper';
import { BackupsPanel } from './BackupsPanel';
import { DataCard } from './DataCard';
import { ImportPreviewModal } from './ImportPreviewModal';

/**
 * Settings about the person's files: the paper for printing, exporting and importing all data,
 * spreadsheet and calendar exports, and the automatic backups.
 *
 * Exports and imports call the bridge directly: they are file operations in main, not edits of
 * the stored document (the import replaces it whole, then the data is reloaded).
 */
export function DataSection() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { data, catalog, status, updateSettings, reload } = useAppData();
  const { busy: exporting, run } = useFileExport();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [importBusy, setImportBusy] = useState(false);
  const [backupsVersion, setBackupsVersion] = useState(0);
  const paper = paperSizeOf(data.settings);
  const activePlan = data.plans.find((plan) => plan.id === data.activePlanId);
  const targetRoles = (data.profile?.targetRoleIds ?? []).flatMap((roleId) => catalog.roles.filter((role) => role.id === roleId));

  const chooseImport = async () => {
    setImportBusy(true);
    const result = await getBridge()['data:importPreview']();
    setImportBusy(false);
    if (result.ok) setPreview(result.value);
    else if (result.error.code !== 'cancelled') showProblem(t('data.import.title'), describeError(i18n, result.error));
  };

  const undoImport = async (backupName: string) => {
    const restored = await getBridge()['backups:restore']({ name: backupName });
    if (!restored.ok) {
      showProblem(t('data.restore.title'), describeError(i18n, restored.error));
      return;
    }
    await reload();
    setBackupsVersion((version) => version + 1);
    notifications.show({ message: t('data.import.undone') });
  };

  const applyImport = async () => {
    if (!preview) return;
    setImportBusy(true);
    const applied = await getBridge()['data:importApply']({ token: preview.token });
    setImportBusy(false);
    setPreview(null);
    if (!applied.ok) {
      showProblem(t('data.import.title'), describeError(i18n, applied.error));
      return;
    }
    await reload();
    setBackupsVersion((version) => version + 1);
    const backupName = applied.value.backupName;
    if (backupName) {
      showUndoNotice({
        id: 'data-imported',
        title: t('data.import.doneTitle'),
        message: t('data.import.done'),
        undoLabel: t('action.undo'),
        closeLabel: t('action.close'),
        onUndo: () => void undoImport(backupName),
      });
    } else {
      notifications.show({ title: t('data.import.doneTitle'), message: t('data.import.done') });
    }
  };

  return (
    <>
      <DataCard id="settings-paper" title={t('data.paper.title')}>
        <Text size="sm">{t('data.paper.help')}</Text>
        <SegmentedControl
          aria-labelledby="settings-paper"
          style={{ alignSelf: 'flex-start' }}
          disabled={status.readOnly}
          value={paper}
          onChange={(value) => updateSettings({ ...data.settings, paperSize: value as PaperSize })}
          data={PAPER_SIZES.map((size) => ({ value: size, label: t(`data.paper.${size}`) }))}
        />
      </DataCard>

      <DataCard id="settings-transfer" title={t('data.transfer.title')}>
        <Text size="sm">{t('data.transfer.help')}</Text>
        <Group gap="sm">
          <Button variant="default" loading={exporting} onClick={() => void run(() => getBridge()['data:export']())}>
            {t('data.transfer.export')}
          </Button>
          <Button variant="default" loading={importBusy && !preview} disabled={status.readOnly} onClick={() => void chooseImport()}>
            {t('data.transfer.import')}
          </Button>
        </Group>
      </DataCard>

      <DataCard id="settings-tables" title={t('data.tables.title')}>
        <Text size="sm">{t('data.tables.help')}</Text>
        {targetRoles.length === 0 ? (
          <Text size="sm">{t('data.tables.noRoles')}</Text>
        ) : (
          <Stack gap="xs" align="flex-start">
            {targetRoles.map((role) => (
              <Button
                key={role.id}
                variant="subtle"
                onClick={() => void run(() => getBridge()['gaps:exportCsv']({ roleId: role.id }))}
              >
                {t('data.tables.gaps', { role: localized(role.title, locale) })}
              </Button>
            ))}
          </Stack>
        )}
        {activePlan ? (
          <Group gap="sm">
            <Text size="sm">{t('data.tables.activePlan', { name: activePlan.name })}</Text>
            <PlanExportMenu plan={activePlan} />
          </Group>
        ) : (
          <Text size="sm">{t('data.tables.noPlan')}</Text>
        )}
      </DataCard>

      <BackupsPanel refreshKey={backupsVersion} />

      <ImportPreviewModal preview={preview} busy={importBusy} onCancel={() => setPreview(null)} onConfirm={() => void applyImport()} />
    </>
  );
}
