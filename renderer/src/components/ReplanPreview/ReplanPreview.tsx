import { Stack, Table, Text } from '@mantine/core';
import type { Replanned } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './ReplanPreview.module.css';

interface ReplanPreviewProps {
  replanned: Replanned;
  titles: ReadonlyMap<string, string>;
}

/** What a re-plan would change, before it is applied: the new ready date and every item that moves. */
export function ReplanPreview({ replanned, titles }: ReplanPreviewProps) {
  const { t, formatDay, formatNumber } = useI18n();
  const { moved, oldReadyDate, newReadyDate, weeklyHoursToKeepOldReadyDate } = replanned;
  const day = (date: string | null) => (date ? formatDay(date) : t('replan.noDate'));
  const range = (start: string, end: string) => t('plan.dates', { start: formatDay(start), end: formatDay(end) });
  const later = oldReadyDate !== null && newReadyDate !== null && newReadyDate > oldReadyDate;

  return (
    <Stack gap="md">
      <Text fw={650} data-testid="replan-ready">
        {oldReadyDate === newReadyDate
          ? t('replan.readySame', { date: day(newReadyDate) })
          : t('replan.readyChange', { old: day(oldReadyDate), new: day(newReadyDate) })}
      </Text>
      {later && weeklyHoursToKeepOldReadyDate !== null && (
        <Text>{t('replan.keep', { date: day(oldReadyDate), hours: formatNumber(weeklyHoursToKeepOldReadyDate) })}</Text>
      )}
      {moved.length === 0 ? (
        <Text>{t('replan.nothingMoves')}</Text>
      ) : (
        // Focusable so the list can be scrolled from the keyboard when it is long.
        <div className={classes.scroll} tabIndex={0} role="region" aria-label={t('replan.movedCaption', { count: moved.length })}>
          <Table verticalSpacing={4} miw={520}>
            <Table.Caption>{t('replan.movedCaption', { count: moved.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('replan.col.item')}</Table.Th>
                <Table.Th scope="col">{t('replan.col.before')}</Table.Th>
                <Table.Th scope="col">{t('replan.col.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moved.map((item) => (
                <Table.Tr key={item.itemId}>
                  <Table.Th scope="row" className={classes.item}>
                    {titles.get(item.itemId) ?? item.itemId}
                  </Table.Th>
                  <Table.Td className={classes.dates}>{range(item.oldStart, item.oldEnd)}</Table.Td>
                  <Table.Td className={classes.dates}>{range(item.newStart, item.newEnd)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
