import { Paper, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { PlanStatus } from '../../../../core';
import { useI18n, type MessageKey } from '../../i18n';
import { StandingNote } from '../../components/StandingNote/StandingNote';
import classes from './Progress.module.css';

interface Figure {
  label: MessageKey;
  value: number;
  how: MessageKey;
}

/** Logged, planned to date and remaining hours, each explained, and where the person stands. */
export function ProgressTotals({ status }: { status: PlanStatus }) {
  const { t, formatHours } = useI18n();
  const headingId = useId();
  const overdue = status.items.filter((item) => item.overdue).length;
  const figures: Figure[] = [
    { label: 'progress.totals.logged', value: status.loggedHours, how: 'progress.totals.loggedHow' },
    { label: 'progress.totals.planned', value: status.plannedHoursToDate, how: 'progress.totals.plannedHow' },
    { label: 'progress.totals.remaining', value: status.remainingHours, how: 'progress.totals.remainingHow' },
    { label: 'progress.totals.total', value: status.totalHours, how: 'progress.totals.totalHow' },
  ];

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} id={headingId}>
          {t('progress.totals.title')}
        </Title>
        <dl className={classes.figures}>
          {figures.map((figure, index) => (
            <div key={figure.label}>
              <dt className={classes.figureLabel}>{t(figure.label)}</dt>
              <dd className={classes.figureValue}>
                <Tooltip label={t(figure.how)} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
                  <button type="button" className={classes.explained} aria-describedby={`${headingId}-how-${index}`}>
                    {formatHours(figure.value)}
                  </button>
                </Tooltip>
                <VisuallyHidden id={`${headingId}-how-${index}`}>{t(figure.how)}</VisuallyHidden>
              </dd>
            </div>
          ))}
        </dl>
        <StandingNote standing={status.standing} />
        {overdue > 0 && <Text>{t('plan.overdueCount', { count: overdue })}</Text>}
      </Stack>
    </Paper>
  );
}
