import { Button, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useId, useState } from 'react';
import { ITEM_STATUSES, loggedHoursByItem, type ItemProgress, type ItemStatus, type Plan, type PlanItem, type ProgressEntry } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useToday } from '../../data/useToday';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { ExternalLink } from '../ExternalLink/ExternalLink';
import { LogHoursForm } from '../LogHoursForm/LogHoursForm';
import { OverdueNote } from '../OverdueNote/OverdueNote';
import { SegmentedRadios } from '../SegmentedRadios/SegmentedRadios';
import { useFinishItem } from '../../data/useFinishItem';
import { ItemEntries } from './ItemEntries';
import { ItemPlanEdits } from './ItemPlanEdits';
import { courseOf, itemTitle, providerText, skillName } from './itemInfo';
import { hoursText, whyLines } from './itemWhy';
import classes from './PlanItemCard.module.css';

interface PlanItemCardProps {
  plan: Plan;
  item: PlanItem;
  /** From core's planStatus for today; absent when the status could not be computed. */
  progress?: ItemProgress;
  entries: ProgressEntry[];
  /** Status and hours can be changed (the active plan, data not read-only). */
  editable: boolean;
  /** Also offer to swap or remove the item (the plan screen, not the progress screen). */
  withPlanEdits?: boolean;
}

/**
 * One item of a plan: what it is, when, how far along, and what the person can do with it:
 * change its status, log hours, see and delete entries, open the course, swap or remove it.
 */
export function PlanItemCard({ plan, item, progress, entries, editable, withPlanEdits = false }: PlanItemCardProps) {
  const { catalog, data } = useAppData();
  const i18n = useI18n();
  const { t, locale, formatDay, formatHours } = i18n;
  const { logHours } = usePlanActions();
  const [logging, setLogging] = useState(false);
  const headingId = useId();
  const course = courseOf(catalog, item);
  const title = itemTitle(catalog, item, locale);
  const provider = providerText(course, t);
  const logged = progress?.loggedHours ?? loggedHoursByItem(plan, entries).get(item.id) ?? 0;
  const hours = hoursText(item.hours, course, i18n);
  const why = whyLines(item, catalog, i18n, { background: data.profile?.background, roleIds: plan.targetRoleIds });
  const today = useToday();

  const finish = useFinishItem(plan);
  const changeStatus = (status: ItemStatus) => finish.setStatus(item, status, title);

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId} className={classes.card} data-status={item.status}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} className={classes.heading}>
            <Title order={4} id={headingId} className={classes.title}>
              {title}
            </Title>
            {hours.estimate ? (
              <Text size="sm">
                {provider}
                {' · '}
                <Tooltip label={hours.help} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
                  <Text span inherit tabIndex={0} title={hours.help} className={classes.estimate} data-testid="item-hours">
                    {hours.text}
                  </Text>
                </Tooltip>
                {' · '}
                {t('plan.dates', { start: formatDay(item.start), end: formatDay(item.end) })}
              </Text>
            ) : (
              <Text size="sm" data-testid="item-facts">
                {[provider, hours.text, t('plan.dates', { start: formatDay(item.start), end: formatDay(item.end) })].join(' · ')}
              </Text>
            )}
          </Stack>
          {progress?.overdue && <OverdueNote since={item.end} />}
        </Group>
        {course?.project && (
          <Text size="sm" data-testid="item-deliverable">
            {course.project.deliverable[locale]}
          </Text>
        )}
        {why.length > 0 ? (
          <Stack gap={0} data-testid="item-why">
            {why.map((line) => (
              <Text size="sm" key={line}>
                {line}
              </Text>
            ))}
          </Stack>
        ) : (
          item.skillIds.length > 0 && (
            <Text size="sm">
              {t('plan.item.skills', { skills: item.skillIds.map((id) => skillName(catalog, id, locale)).join(', ') })}
            </Text>
          )
        )}
        <Group gap="sm" align="center" wrap="nowrap">
          <Progress
            value={Math.min(100, (logged / item.hours) * 100)}
            className={classes.bar}
            aria-hidden="true"
            size="sm"
          />
          <Text size="sm" className={classes.logged}>
            {t('plan.item.logged', { logged: formatHours(logged), total: formatHours(item.hours) })}
          </Text>
        </Group>
        {progress?.behindSchedule && !progress.overdue && (
          <Text size="sm">{t('plan.item.behind', { expected: formatHours(progress.expectedHours) })}</Text>
        )}
        {editable ? (
          <SegmentedRadios
            label={t('plan.item.statusOf', { item: title })}
            value={item.status}
            onChange={(status) => void changeStatus(status)}
            options={ITEM_STATUSES.map((status) => ({ value: status, label: t(`plan.status.${status}`) }))}
            className={classes.status}
          />
        ) : (
          <Text size="sm">{t('plan.item.statusIs', { status: t(`plan.status.${item.status}`) })}</Text>
        )}
        <Group gap="sm">
          {course && <ExternalLink url={course.url}>{t(course.project ? 'plan.item.openIdea' : 'plan.item.openCourse')}</ExternalLink>}
          {editable && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setLogging((open) => !open)}
              aria-expanded={logging}
              aria-label={t('plan.item.logFor', { item: title })}
            >
              {t('plan.item.log')}
            </Button>
          )}
          {editable && withPlanEdits && <ItemPlanEdits plan={plan} item={item} title={title} />}
        </Group>
        {logging && (
          <Paper p="sm" className={classes.form}>
            <LogHoursForm
              itemTitle={title}
              today={today}
              onSubmit={(entry) => logHours(plan, item.id, entry)}
              onClose={() => setLogging(false)}
            />
          </Paper>
        )}
        <ItemEntries plan={plan} title={title} entries={entries} editable={editable} />
      </Stack>
      {finish.offer}
    </Paper>
  );
}
