import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { Plan, Session } from '../../../../core';
import { itemTitle } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import classes from './Week.module.css';

interface SessionListProps {
  title: string;
  /** Said when there is no session. */
  empty: string;
  plan: Plan;
  sessions: readonly Session[];
}

/** Sessions of the week, each with its day, hours and item: what is planned later, or what was logged. */
export function SessionList({ title, empty, plan, sessions }: SessionListProps) {
  const { catalog } = useAppData();
  const { t, locale, formatWeekday, formatHours } = useI18n();
  const heading = useId();
  const items = new Map(plan.items.map((item) => [item.id, item]));
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={heading}>
      <Stack gap="xs">
        <Title order={3} id={heading}>
          {title}
        </Title>
        {sessions.length === 0 ? (
          <Text c="dimmed">{empty}</Text>
        ) : (
          <ul className={classes.list}>
            {sessions.map((session, index) => {
              const item = items.get(session.itemId);
              return (
                <li key={`${session.date}-${session.itemId}-${index}`} className={classes.session}>
                  <Text fw={600} w="11rem">
                    {formatWeekday(session.date)}
                  </Text>
                  <Text className={classes.sessionText}>
                    {t('week.session', { hours: formatHours(session.minutes / 60), item: item ? itemTitle(catalog, item, locale) : session.itemId })}
                  </Text>
                </li>
              );
            })}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}
