import { Button, Loader } from '@mantine/core';
import { Suspense, useMemo, useState } from 'react';
import { replan, type Plan } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { todayIso } from '../../data/today';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import { ModalDialog } from '../ModalDialog/ModalDialog';
import { titlesById } from '../PlanItemCard/itemInfo';

// The dialog's body (its hours field and the preview) is a chunk of its own, fetched once this
// module runs but not waited for: the screens showing the button (This week, the plan) open
// without it, and it is in memory by the time the dialog opens.
const replanForm = lazyComponent(() => import('./ReplanForm'), 'ReplanForm');
void replanForm.load().catch(() => undefined);

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
  const [weeklyHours, setWeeklyHours] = useState<number>(plan.inputs.weeklyHours);
  const [today, setToday] = useState(todayIso);
  const titles = useMemo(() => titlesById(catalog, plan.items, i18n.locale), [catalog, plan.items, i18n.locale]);

  const result = useMemo(() => {
    if (!opened) return null;
    const hours = Number.isFinite(weeklyHours) ? weeklyHours : 0;
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
        <Suspense fallback={<Loader size="sm" aria-label={t('app.screenLoading')} />}>
          <replanForm.View
            today={today}
            weeklyHours={weeklyHours}
            onWeeklyHours={setWeeklyHours}
            result={result}
            titles={titles}
            onCancel={() => setOpened(false)}
            onApply={() => void apply()}
          />
        </Suspense>
      </ModalDialog>
    </>
  );
}
