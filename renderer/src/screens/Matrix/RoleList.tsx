import { Anchor, Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { localized, ROLE_FAMILIES, type RoleFamily } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { filterRoles, isFiltering, NO_ROLE_FILTER, type RoleFilter } from './catalogSearch';
import { listCountText } from './countText';
import { ListPages } from './ListPages';
import { EmptyList, ListCount } from './ListStates';
import classes from './Matrix.module.css';
import { OriginBadge } from './OriginBadge';
import { usePagedRows, type ListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

interface RoleListProps {
  /** The search, filters and page, kept by the screen so they survive opening an entry. */
  state: ListState<RoleFilter>;
  onAdd: () => void;
}

export function RoleList({ state, onAdd }: RoleListProps) {
  const { filter, setFilter: onFilterChange, page, setPage: onPageChange } = state;
  const { catalog, status } = useAppData();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const originOf = useEntryOrigin();
  const roles = useMemo(() => filterRoles(catalog.roles, filter, locale), [catalog.roles, filter, locale]);
  const filtering = isFiltering(filter);
  const { range, shown, topRef, changePage } = usePagedRows(roles, page, onPageChange);

  return (
    <Stack gap="md" ref={topRef} className={classes.list}>
      <Group className={classes.toolbar} gap="md">
        <TextInput
          className={classes.search}
          type="search"
          label={t('matrix.roles.search')}
          placeholder={t('matrix.roles.searchPlaceholder')}
          value={filter.query}
          onChange={(event) => onFilterChange({ ...filter, query: event.currentTarget.value })}
        />
        <Select
          className={classes.filter}
          label={t('matrix.roles.family')}
          placeholder={t('matrix.filter.all')}
          clearable
          data={ROLE_FAMILIES.map((value) => ({ value, label: t(`family.${value}`) }))}
          value={filter.family}
          onChange={(value) => onFilterChange({ ...filter, family: value as RoleFamily | null })}
        />
        {!status.readOnly && <Button onClick={onAdd}>{t('matrix.roles.add')}</Button>}
      </Group>
      <ListCount
        text={listCountText(i18n, 'roles', roles.length, catalog.roles.length)}
        onClear={filtering ? () => onFilterChange(NO_ROLE_FILTER) : undefined}
      />
      {roles.length === 0 ? (
        <EmptyList message={filtering ? t('matrix.roles.noMatch') : t('matrix.roles.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('matrix.roles.columnTitle')}</Table.Th>
                <Table.Th>{t('matrix.roles.family')}</Table.Th>
                <Table.Th>{t('matrix.roles.columnSkills')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((role) => (
                <Table.Tr key={role.id}>
                  <Table.Td className={classes.titleCell}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={`#/matrix/roles/${encodeURIComponent(role.id)}`}>{localized(role.title, locale)}</Anchor>
                      <OriginBadge origin={originOf('role', role.id)} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`family.${role.family}`)}</Table.Td>
                  <Table.Td>{i18n.formatNumber(role.requirements.length, 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ListPages range={range} onPageChange={changePage} />
    </Stack>
  );
}
