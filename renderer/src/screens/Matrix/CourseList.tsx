import { Anchor, Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { COURSE_COSTS, localized, type CourseCost } from '../../../../core';
import { COURSE_LANGUAGES, type CourseLanguage } from '../../components/CatalogEntryForm/courseLanguages';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { filterCourses, isFiltering, NO_COURSE_FILTER, type CourseFilter } from './catalogSearch';
import { listCountText } from './countText';
import { ListPages } from './ListPages';
import { EmptyList, ListCount } from './ListStates';
import classes from './Matrix.module.css';
import { OriginBadge } from './OriginBadge';
import { usePagedRows, type ListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

interface CourseListProps {
  /** The search, filters and page, kept by the screen so they survive opening an entry. */
  state: ListState<CourseFilter>;
  onAdd: () => void;
}

export function CourseList({ state, onAdd }: CourseListProps) {
  const { filter, setFilter: onFilterChange, page, setPage: onPageChange } = state;
  const { catalog, status } = useAppData();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const originOf = useEntryOrigin();
  // Portfolio projects are not courses: they show on their roles and in plans.
  const courses = useMemo(() => filterCourses(catalog.courses.filter((course) => !course.project), filter, locale), [catalog.courses, filter, locale]);
  const skillOptions = useMemo(
    () =>
      catalog.skills
        .filter((skill) => catalog.courses.some((course) => course.teaches.some((taught) => taught.skillId === skill.id)))
        .map((skill) => ({ value: skill.id, label: localized(skill.name, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [catalog.skills, catalog.courses, locale],
  );
  const filtering = isFiltering(filter);
  const { range, shown, topRef, changePage } = usePagedRows(courses, page, onPageChange);

  return (
    <Stack gap="md" ref={topRef} className={classes.list}>
      <Group className={classes.toolbar} gap="md">
        <TextInput
          className={classes.search}
          type="search"
          label={t('matrix.courses.search')}
          placeholder={t('matrix.courses.searchPlaceholder')}
          value={filter.query}
          onChange={(event) => onFilterChange({ ...filter, query: event.currentTarget.value })}
        />
        <Select
          className={classes.filter}
          label={t('matrix.courses.cost')}
          placeholder={t('matrix.filter.all')}
          clearable
          data={COURSE_COSTS.map((value) => ({ value, label: t(`cost.${value}`) }))}
          value={filter.cost}
          onChange={(value) => onFilterChange({ ...filter, cost: value as CourseCost | null })}
        />
        <Select
          className={classes.filter}
          label={t('matrix.courses.language')}
          placeholder={t('matrix.filter.all')}
          clearable
          data={COURSE_LANGUAGES.map((value) => ({ value, label: t(`matrix.language.${value}`) }))}
          value={filter.language}
          onChange={(value) => onFilterChange({ ...filter, language: value as CourseLanguage | null })}
        />
        <Select
          className={classes.filter}
          label={t('matrix.courses.teachesSkill')}
          placeholder={t('matrix.filter.anySkill')}
          clearable
          searchable
          nothingFoundMessage={t('catalogEditor.rows.noSkill')}
          data={skillOptions}
          value={filter.skillId}
          onChange={(value) => onFilterChange({ ...filter, skillId: value })}
        />
        {!status.readOnly && <Button onClick={onAdd}>{t('matrix.courses.add')}</Button>}
      </Group>
      <ListCount
        text={listCountText(i18n, 'courses', courses.length, catalog.courses.length)}
        onClear={filtering ? () => onFilterChange(NO_COURSE_FILTER) : undefined}
      />
      {courses.length === 0 ? (
        <EmptyList message={filtering ? t('matrix.courses.noMatch') : t('matrix.courses.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('matrix.courses.columnTitle')}</Table.Th>
                <Table.Th>{t('matrix.courses.columnProvider')}</Table.Th>
                <Table.Th>{t('matrix.courses.columnHours')}</Table.Th>
                <Table.Th>{t('matrix.courses.cost')}</Table.Th>
                <Table.Th>{t('matrix.courses.language')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((course) => (
                <Table.Tr key={course.id}>
                  <Table.Td className={classes.titleCell}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor href={`#/matrix/courses/${encodeURIComponent(course.id)}`}>{course.title}</Anchor>
                      <OriginBadge origin={originOf('course', course.id)} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{course.provider}</Table.Td>
                  <Table.Td>{i18n.formatHours(course.hours)}</Table.Td>
                  <Table.Td>{t(`cost.${course.cost}`)}</Table.Td>
                  <Table.Td>{course.languages.map((language) => t(`matrix.language.${language}`)).join(', ')}</Table.Td>
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
