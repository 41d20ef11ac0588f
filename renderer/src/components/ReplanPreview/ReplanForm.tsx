import { Button, Group, Stack, Text } from '@mantine/core';
import type { IsoDate, Replanned, Result } from '../../../../core';
import { describeError } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { WeeklyHoursInput } from '../WeeklyHoursInput/WeeklyHoursInput';
import { ReplanPreview } from './ReplanPreview';

export interface ReplanFormProps {
  today: IsoDate;
  /** NaN while the field is empty. */
  weeklyHours: number;
  onWeeklyHours: (hours: number) => void;
  /** The re-plan at these hours; null while the dialog is closed. */
  result: Result<Replanned> | null;
  titles: ReadonlyMap<string, string>;
  onCancel: () => void;
  onApply: () => void;
}

/** The body of the re-plan dialog (ReplanDialog): the weekly hours, what would move, apply or cancel. */
export function ReplanForm({ today, weeklyHours, onWeeklyHours, result, titles, onCancel, onApply }: ReplanFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Stack gap="md">
      <Text size="sm">{t('replan.intro', { date: i18n.formatDay(today) })}</Text>
      <WeeklyHoursInput label={t('replan.hours')} value={weeklyHours} onChange={onWeeklyHours} maw={320} />
      {result && !result.ok && (
        <Text c="var(--mantine-color-error)" role="alert">
          {describeError(i18n, result.error)}
        </Text>
      )}
      {result?.ok && <ReplanPreview replanned={result.value} titles={titles} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('action.cancel')}
        </Button>
        <Button onClick={onApply} disabled={!result?.ok}>
          {t('replan.apply')}
        </Button>
      </Group>
    </Stack>
  );
}
