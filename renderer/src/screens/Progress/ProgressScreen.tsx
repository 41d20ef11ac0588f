import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { planStatus, type Plan } from '../../../../core';
import { ProgressChart } from '../../components/ProgressChart/ProgressChart';
import { ReplanDialog } from '../../components/ReplanPreview/ReplanDialog';
import { describeError, useAppData } from '../../data/AppDataProvider';
import { useToday } from '../../data/useToday';
import { useActivePlan } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import type { Route } from '../../routing';
import { PlanItemList } from '../Plan/PlanItemList';
import { ProgressTotals } from './ProgressTotals';
import { ReadinessSection } from './ReadinessSection';

/** How the person stands against the active plan: totals, the chart, readiness, and the items. */
export function ProgressScreen(_props: { route: Route }) {
  const { t } = useI18n();
  const plan = useActivePlan();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('progress.title')}</Title>
        <Text>{plan ? t('progress.intro', { name: plan.name }) : t('progress.noPlan')}</Text>
      </Stack>
      {plan ? (
        <PlanProgress plan={plan} />
      ) : (
        <Anchor href="#/plan" fw={600}>
          {t('progress.buildPlan')}
        </Anchor>
      )}
    </Stack>
  );
}

function PlanProgress({ plan }: { plan: Plan }) {
  const { data, status: appStatus } = useAppData();
  const i18n = useI18n();
  const { t } = i18n;
  const today = useToday();
  const chartHeading = useId();
  const computed = useMemo(() => planStatus(plan, data.progress, today), [plan, data.progress, today]);
  const editable = !appStatus.readOnly;
  if (!computed.ok) return <Text role="alert">{describeError(i18n, computed.error)}</Text>;
  const status = computed.value;

  return (
    <>
      <ProgressTotals status={status} />
      {editable && plan.items.length > 0 && (
        <Group>
          <ReplanDialog plan={plan} />
        </Group>
      )}
      <Paper component="section" withBorder p="lg" aria-labelledby={chartHeading}>
        <Stack gap="sm">
          <Title order={3} id={chartHeading}>
            {t('progress.chart.title')}
          </Title>
          <ProgressChart weeks={status.weeks} today={today} />
        </Stack>
      </Paper>
      <ReadinessSection plan={plan} />
      <PlanItemList plan={plan} status={status} editable={editable} withPlanEdits={false} />
    </>
  );
}
