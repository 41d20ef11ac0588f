import { List, Paper, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId, useMemo } from 'react';
import { durationFigures, fitProfileOf, type Plan, type PlanStatus } from '../../../../core';
import { offersSteppingStone, steppingStoneFor, type StepInput } from '../../../../core/planning/steppingStone';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { navigate } from '../../routing';
import { roleTitle } from '../../components/PlanItemCard/itemInfo';
import { uncoveredLine } from '../../components/PlanItemCard/itemWhy';
import { useStudyLanguages } from '../Roles/useFitProfile';
import { StandingNote } from '../../components/StandingNote/StandingNote';
import { LongPlanAlert } from './LongPlanAlert';
import classes from './Plan.module.css';

/** Minutes the planner lays out for an item (at least one), as core's layout counts them. */
const minutesOf = (hours: number) => Math.max(1, Math.ceil(hours * 60 - 1e-6));

interface PlanSummaryProps {
  plan: Plan;
  status: PlanStatus | null;
}

/** The plan at a glance: when it ends and why, how much study it holds, and the gaps it cannot close. */
export function PlanSummary({ plan, status }: PlanSummaryProps) {
  const { catalog, data, status: appStatus } = useAppData();
  const i18n = useI18n();
  const { t, locale, formatDay, formatHours, formatNumber } = i18n;
  const languages = useStudyLanguages(data.profile);
  const profile = data.profile;
  const duration = useMemo(
    () => durationFigures(plan.readyDate, plan.items.reduce((sum, item) => sum + minutesOf(item.hours), 0), plan.inputs),
    [plan],
  );
  // What a stepping stone, suggested or weighed, is planned from: the saved plan's person, targets and study time.
  const stepInput = useMemo<StepInput>(
    () => ({
      profile: profile ? fitProfileOf(profile) : { skills: [] },
      languages,
      targetRoleIds: plan.targetRoleIds,
      catalog,
      inputs: plan.inputs,
      createdAt: plan.createdAt,
    }),
    [profile, languages, plan, catalog],
  );
  // A stepping stone builds a plan per role: only looked for when the plan is long enough.
  const steppingStone = useMemo(() => (offersSteppingStone(duration.months) ? steppingStoneFor(stepInput, duration.months) : null), [duration.months, stepInput]);
  const headingId = useId();
  const done = plan.items.filter((item) => item.status === 'done').length;
  const total = status?.totalHours ?? plan.items.reduce((sum, item) => sum + item.hours, 0);
  const how = t('plan.summary.readyHow', {
    hours: formatNumber(plan.inputs.weeklyHours),
    days: plan.inputs.studyDays.length,
  });

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} id={headingId}>
          {t('plan.summary.title')}
        </Title>
        <Text size="sm">
          {t('plan.summary.for', { roles: plan.targetRoleIds.map((id) => roleTitle(catalog, id, locale)).join(', ') })}
        </Text>
        <dl className={classes.summaryGrid}>
          <div>
            {/* A gap no course covers (listed below) leaves the person not ready when the courses end. */}
            <dt className={classes.figureLabel}>{t(plan.uncovered.length > 0 ? 'plan.summary.coursesEnd' : 'plan.summary.ready')}</dt>
            <dd className={classes.figureValue}>
              {plan.readyDate ? (
                <Tooltip label={how} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
                  <button type="button" className={classes.explained} aria-describedby={`${headingId}-how`}>
                    {formatDay(plan.readyDate)}
                  </button>
                </Tooltip>
              ) : (
                t('plan.summary.noReady')
              )}
              {plan.readyDate && (
                <VisuallyHidden id={`${headingId}-how`}>{how}</VisuallyHidden>
              )}
            </dd>
          </div>
          <div>
            <dt className={classes.figureLabel}>{t('plan.summary.total')}</dt>
            <dd className={classes.figureValue}>{formatHours(total)}</dd>
          </div>
          <div>
            <dt className={classes.figureLabel}>{t('plan.summary.items')}</dt>
            <dd className={classes.figureValue}>{t('plan.summary.itemsDone', { done, count: plan.items.length })}</dd>
          </div>
          <div>
            <dt className={classes.figureLabel}>{t('plan.summary.pace')}</dt>
            <dd className={classes.figureValue}>{t('hours.perWeek', { hours: formatNumber(plan.inputs.weeklyHours) })}</dd>
          </div>
          {plan.inputs.targetDate && (
            <div>
              <dt className={classes.figureLabel}>{t('plan.summary.target')}</dt>
              <dd className={classes.figureValue}>{formatDay(plan.inputs.targetDate)}</dd>
            </div>
          )}
        </dl>
        {status && plan.id === data.activePlanId && plan.items.length > 0 && <StandingNote standing={status.standing} />}
        <LongPlanAlert
          months={duration.months}
          longPlan={duration.longPlan}
          weeklyHoursFor12Months={duration.weeklyHoursFor12Months}
          targetRoleIds={plan.targetRoleIds}
          steppingStone={steppingStone}
          onPlanSteppingStone={
            appStatus.readOnly ? undefined : (roleId) => navigate(`/plan/new?roles=${encodeURIComponent(roleId)}`)
          }
          stepInput={stepInput}
        />
        {plan.inputs.pauses.length > 0 && (
          <Text size="sm">
            {t('plan.summary.pauses', {
              list: plan.inputs.pauses.map((pause) => t('plan.pauses.range', { start: formatDay(pause.start), end: formatDay(pause.end) })).join('; '),
            })}
          </Text>
        )}
        {plan.uncovered.length > 0 && (
          <Stack gap={4}>
            <Title order={4}>{t('plan.uncovered.title', { count: plan.uncovered.length })}</Title>
            <Text size="sm">{t('plan.uncovered.why')}</Text>
            <List size="sm" spacing={2}>
              {plan.uncovered.map((gap) => (
                <List.Item key={gap.skillId}>{uncoveredLine(gap, catalog, i18n)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
