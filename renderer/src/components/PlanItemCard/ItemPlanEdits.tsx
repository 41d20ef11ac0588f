import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Plan, PlanItem } from '../../../../core';
import { applySwap, removeItem, swapCourseCandidates } from '../../../../core/planning/edit';
import { useAppData } from '../../data/AppDataProvider';
import { todayIso } from '../../data/today';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { ConfirmDelete } from '../ConfirmDelete/ConfirmDelete';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import { itemTitle } from './itemInfo';

interface ItemPlanEditsProps {
  plan: Plan;
  item: PlanItem;
  title: string;
}

/**
 * Swap an item's course for another teaching the same skills, or remove the item. Both go
 * through core (which reschedules from today) and are saved only when core accepts them.
 */
export function ItemPlanEdits({ plan, item, title }: ItemPlanEditsProps) {
  const { catalog, data } = useAppData();
  const { t, formatHours, locale } = useI18n();
  const { replaceWithUndo, reportProblem } = usePlanActions();
  const [swapping, setSwapping] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const closed = item.status === 'done' || item.status === 'skipped';
  // A portfolio project has no other course to swap for: it can only be removed.
  const project = catalog.courses.some((course) => course.id === item.courseId && course.project);

  const candidates = useMemo(() => {
    if (!swapping) return [];
    const found = swapCourseCandidates(plan, item.id, catalog);
    return found.ok ? found.value : [];
  }, [swapping, plan, item.id, catalog]);

  const swap = async () => {
    if (!choice) return;
    const swapped = applySwap(plan, item.id, choice, catalog, data.progress, plan.inputs, todayIso());
    if (!swapped.ok) {
      reportProblem(swapped.error);
      return;
    }
    setSwapping(false);
    setChoice(null);
    const replacement = swapped.value.items.find((candidate) => candidate.courseId === choice);
    await replaceWithUndo(plan, swapped.value, {
      title: t('plan.swap.done'),
      message: t('plan.swap.doneBody', { old: title, course: replacement ? itemTitle(catalog, replacement, locale) : choice }),
    });
  };

  const remove = async () => {
    setRemoving(false);
    const removed = removeItem(plan, item.id, catalog, data.progress, plan.inputs, todayIso());
    if (!removed.ok) {
      reportProblem(removed.error);
      return;
    }
    await replaceWithUndo(plan, removed.value, { title: t('deleted.title'), message: t('deleted.body', { name: title }) });
  };

  return (
    <>
      {item.courseId && !closed && !project && (
        <Button size="compact-sm" variant="subtle" onClick={() => setSwapping(true)} aria-label={t('plan.swap.buttonFor', { item: title })}>
          {t('plan.swap.button')}
        </Button>
      )}
      <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(true)} aria-label={t('plan.remove.buttonFor', { item: title })}>
        {t('plan.remove.button')}
      </Button>
      <ModalDialog opened={swapping} onClose={() => setSwapping(false)} title={t('plan.swap.title', { item: title })}>
        <Stack gap="md">
          {candidates.length === 0 ? (
            <Text>{t('plan.swap.none')}</Text>
          ) : (
            <>
              <Text size="sm">{t('plan.swap.intro')}</Text>
              <Select
                label={t('plan.swap.label')}
                data={candidates.map((course) => ({
                  value: course.id,
                  label: t('plan.swap.option', { title: course.title, provider: course.provider, hours: formatHours(course.hours) }),
                }))}
                value={choice}
                onChange={setChoice}
                searchable
                comboboxProps={{ withinPortal: false }}
              />
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setSwapping(false)} data-autofocus>
              {t('action.cancel')}
            </Button>
            {candidates.length > 0 && (
              <Button onClick={() => void swap()} disabled={!choice}>
                {t('plan.swap.apply')}
              </Button>
            )}
          </Group>
        </Stack>
      </ModalDialog>
      <ConfirmDelete
        opened={removing}
        title={t('plan.remove.title')}
        confirmLabel={t('plan.remove.confirm')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => void remove()}
      >
        {t('plan.remove.body', { item: title })}
      </ConfirmDelete>
    </>
  );
}
