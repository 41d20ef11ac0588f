import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { planStatus, weekAgenda, type Plan, type Standing, type WeekAgenda } from '../../../../core';
import { StandingNote } from '../../components/StandingNote/StandingNote';
import { describeError, useAppData } from '../../data/AppDataProvider';
import { useActivePlan } from '../../data/usePlans';
import { useToday } from '../../data/useToday';
import { useI18n } from '../../i18n';
import type { Route } from '../../routing';
import { CheckInCard } from './CheckInCard';
import { FinishPrompt } from './FinishPrompt';
import { ReviewCard } from './ReviewCard';
import { SessionList } from './SessionList';
import { TodaySessions } from './TodaySessions';
import classes from './Week.module.css';

/**
 * The home screen once a plan exists (issue #14): what to study tonight and for the rest of the
 * week, logged in one step, and what was already done since Monday.
 */
export function WeekScreen(_props: { route: Route }) {
  const { t } = useI18n();
  const plan = useActivePlan();
  return (
    <Stack gap="lg">
      <Title order={2}>{t('week.title')}</Title>
      {plan ? (
        <PlanWeek plan={plan} />
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text>{t('week.noPlan')}</Text>
          <Anchor href="#/plan" fw={600}>
            {t('week.buildPlan')}
          </Anchor>
        </Stack>
      )}
    </Stack>
  );
}

function PlanWeek({ plan }: { plan: Plan }) {
  const { data, status } = useAppData();
  const i18n = useI18n();
  const { t, formatDay } = i18n;
  const today = useToday();
  // "Not today" is said for today only: a new day starts with its share again.
  const [skippedDay, setSkippedDay] = useState<string | null>(null);
  const skipToday = skippedDay === today;
  const computed = useMemo(() => weekAgenda(plan, data.progress, today, { skipToday }), [plan, data.progress, today, skipToday]);
  const planNow = useMemo(() => planStatus(plan, data.progress, today), [plan, data.progress, today]);
  if (!computed.ok) return <Text role="alert">{describeError(i18n, computed.error)}</Text>;
  const week = computed.value;
  const later = week.toDo.filter((session) => session.date > today);
  return (
    <>
      <Text c="dimmed">{t('week.range', { start: formatDay(week.weekStart), end: formatDay(week.weekEnd) })}</Text>
      <CheckInCard plan={plan} today={today} editable={!status.readOnly} />
      {planNow.ok && <FinishPrompt plan={plan} status={planNow.value} editable={!status.readOnly} />}
      <ReviewCard plan={plan} today={today} editable={!status.readOnly} />
      <WeekFigures week={week} standing={planNow.ok ? planNow.value.standing : null} />
      <TodaySessions
        plan={plan}
        week={week}
        today={today}
        editable={!status.readOnly}
        skipped={skipToday}
        onSkip={(skip) => setSkippedDay(skip ? today : null)}
      />
      <SessionList title={t('week.later')} empty={t('week.laterNone')} plan={plan} sessions={later} />
      <SessionList title={t('week.logged')} empty={t('week.loggedNone')} plan={plan} sessions={week.done} />
    </>
  );
}

function WeekFigures({ week, standing }: { week: WeekAgenda; standing: Standing | null }) {
  const { t, formatHours } = useI18n();
  const figures: [string, number][] = [
    [t('week.planned'), week.doneMinutes + week.toDoMinutes],
    [t('week.done'), week.doneMinutes],
    [t('week.left'), week.toDoMinutes],
  ];
  return (
    <Paper component="section" withBorder p="md" aria-label={t('week.figures')}>
      <dl className={classes.figures}>
        {figures.map(([label, minutes]) => (
          <div key={label} className={classes.figure}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} className={classes.figureValue}>
              {formatHours(minutes / 60)}
            </Text>
          </div>
        ))}
      </dl>
      {standing && <StandingNote standing={standing} />}
    </Paper>
  );
}

