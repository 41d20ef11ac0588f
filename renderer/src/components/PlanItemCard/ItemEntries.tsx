import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Plan, ProgressEntry } from '../../../../core';
import { usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { ConfirmDelete } from '../ConfirmDelete/ConfirmDelete';
import classes from './PlanItemCard.module.css';

interface ItemEntriesProps {
  plan: Plan;
  /** The item's title, to name each entry's delete button. */
  title: string;
  entries: ProgressEntry[];
  editable: boolean;
}

/** The hours logged on one item, newest first, each with a delete that asks and can be undone. */
export function ItemEntries({ plan, title, entries, editable }: ItemEntriesProps) {
  const { t, formatDay, formatHours } = useI18n();
  const { removeEntry } = usePlanActions();
  const [confirming, setConfirming] = useState<ProgressEntry | null>(null);
  if (entries.length === 0) return null;
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const describe = (entry: ProgressEntry) => t('progress.entry.line', { date: formatDay(entry.date), hours: formatHours(entry.hours) });

  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('progress.entry.title')}
      </Text>
      <Stack component="ul" gap={4} className={classes.entries}>
        {sorted.map((entry) => (
          <Group component="li" key={entry.id} gap="sm" justify="space-between" wrap="nowrap" className={classes.entry}>
            <Text size="sm">
              {describe(entry)}
              {entry.note ? ` — ${entry.note}` : ''}
            </Text>
            {editable && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={t('progress.entry.deleteNamed', { entry: describe(entry), item: title })}
                onClick={() => setConfirming(entry)}
              >
                {t('action.delete')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <ConfirmDelete
        opened={confirming !== null}
        title={t('progress.entry.confirmTitle')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const entry = confirming;
          setConfirming(null);
          if (entry) void removeEntry(plan, entry);
        }}
      >
        {confirming ? t('progress.entry.confirmBody', { entry: describe(confirming), item: title }) : ''}
      </ConfirmDelete>
    </Stack>
  );
}
