import { Button, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { Plan, PlanStatus, ProgressEntry } from '../../../../core';
import { PlanItemCard } from '../../components/PlanItemCard/PlanItemCard';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { AddCustomItem } from './AddCustomItem';

interface PlanItemListProps {
  plan: Plan;
  status: PlanStatus | null;
  editable: boolean;
  /** The plan screen offers swap, remove and "add your own"; the progress screen does not. */
  withPlanEdits?: boolean;
}

/** The plan's items in order, each as a card with its progress and actions. */
export function PlanItemList({ plan, status, editable, withPlanEdits = true }: PlanItemListProps) {
  const { data } = useAppData();
  const { t } = useI18n();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const entriesByItem = useMemo(() => {
    const byItem = new Map<string, ProgressEntry[]>();
    for (const entry of data.progress) {
      if (entry.planId !== plan.id) continue;
      byItem.set(entry.itemId, [...(byItem.get(entry.itemId) ?? []), entry]);
    }
    return byItem;
  }, [data.progress, plan.id]);
  const progressOf = useMemo(() => new Map(status?.items.map((item) => [item.itemId, item]) ?? []), [status]);

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {t('plan.items.title', { count: plan.items.length })}
      </Title>
      {plan.items.length === 0 && <Text>{t('plan.empty')}</Text>}
      {plan.items.map((item) => (
        <PlanItemCard
          key={item.id}
          plan={plan}
          item={item}
          progress={progressOf.get(item.id)}
          entries={entriesByItem.get(item.id) ?? []}
          editable={editable}
          withPlanEdits={withPlanEdits}
        />
      ))}
      {editable && withPlanEdits && (
        <>
          <Button variant="light" onClick={() => setAdding(true)} style={{ alignSelf: 'flex-start' }}>
            {t('plan.custom.add')}
          </Button>
          <AddCustomItem plan={plan} opened={adding} onClose={() => setAdding(false)} />
        </>
      )}
    </Stack>
  );
}
