import { Anchor, Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { localized, SKILL_CATEGORIES, type SkillCategory } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { filterSkills, isFiltering, NO_SKILL_FILTER, type SkillFilter } from './catalogSearch';
import { listCountText } from './countText';
import { ListPages } from './ListPages';
import { EmptyList, ListCount } from './ListStates';
import classes from './Matrix.module.css';
import { OriginBadge } from './OriginBadge';
import { usePagedRows, type ListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

interface SkillListProps {
  /** The search, filters and page, kept by the screen so they survive opening an entry. */
  state: ListState<SkillFilter>;
  onAdd: () => void;
}

export function SkillList({ state, onAdd }: SkillListProps) {
  const { filter, setFilter: onFilterChange, page, setPage: onPageChange } = state;
  const { catalog, status } = useAppData();
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
    <Stack gap="md" ref={topRef} className={classes.list}>
      <Group className={classes.toolbar} gap="md">
        <TextInput
          className={classes.search}
          type="search"
          label={t('matrix.skills.search')}
          placeholder={t('matrix.skills.searchPlaceholder')}
          value={filter.query}
          onChange={(event) => onFilterChange({ ...filter, query: event.currentTarget.value })}
        />
        <Select
          className={classes.filter}
          label={t('matrix.skills.category')}
          placeholder={t('matrix.filter.all')}
          clearable
          data={SKILL_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          value={filter.category}
          onChange={(value) => onFilterChange({ ...filter, category: value as SkillCategory | null })}
        />
        {!status.readOnly && <Button onClick={onAdd}>{t('matrix.skills.add')}</Button>}
      </Group>
      <ListCount
        text={listCountText(i18n, 'skills', skills.length, catalog.skills.length)}
        onClear={filtering ? () => onFilterChange(NO_SKILL_FILTER) : undefined}
      />
      {skills.length === 0 ? (
        <EmptyList message={filtering ? t('matrix.skills.noMatch') : t('matrix.skills.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('matrix.skills.columnName')}</Table.Th>
                <Table.Th>{t('matrix.skills.category')}</Table.Th>
                <Table.Th>{t('matrix.skills.columnRoles')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((skill) => (
                <Table.Tr key={skill.id}>
                  <Table.Td className={classes.titleCell}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={`#/matrix/skills/${encodeURIComponent(skill.id)}`}>{localized(skill.name, locale)}</Anchor>
                      <OriginBadge origin={originOf('skill', skill.id)} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`category.${skill.category}`)}</Table.Td>
                  <Table.Td>{i18n.formatNumber(rolesNeeding.get(skill.id) ?? 0, 0)}</Table.Td>
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
