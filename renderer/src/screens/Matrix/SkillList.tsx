import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { localized, SKILL_CATEGORIES, type SkillCategory } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { CatalogListFrame } from './CatalogListFrame';
import { filterSkills, isFiltering, NO_SKILL_FILTER, type SkillFilter } from './catalogSearch';
import { listCountText } from './countText';
import classes from './Matrix.module.css';
import { usePagedRows, type ListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

interface SkillListProps {
  /** The search, filters and page, kept by the screen so they survive opening an entry. */
  state: ListState<SkillFilter>;
  onAdd: () => void;
}

export function SkillList({ state, onAdd }: SkillListProps) {
  const { filter, setFilter: onFilterChange, page, setPage: onPageChange } = state;
  const { catalog } = useAppData();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const originOf = useEntryOrigin();
  const skills = useMemo(() => filterSkills(catalog.skills, filter, locale), [catalog.skills, filter, locale]);
  const rolesNeeding = useMemo(() => {
    const counts = new Map<string, number>();
    for (const role of catalog.roles) {
      for (const requirement of role.requirements) {
        counts.set(requirement.skillId, (counts.get(requirement.skillId) ?? 0) + 1);
      }
    }
    return counts;
  }, [catalog.roles]);
  const filtering = isFiltering(filter);
  const { range, shown, topRef, changePage } = usePagedRows(skills, page, onPageChange);

  return (
    <CatalogListFrame
      topRef={topRef}
      search={{
        label: t('matrix.skills.search'),
        placeholder: t('matrix.skills.searchPlaceholder'),
        value: filter.query,
        onChange: (query) => onFilterChange({ ...filter, query }),
      }}
      filters={
        <Select
          className={classes.filter}
          label={t('matrix.skills.category')}
          placeholder={t('matrix.filter.all')}
          clearable
          data={SKILL_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          value={filter.category}
          onChange={(value) => onFilterChange({ ...filter, category: value as SkillCategory | null })}
        />
      }
      addLabel={t('matrix.skills.add')}
      onAdd={onAdd}
      count={{
        text: listCountText(i18n, 'skills', skills.length, catalog.skills.length),
        onClear: filtering ? () => onFilterChange(NO_SKILL_FILTER) : undefined,
      }}
      emptyMessage={filtering ? t('matrix.skills.noMatch') : t('matrix.skills.empty')}
      columns={[t('matrix.skills.columnName'), t('matrix.skills.category'), t('matrix.skills.columnRoles')]}
      minWidth={560}
      rows={shown.map((skill) => ({
        id: skill.id,
        href: `#/matrix/skills/${encodeURIComponent(skill.id)}`,
        title: localized(skill.name, locale),
        origin: originOf('skill', skill.id),
        cells: [t(`category.${skill.category}`), i18n.formatNumber(rolesNeeding.get(skill.id) ?? 0, 0)],
      }))}
      range={range}
      onPageChange={changePage}
    />
  );
}
