import { List, Paper, Stack, Text } from '@mantine/core';
import { MAX_WEEKLY_HOURS, type BuiltPlan, type Result } from '../../../../core';
import { describeError } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import type { BuilderDraft, DraftProblem } from './builderDraft';
import classes from './Plan.module.css';

interface BuilderProjectionProps {
  draft: BuilderDraft;
  problems: DraftProblem[];
  built: Result<BuiltPlan> | null;
}

/**
 * The plan the current choices give: its ready date and how it was reached, whether the target
 * date holds, or what stops the plan. A polite live region, so a screen reader hears the new
 * date after the slider stops rather than on every step.
 */
export function BuilderProjection({ draft, problems, built }: BuilderProjectionProps) {
  const i18n = useI18n();
  const { t, formatDay, formatHours, formatNumber } = i18n;

  let body;
  if (problems.length > 0 || (built && !built.ok)) {
    body = (
      <Stack gap={4}>
        <Text fw={600} className={classes.problemTitle}>
          <span aria-hidden="true">⚠ </span>
          {t('plan.builder.cannotBuild')}
        </Text>
        <List size="sm" spacing={2}>
          {problems.map((problem) => (
            <List.Item key={problem.key + (problem.params?.number ?? '')}>{t(problem.key, problem.params)}</List.Item>
          ))}
          {built && !built.ok && <List.Item>{describeError(i18n, built.error)}</List.Item>}
        </List>
      </Stack>
    );
  } else if (built?.ok) {
    const { plan, totalHours, targetReachable, weeklyHoursForTarget } = built.value;
    const target = draft.targetDate;
    body = (
      <Stack gap={6}>
        <Text fw={650} size="lg" data-testid="projected-ready-date">
          {plan.readyDate
            ? // Courses that leave gaps no course covers end on that day; they do not make one ready.
              t(plan.uncovered.length > 0 ? 'plan.builder.coursesEndOn' : 'plan.builder.readyOn', { date: formatDay(plan.readyDate) })
            : plan.uncovered.length > 0
              ? t('plan.builder.noCourseLeft')
              : t('plan.builder.nothingToLearn')}
        </Text>
        {plan.items.length > 0 && (
          <Text size="sm">
            {t('plan.builder.howComputed', {
              hours: formatHours(totalHours),
              count: plan.items.length,
              weekly: formatNumber(draft.weeklyHours),
              days: draft.studyDays.length,
            })}
          </Text>
        )}
        {target !== '' && targetReachable === true && (
          <Text size="sm" fw={600} className={classes.goodNews}>
            <span aria-hidden="true">✓ </span>
            {t('plan.builder.reachable', { date: formatDay(target) })}
          </Text>
        )}
        {target !== '' && targetReachable === false && (
          <Text size="sm" fw={600} className={classes.warning}>
            <span aria-hidden="true">⚠ </span>
            {weeklyHoursForTarget === null
              ? t('plan.builder.noDayBeforeTarget', { date: formatDay(target) })
              : weeklyHoursForTarget > MAX_WEEKLY_HOURS
                ? t('plan.builder.targetOutOfReach', { date: formatDay(target), hours: formatNumber(weeklyHoursForTarget) })
                : t('plan.builder.needsHours', { date: formatDay(target), hours: formatNumber(weeklyHoursForTarget) })}
          </Text>
        )}
        {plan.uncovered.length > 0 && (
          <Text size="sm">{t('plan.builder.uncoveredCount', { count: plan.uncovered.length })}</Text>
        )}
      </Stack>
    );
  } else {
    body = null;
  }

  return (
    <Paper withBorder p="md" className={classes.projection} aria-live="polite" aria-atomic="true">
      {body}
    </Paper>
  );
}
