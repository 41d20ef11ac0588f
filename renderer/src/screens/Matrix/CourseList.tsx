import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { COURSE_COSTS, localized, type CourseCost } from '../../../../core';
import { COURSE_LANGUAGES, type CourseLanguage } from '../../components/CatalogEntryForm/courseLanguages';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { CatalogListFrame } from './CatalogListFrame';
import { filterCourses, isFiltering, NO_COURSE_FILTER, type CourseFilter } from './catalogSearch';
import { listCountText } from './countText';
import classes from './Matrix.module.css';
import { usePagedRows, type ListState } from './paging';
import { useEntryOrigin } from './useEntryOrigin';

interface CourseListProps {
  /** The search, filters and page, kept by the screen so they survive opening an entry. */
  state: ListState<CourseFilter>;
  onAdd: () => void;
}

export function CourseList({ state, onAdd }: CourseListProps) {
  const { filter, setFilter: onFilterChange, page, setPage: onPageChange } = state;
  const { catalog } = useAppData();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const originOf = useEntryOrigin();
  // Portfolio projects are not courses: they show on their roles and in plans, and are not
  // counted in "N courses" either (the list would read "199 of 222" with nothing filtered).
  const allCourses = useMemo(() => catalog.courses.filter((course) => !course.project), [catalog.courses]);
  const courses = useMemo(() => filterCourses(allCourses, filter, locale), [allCourses, filter, locale]);
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
    <CatalogListFrame
      topRef={topRef}
      search={{
        label: t('matrix.courses.search'),
        placeholder: t('matrix.courses.searchPlaceholder'),
        value: filter.query,
        onChange: (query) => onFilterChange({ ...filter, query }),
      }}
      filters={
        <>
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
        </>
      }
      addLabel={t('matrix.courses.add')}
      onAdd={onAdd}
      count={{
        text: listCountText(i18n, 'courses', courses.length, allCourses.length),
        onClear: filtering ? () => onFilterChange(NO_COURSE_FILTER) : undefined,
      }}
      emptyMessage={filtering ? t('matrix.courses.noMatch') : t('matrix.courses.empty')}
      columns={[
        t('matrix.courses.columnTitle'),
        t('matrix.courses.columnProvider'),
        t('matrix.courses.columnHours'),
        t('matrix.courses.cost'),
        t('matrix.courses.language'),
      ]}
      minWidth={640}
      rows={shown.map((course) => ({
        id: course.id,
        href: `#/matrix/courses/${encodeURIComponent(course.id)}`,
        title: course.title,
        origin: originOf('course', course.id),
        cells: [
          course.provider,
          i18n.formatHours(course.hours),
          t(`cost.${course.cost}`),
          course.languages.map((language) => t(`matrix.language.${language}`)).join(', '),
        ],
      }))}
      range={range}
      onPageChange={changePage}
    />
  );
}
