import { Anchor, Button, Collapse, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useMemo, useState } from 'react';
import { replan, weeklyCheckIn, type CheckIn, type Plan, type Replanned, type WeeklyCheckIn } from '../../../../core';
import { Section } from '../../components/Section/Section';
import { ReplanDialog } from '../../components/ReplanPreview/ReplanDialog';
import { ReplanPreview } from '../../components/ReplanPreview/ReplanPreview';
import { titlesById } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import classes from './Week.module.css';

interface CheckInCardProps {
  plan: Plan;
  today: string;
  editable: boolean;
}

/**
 * The weekly check-in (issue #14): at the first opening of a new week, how last week went and,
 * when the plan has slipped, a re-plan shown before anything changes, with other ways out. It
 * stays until the person answers; the answer is stored so it is asked once a week.
 */
export function CheckInCard({ plan, today, editable }: CheckInCardProps) {
  const { data } = useAppData();
  const checkIn = useMemo(() => weeklyCheckIn(plan, data.progress, today, data.lastCheckIn), [plan, data.progress, today, data.lastCheckIn]);
  if (!editable || !checkIn.ok || checkIn.value === null) return null;
  return <CheckInContent plan={plan} today={today} checkIn={checkIn.value} />;
}

function CheckInContent({ plan, today, checkIn }: { plan: Plan; today: string; checkIn: WeeklyCheckIn }) {
  const { data, catalog, mutate } = useAppData();
  const i18n = useI18n();
  const { t, formatDay, formatHours } = i18n;
  const { replaceWithUndo } = usePlanActions();
  const movesId = useId();
  const [showMoves, setShowMoves] = useState(false);
  const titles = useMemo(() => titlesById(catalog, plan.items, i18n.locale), [catalog, plan.items, i18n.locale]);
  const { lastWeek, proposal } = checkIn;
  const answer = (outcome: CheckIn['outcome']) => mutate('checkIn:record', { weekStart: checkIn.weekStart, outcome });
  const day = (date: string | null) => (date ? formatDay(date) : t('replan.noDate'));

  const apply = async (replanned: Replanned) => {
    const applied = await replaceWithUndo(plan, replanned.plan, {
      title: t('replan.applied'),
      message: t('replan.appliedBody', { date: day(replanned.newReadyDate) }),
    });
    if (applied) await answer('accepted');
  };
  const keepDate = async (weeklyHours: number) => {
    const replanned = replan(plan, data.progress, today, { weeklyHours });
    if (replanned.ok) await apply(replanned.value);
  };
  const decline = async () => {
    if (await answer('declined')) notifications.show({ message: t('checkIn.declined') });
  };

  return (
    <Section title={t('checkIn.title')} gap="sm">
      <Text>
        {lastWeek.plannedHours > 0
          ? t('checkIn.lastWeek', { start: formatDay(lastWeek.start), end: formatDay(lastWeek.end), logged: formatHours(lastWeek.loggedHours), planned: formatHours(lastWeek.plannedHours) })
          : t('checkIn.lastWeekFree', { start: formatDay(lastWeek.start), end: formatDay(lastWeek.end), logged: formatHours(lastWeek.loggedHours) })}
      </Text>
      {proposal === null ? (
        <Group justify="space-between" gap="sm">
          <Text>{t('checkIn.keepGoing')}</Text>
          <Button variant="light" onClick={() => void answer('on-track')}>
            {t('checkIn.gotIt')}
          </Button>
        </Group>
      ) : (
        <>
          <Text>
            {t('checkIn.slipped', {
              behind: formatHours(checkIn.standing.hours),
              hours: formatHours(plan.inputs.weeklyHours),
              old: day(proposal.oldReadyDate),
              new: day(proposal.newReadyDate),
            })}
          </Text>
          <Anchor component="button" type="button" className={classes.toggle} onClick={() => setShowMoves((shown) => !shown)} aria-expanded={showMoves} aria-controls={movesId}>
            {showMoves ? t('checkIn.hideMoves') : t('checkIn.showMoves')}
          </Anchor>
          <Collapse expanded={showMoves} id={movesId}>
            <ReplanPreview replanned={proposal} titles={titles} />
          </Collapse>
          <Group gap="sm">
            <Button onClick={() => void apply(proposal)}>{t('checkIn.accept')}</Button>
            {proposal.weeklyHoursToKeepOldReadyDate !== null && proposal.oldReadyDate !== null && (
              <Button variant="light" onClick={() => void keepDate(proposal.weeklyHoursToKeepOldReadyDate as number)}>
                {t('checkIn.keepDateButton', { hours: formatHours(proposal.weeklyHoursToKeepOldReadyDate), date: day(proposal.oldReadyDate) })}
              </Button>
            )}
            <Button variant="default" onClick={() => void decline()}>
              {t('checkIn.decline')}
            </Button>
          </Group>
          <Text size="sm">{t('checkIn.otherWays')}</Text>
          <Group gap="sm">
            <ReplanDialog plan={plan} />
            <Anchor href="#/plan">{t('checkIn.openPlan')}</Anchor>
          </Group>
        </>
      )}
    </Section>
  );
}
