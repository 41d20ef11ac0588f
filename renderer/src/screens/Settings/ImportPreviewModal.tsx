import { Button, Group, List, Stack, Text } from '@mantine/core';
import { isoDateOf, type ListChange } from '../../../../core';
import type { ImportPreview } from '../../../../preload/channels';
import { ModalDialog } from '../../components/ModalDialog/ModalDialog';
import { useI18n, type MessageKey } from '../../i18n';

interface ImportPreviewModalProps {
  preview: ImportPreview | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

const LISTS: Array<[keyof Pick<ImportPreview['summary'], 'plans' | 'progress' | 'customRoles' | 'customSkills' | 'customCourses'>, MessageKey]> = [
  ['plans', 'data.import.plans'],
  ['progress', 'data.import.progress'],
  ['customRoles', 'data.import.roles'],
  ['customSkills', 'data.import.skills'],
  ['customCourses', 'data.import.courses'],
];

const isEmpty = (change: ListChange) => change.added + change.replaced + change.removed + change.unchanged === 0;

/** What an import would change, before anything is replaced; Confirm applies it. */
export function ImportPreviewModal({ preview, busy, onCancel, onConfirm }: ImportPreviewModalProps) {
  const { t, formatDay } = useI18n();
  if (!preview) return null;
  const { summary } = preview;
  const name = summary.incomingProfileName ?? '';
  return (
    <ModalDialog opened onClose={onCancel} title={t('data.import.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">
          {t('data.import.file', {
            name: preview.fileName,
            date: formatDay(isoDateOf(new Date(preview.exportedAt))),
            version: preview.appVersion,
          })}
        </Text>
        <List spacing={4} data-testid="import-summary">
          <List.Item>{t(`data.import.profile.${summary.profile}`, { name })}</List.Item>
          {summary.settingsChanged && <List.Item>{t('data.import.settings')}</List.Item>}
          {LISTS.filter(([key]) => !isEmpty(summary[key])).map(([key, label]) => (
            <List.Item key={key}>{t('data.import.list', { what: t(label), ...summary[key] })}</List.Item>
          ))}
        </List>
        <Text fw={600}>{t('data.import.replaces')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {t('data.import.confirm')}
          </Button>
        </Group>
      </Stack>
    </ModalDialog>
  );
}
