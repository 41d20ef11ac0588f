import { Anchor, Button, Group, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense, useId, useState } from 'react';
import type { Plan, Session, WeekAgenda } from '../../../../core';
import { ExternalLink } from '../../components/ExternalLink/ExternalLink';
import type { LogHoursFormProps } from '../../components/LogHoursForm/LogHoursForm';
import { courseOf, itemTitle, roleTitle } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import classes from './Week.module.css';

// The "partly done" form (hours, date, note) opens in a dialog: a chunk of its own, fetched once
// this module runs but not waited for, so This week shows without its inputs' code.
const logHoursForm = lazyComponent<LogHoursFormProps, 'LogHoursForm'>(() => import('../../components/LogHoursForm/LogHoursForm'), 'LogHoursForm');
void logHoursForm.load().catch(() => undefined);

interface TodaySessionsProps {
  plan: Plan;
  week: WeekAgenda;
  today: string;
  editable: boolean;
  /** Whether the person said they will not study today. */
  skipped: boolean;
  onSkip: (skip: boolean) => void;
}

/**
 * What to study today, each session logged in one step: done (its hours, dated today), partly
 * (the hours the person says), or not today (its share moves to the next study days). Below, the
 * next item of the plan with its link, so the evening starts with one click.
 */
export function TodaySessions({ plan, week, today, editable, skipped, onSkip }: TodaySessionsProps) {
  const { catalog } = useAppData();
  const { t, locale, formatWeekday } = useI18n();
  const heading = useId();
  const sessions = week.toDo.filter((session) => session.date === today);
  const loggedToday = week.done.some((session) => session.date === today);
  const next = plan.items.find((item) => item.id === week.nextItemId);
  const nextCourse = next ? courseOf(catalog, next) : undefined;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={heading}>
      <Stack gap="sm">
        <Title order={3} id={heading}>
          {t('week.today', { date: formatWeekday(today) })}
        </Title>
        {skipped ? (
          <Group justify="space-between">
            <Text>{t('week.skipped')}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => onSkip(false)}>
              {t('week.undoSkip')}
            </Button>
          </Group>
        ) : sessions.length === 0 ? (
          <Text>{loggedToday ? t('week.todayDone') : t('week.todayFree')}</Text>
        ) : (
          <ul className={classes.list}>
            {sessions.map((session) => (
              <TodaySession key={session.itemId} plan={plan} session={session} today={today} editable={editable} onSkip={() => onSkip(true)} />
            ))}
          </ul>
        )}
        {next ? (
          <Group gap="sm">
            <Text>{t('week.next', { item: itemTitle(catalog, next, locale) })}</Text>
            {nextCourse && <ExternalLink url={nextCourse.url}>{t('week.openCourse')}</ExternalLink>}
          </Group>
        ) : (
          <PlanFinished plan={plan} />
        )}
      </Stack>
    </Paper>
  );
}

/** A finished plan is not a dead end: where the person stands now, and what to plan next. */
function PlanFinished({ plan }: { plan: Plan }) {
  const { catalog } = useAppData();
  const { t, locale } = useI18n();
  const roleId = plan.targetRoleIds[0];
  return (
    <Stack gap={6}>
      <Text>{t('week.allDone')}</Text>
      <Group gap="md">
        <Anchor href={`#/roles/${encodeURIComponent(roleId)}`}>{t('week.allDone.readiness', { role: roleTitle(catalog, roleId, locale) })}</Anchor>
        <Anchor href={`#/plan?roles=${plan.targetRoleIds.map(encodeURIComponent).join(',')}`}>{t('week.allDone.nextPlan')}</Anchor>
      </Group>
    </Stack>
  );
}

interface TodaySessionProps {
  plan: Plan;
  session: Session;
  today: string;
  editable: boolean;
  onSkip: () => void;
}

function TodaySession({ plan, session, today, editable, onSkip }: TodaySessionProps) {
  const { catalog } = useAppData();
  const { t, locale, formatHours } = useI18n();
  const { logHours } = usePlanActions();
  const [logging, setLogging] = useState(false);
  const item = plan.items.find((candidate) => candidate.id === session.itemId);
  if (!item) return null;
  const title = itemTitle(catalog, item, locale);
  const hours = formatHours(session.minutes / 60);
  return (
    <li className={classes.session}>
      <Text className={classes.sessionText} fw={600}>
        {t('week.session', { hours, item: title })}
      </Text>
      {editable && (
        <Group gap="xs">
          <Button
            size="compact-sm"
            aria-label={t('week.markDoneFor', { hours, item: title })}
            onClick={() => void logHours(plan, item.id, { date: today, hours: session.minutes / 60 })}
          >
            {t('week.markDone')}
          </Button>
          <Button size="compact-sm" variant="light" aria-label={t('week.partlyFor', { item: title })} onClick={() => setLogging(true)}>
            {t('week.partly')}
          </Button>
          <Button size="compact-sm" variant="subtle" aria-label={t('week.skipFor', { item: title })} onClick={onSkip}>
            {t('week.skip')}
          </Button>
        </Group>
      )}
      <Modal opened={logging} onClose={() => setLogging(false)} title={t('week.logTitle', { item: title })}>
        <Suspense fallback={<Loader size="sm" aria-label={t('app.screenLoading')} />}>
          <logHoursForm.View
            itemTitle={title}
            today={today}
            onSubmit={(entry) => logHours(plan, item.id, entry)}
            onClose={() => setLogging(false)}
          />
        </Suspense>
      </Modal>
    </li>
  );
}
