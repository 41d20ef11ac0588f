import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { localized } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './Explore.module.css';
import type { DestinationRow } from './useDestinations';

export interface DestinationTableProps {
  rows: readonly DestinationRow[];
  targets: readonly string[];
  targetsFull: boolean;
  onAdd: (row: DestinationRow) => void;
}

/** The closest roles and occupations, best first, with the readiness and hours the role pages show. */
export function DestinationTable({ rows, targets, targetsFull, onAdd }: DestinationTableProps) {
  const { t, locale, formatHours, formatPercent } = useI18n();
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped highlightOnHover captionSide="top" data-testid="explore-table">
        <Table.Caption className={classes.caption}>{t('explore.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('explore.column.title')}</Table.Th>
            <Table.Th scope="col" className={classes.numberHead}>
              {t('explore.column.overlap')}
            </Table.Th>
            <Table.Th scope="col" className={classes.numberHead}>
              {t('explore.column.readiness')}
            </Table.Th>
            <Table.Th scope="col" className={classes.numberHead}>
              {t('explore.column.hours')}
            </Table.Th>
            <Table.Th scope="col">{t('explore.column.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const title = localized(row.title, locale);
            const isTarget = targets.includes(row.role.id);
            return (
              <Table.Tr key={`${row.kind}-${row.id}`} data-testid="explore-row">
                <Table.Th scope="row" className={classes.titleCell}>
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {title}
                    </Text>
                    <Group gap={6} wrap="wrap">
                      <Badge variant="light" color={row.kind === 'role' ? 'teal' : 'gray'} size="sm">
                        {t(`explore.kind.${row.kind}`)}
                        {row.kind === 'occupation' ? ` ${row.id}` : ''}
                      </Badge>
                      {row.jobZone !== undefined && (
                        <Badge variant="outline" color="gray" size="sm">
                          {t('explore.zone', { zone: row.jobZone })}
                        </Badge>
                      )}
                      {row.relatedToYourJob && (
                        <Badge variant="light" color="blue" size="sm">
                          {t('explore.related')}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Table.Th>
                <Table.Td className={classes.number}>{formatPercent(Math.floor(row.overlap * 100) / 100)}</Table.Td>
                <Table.Td className={classes.number}>{formatPercent(row.corePercent / 100)}</Table.Td>
                <Table.Td className={classes.number}>
                  <Text size="sm">{formatHours(row.hoursToReady)}</Text>
                  {row.kind === 'occupation' && (
                    <Text size="xs" c="dimmed" className={classes.note}>
                      {t('explore.partial')}
                    </Text>
                  )}
                  {row.uncoveredCount > 0 && (
                    <Text size="xs" c="dimmed" className={classes.note}>
                      {t('explore.uncovered', { count: row.uncoveredCount })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.kind === 'role' || isTarget ? (
                    <Group gap="xs" wrap="nowrap">
                      {isTarget && (
                        <Badge variant="light" color="green" size="sm">
                          {t('explore.isTarget')}
                        </Badge>
                      )}
                      <Anchor href={`#/roles/${encodeURIComponent(row.role.id)}`} size="sm">
                        {t('explore.open')}
                      </Anchor>
                    </Group>
                  ) : (
                    <Tooltip label={t('explore.targetsFull', { count: targets.length })} disabled={!targetsFull} multiline w={260}>
                      <Button
                        size="compact-sm"
                        variant="light"
                        disabled={targetsFull}
                        aria-label={t('explore.addFor', { title })}
                        onClick={() => onAdd(row)}
                      >
                        {t('explore.add')}
                      </Button>
                    </Tooltip>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
