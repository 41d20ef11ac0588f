import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { navigate, type Route } from '../../routing';
import { PlanBuilder } from './PlanBuilder';
import { PlanPicker } from './PlanPicker';
import { PlanView } from './PlanView';

/**
 * #/plan shows the active plan (or the builder when there is none), #/plan/new the builder
 * (#/plan?roles=a,b too, with those roles chosen),
 * #/plan/<id> any saved plan, so older plans stay readable.
 */
export function PlanScreen({ route }: { route: Route }) {
  const { t } = useI18n();
  const { data, status } = useAppData();
  const requested = route.segments[1];
  const askedRoles = route.query.get('roles')?.split(',').filter(Boolean);
  // Roles in the address ask for a new plan for them, even when another plan is active.
  const startNew = requested === 'new' || (requested === undefined && (askedRoles?.length ?? 0) > 0);
  const shown = startNew
    ? undefined
    : requested
      ? data.plans.find((plan) => plan.id === requested)
      : data.plans.find((plan) => plan.id === data.activePlanId);
  const building = !shown && !status.readOnly && (startNew || requested === undefined || data.plans.length === 0);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('plan.title')}</Title>
        <Text>{t('plan.intro')}</Text>
      </Stack>
      {data.plans.length > 0 && <PlanPicker shownId={shown?.id ?? null} />}
      {!data.profile && (
        <Text>
          {t('plan.noProfile')}{' '}
          <Anchor href="#/profile">{t('plan.noProfileLink')}</Anchor>
        </Text>
      )}
      {shown && <PlanView key={shown.id} plan={shown} />}
      {building && (
        <PlanBuilder
          key={`${requested ?? 'first'}:${askedRoles?.join(',') ?? ''}`}
          initialRoleIds={askedRoles}
          onCancel={data.activePlanId ? () => navigate('/plan') : undefined}
        />
      )}
      {!shown && !building && <Text>{requested ? t('plan.notFound') : t('plan.readOnlyNoPlan')}</Text>}
    </Stack>
  );
}
