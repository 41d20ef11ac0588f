import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { MAX_WEEKLY_HOURS, replan, type Plan } from '../../../../core';
import { describeError, useAppData } from '../../data/AppDataProvider';
import { todayIso } from '../../data/today';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import { titlesById } from '../PlanItemCard/itemInfo';
import { ReplanPreview } from './ReplanPreview';

/**
 * "Re-plan from today": lays the open items out again from today with what was logged, shows
 * what would move, and saves only when the person applies it. The weekly hours can be changed
 * in the preview, which is recomputed as they type.
 */
export function ReplanDialog({ plan }: { plan: Plan }) {
  const { data, catalog } = useAppData();
  const i18n = useI18n();
  const { t } = i18n;
  const { replaceWithUndo } = usePlanActions();
  const [opened, setOpened] = useState(false);
  const [weeklyHours, setWeeklyHours] = useState<number | ''>(plan.inputs.weeklyHours);
  const [today, setToday] = useState(todayIso);
  const titles = useMemo(() => titlesById(catalog, plan.items, i18n.locale), [catalog, plan.items, i18n.locale]);

  const result = useMemo(() => {
    if (!opened) return null;
    const hours = typeof weeklyHours === 'number' ? weeklyHours : 0;
    return replan(plan, data.progress, today, { weeklyHours: hours });
  }, [opened, plan, data.progress, today, weeklyHours]);

  const open = () => {
    setToday(todayIso());
    setWeeklyHours(plan.inputs.weeklyHours);
    setOpened(true);
  };

  const apply = async () => {
    if (!result?.ok) return;
    setOpened(false);
    await replaceWithUndo(plan, result.value.plan, {
      title: t('replan.applied'),
      message: t('replan.appliedBody', { date: result.value.newReadyDate ? i18n.formatDay(result.value.newReadyDate) : t('replan.noDate') }),
    });
  };

  return (
    <>
      <Button variant="light" onClick={open}>
        {t('replan.button')}
      </Button>
      <ModalDialog opened={opened} onClose={() => setOpened(false)} title={t('replan.title')} size="xl">
        <Stack gap="md">
          <Text size="sm">{t('replan.intro', { date: i18n.formatDay(today) })}</Text>
          <NumberInput
            label={t('replan.hours')}
            value={weeklyHours}
            onChange={(value) => setWeeklyHours(typeof value === 'number' ? value : '')}
            min={0}
            max={MAX_WEEKLY_HOURS}
            step={0.5}
            decimalScale={1}
            clampBehavior="none"
            suffix=" h"
            maw={320}
          />
          {result && !result.ok && (
            <Text c="var(--mantine-color-error)" role="alert">
              {describeError(i18n, result.error)}
            </Text>
          )}
          {result?.ok && <ReplanPreview replanned={result.value} titles={titles} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button onClick={() => void apply()} disabled={!result?.ok}>
              {t('replan.apply')}
            </Button>
          </Group>
        </Stack>
      </ModalDialog>
    </>
  );
}
