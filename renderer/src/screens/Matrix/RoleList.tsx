import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { localized, ROLE_FAMILIES, type RoleFamily } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { CatalogListFrame } from './CatalogListFrame';
import { filterRoles, isFiltering, NO_ROLE_FILTER, type RoleFilter } from './catalogSearch';
import { listCountText } from './countText';
import classes from './Matrix.module.css';
import { usePagedRows, type ListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

interface RoleListProps {
  /** The search, filters and page, kept by the screen so they survive opening an entry. */
  state: ListState<RoleFilter>;
  onAdd: () => void;
}

export function RoleList({ state, onAdd }: RoleListProps) {
  const { filter, setFilter: onFilterChange, page, setPage: onPageChange } = state;
  const { catalog } = useAppData();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const originOf = useEntryOrigin();
  const roles = useMemo(() => filterRoles(catalog.roles, filter, locale), [catalog.roles, filter, locale]);
  const filtering = isFiltering(filter);
  const { range, shown, topRef, changePage } = usePagedRows(roles, page, onPageChange);

  return (
    <CatalogListFrame
      topRef={topRef}
      search={{
        label: t('matrix.roles.search'),
        placeholder: t('matrix.roles.searchPlaceholder'),
        value: filter.query,
        onChange: (query) => onFilterChange({ ...filter, query }),
      }}
      filters={
        <Select
          className={classes.filter}
          label={t('matrix.roles.family')}
          placeholder={t('matrix.filter.all')}
          clearable
          data={ROLE_FAMILIES.map((value) => ({ value, label: t(`family.${value}`) }))}
          value={filter.family}
          onChange={(value) => onFilterChange({ ...filter, family: value as RoleFamily | null })}
        />
      }
      addLabel={t('matrix.roles.add')}
      onAdd={onAdd}
      count={{
        text: listCountText(i18n, 'roles', roles.length, catalog.roles.length),
        onClear: filtering ? () => onFilterChange(NO_ROLE_FILTER) : undefined,
      }}
      emptyMessage={filtering ? t('matrix.roles.noMatch') : t('matrix.roles.empty')}
      columns={[t('matrix.roles.columnTitle'), t('matrix.roles.family'), t('matrix.roles.columnSkills')]}
      minWidth={560}
      rows={shown.map((role) => ({
        id: role.id,
        href: `#/matrix/roles/${encodeURIComponent(role.id)}`,
        title: localized(role.title, locale),
        origin: originOf('role', role.id),
        cells: [t(`family.${role.family}`), i18n.formatNumber(role.requirements.length, 0)],
      }))}
      range={range}
      onPageChange={changePage}
    />
  );
}
