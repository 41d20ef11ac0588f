import { Alert, Button, Stack, Text } from '@mantine/core';
import { offersSteppingStone, type StepInput, type SteppingStone } from '../../../../core/planning/steppingStone';
import { roleTitle } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { StepWeigher } from './StepWeigher';

interface LongPlanAlertProps {
  /** How long the plan runs, in months (BuiltPlan.months). */
  months: number;
  /** Least weekly hours that would end it within 12 months; null when it already does. */
  weeklyHoursFor12Months: number | null;
  /** Whether the plan runs over 12 months (BuiltPlan.longPlan). */
  longPlan: boolean;
  targetRoleIds: readonly string[];
  /** A closer role on the way, when the plan is long enough to look for one. */
  steppingStone: SteppingStone | null;
  /** Plans the stepping stone (or a job the person weighed) instead of the targets; without it no button is shown. */
  onPlanSteppingStone?: (roleId: string) => void;
  /** What the plan was built from: with it, a plan long enough for a stepping stone lets the person weigh a job of their choice. */
  stepInput?: StepInput;
}

/**
 * Honest durations (docs/advice.md): a plan over a year says so, with the weekly hours that would
 * end it within 12 months, and offers a closer role on the way, saying how much of it counts, or
 * for a far target a first job in the field that hires newcomers. Past 6 months the person can
 * also weigh a job of their own choice as a step (StepWeigher).
 */
export function LongPlanAlert({ months, weeklyHoursFor12Months, longPlan, targetRoleIds, steppingStone, onPlanSteppingStone, stepInput }: LongPlanAlertProps) {
  const { catalog } = useAppData();
  const { t, locale, formatNumber, formatHours, formatDay } = useI18n();
  const weighs = stepInput !== undefined && offersSteppingStone(months);
  if (!longPlan && !steppingStone && !weighs) return null;
  const stoneTitle = steppingStone ? roleTitle(catalog, steppingStone.roleId, locale) : '';
  const targets = targetRoleIds.map((id) => roleTitle(catalog, id, locale)).join(', ');
  return (
    <Alert
      color={longPlan ? 'orange' : 'blue'}
      variant="light"
      title={longPlan || !steppingStone ? t('plan.long.title', { months: formatNumber(months) }) : undefined}
      data-testid="long-plan-alert"
    >
      <Stack gap="xs">
        {longPlan && <Text size="sm">{t('plan.long.body')}</Text>}
        {longPlan && weeklyHoursFor12Months !== null && (
          <Text size="sm">{t('plan.long.weekly', { hours: formatNumber(weeklyHoursFor12Months) })}</Text>
        )}
        {steppingStone && (
          <Text size="sm" data-testid="stepping-stone">
            {steppingStone.kind === 'first-job'
              ? t('plan.stone.firstJob', {
                  role: stoneTitle,
                  date: formatDay(steppingStone.readyDate),
                  hours: formatHours(steppingStone.hours),
                  target: targets,
                })
              : t('plan.stone.line', {
                  role: stoneTitle,
                  date: formatDay(steppingStone.readyDate),
                  hours: formatHours(steppingStone.hours),
                  share: Math.floor(steppingStone.towardTarget * 100),
                  target: targets,
                })}
          </Text>
        )}
        {steppingStone && onPlanSteppingStone && (
          <Button size="xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => onPlanSteppingStone(steppingStone.roleId)}>
            {t('plan.stone.button', { role: stoneTitle })}
          </Button>
        )}
        {!steppingStone && weighs && <Text size="sm">{t('plan.stone.none')}</Text>}
        {weighs && <StepWeigher input={stepInput} targetMonths={months} targets={targets} onPlanStep={onPlanSteppingStone} />}
      </Stack>
    </Alert>
  );
}
