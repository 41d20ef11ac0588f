import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { planStatus, type Plan } from '../../../../core';
import { PlanExportMenu } from '../../components/PlanExportMenu/PlanExportMenu';
import { PlanTimeline } from '../../components/PlanTimeline/PlanTimeline';
import { titlesById } from '../../components/PlanItemCard/itemInfo';
import { ReplanDialog } from '../../components/ReplanPreview/ReplanDialog';
import { useAppData } from '../../data/AppDataProvider';
import { useToday } from '../../data/useToday';
import { useI18n } from '../../i18n';
import { PlanItemList } from './PlanItemList';
import { PlanSummary } from './PlanSummary';

type PlanLayout = 'list' | 'timeline';

/** A saved plan: its summary, then its items as a list with actions or as a timeline. */
export function PlanView({ plan }: { plan: Plan }) {
  const { data, catalog, status: appStatus } = useAppData();
  const { t, locale } = useI18n();
  const [layout, setLayout] = useState<PlanLayout>('list');
  const today = useToday();
  const active = plan.id === data.activePlanId;
  const editable = active && !appStatus.readOnly;
  const computed = useMemo(() => planStatus(plan, data.progress, today), [plan, data.progress, today]);
  const status = computed.ok ? computed.value : null;
  const titles = useMemo(() => titlesById(catalog, plan.items, locale), [catalog, plan.items, locale]);
  const overdue = useMemo(
    () => new Set(status?.items.filter((item) => item.overdue).map((item) => item.itemId) ?? []),
    [status],
  );

  return (
    <Stack gap="lg">
      {!active && <Text>{t('plan.olderPlan')}</Text>}
      <PlanSummary plan={plan} status={status} />
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('plan.layout.label')}
          value={layout}
          onChange={(value) => setLayout(value as PlanLayout)}
          data={[
            { value: 'list', label: t('plan.layout.list') },
            { value: 'timeline', label: t('plan.layout.timeline') },
          ]}
        />
        <Group gap="sm">
          {editable && plan.items.length > 0 && <ReplanDialog plan={plan} />}
          {plan.items.length > 0 && <PlanExportMenu plan={plan} />}
        </Group>
      </Group>
      {overdue.size > 0 && (
        <Text fw={600}>{t('plan.overdueCount', { count: overdue.size })}</Text>
      )}
      {layout === 'timeline' ? (
        plan.items.length === 0 ? (
          <Text>{t('plan.empty')}</Text>
        ) : (
          <PlanTimeline items={plan.items} titles={titles} overdue={overdue} today={today} />
        )
      ) : (
        <PlanItemList plan={plan} status={status} editable={editable} />
      )}
    </Stack>
  );
}
