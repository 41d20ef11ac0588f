import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Course, RoleFit, Skill } from '../../../../core';
import { ExternalLink } from '../../components/ExternalLink/ExternalLink';
import { skillName } from '../../components/FitFormat/fitFormat';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { DetailSection } from './DetailSection';
import classes from './Roles.module.css';

/** Courses listed before "Show all": the first ones picked close the most gap per hour. */
const COLLAPSED_COURSES = 8;

/** The courses the gap cover picked, what each closes, and the gaps none can close. */
export function CoursesSection({ fit, skillsById }: { fit: RoleFit; skillsById: ReadonlyMap<string, Skill> }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { catalog } = useAppData();
  const [expanded, setExpanded] = useState(false);
  const courseById = useMemo(() => new Map(catalog.courses.map((course) => [course.id, course])), [catalog]);
  const needs = new Map(fit.requirements.filter((item) => item.gap > 0).map((item) => [item.skillId, item.need]));
  const closes = (course: Course) =>
    course.teaches
      .filter((taught) => (needs.get(taught.skillId) ?? Infinity) <= taught.level)
      .map((taught) => skillName(skillsById, taught.skillId, locale));

  const noGap = fit.explanation.totalGapWeight === 0;
  return (
    <DetailSection title={t('roles.detail.courses.title')} testId="courses">
      {noGap ? (
        <Text>{t('roles.detail.courses.none')}</Text>
      ) : (
        fit.coursesToReady.length > 0 && (
          <Stack gap="sm">
            <Text>{t('roles.detail.courses.intro', { hours: i18n.formatHours(fit.hoursToReady) })}</Text>
            <List spacing="sm">
              {(expanded ? fit.coursesToReady : fit.coursesToReady.slice(0, COLLAPSED_COURSES)).map((courseId) => {
                const course = courseById.get(courseId);
                if (!course) return <List.Item key={courseId}>{t('roles.detail.courses.missing', { id: courseId })}</List.Item>;
                const closed = closes(course);
                return (
                  <List.Item key={courseId}>
                    <ExternalLink url={course.url}>{course.title}</ExternalLink>
                    <Text className={classes.courseMeta}>
                      {[course.provider, i18n.formatHours(course.hours), t(`cost.${course.cost}`)].join(' · ')}
                    </Text>
                    {closed.length > 0 && (
                      <Text className={classes.courseMeta}>{t('roles.detail.courses.closes', { skills: closed.join(', ') })}</Text>
                    )}
                  </List.Item>
                );
              })}
            </List>
            {fit.coursesToReady.length > COLLAPSED_COURSES && (
              <div>
                <Button variant="subtle" onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
                  {expanded
                    ? t('roles.detail.courses.showFewer')
                    : t('roles.detail.courses.showAll', { count: fit.coursesToReady.length })}
                </Button>
              </div>
            )}
          </Stack>
        )
      )}
      {fit.uncoveredSkillIds.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('roles.detail.uncovered.title')}</Title>
          <Text>{t('roles.detail.uncovered.body')}</Text>
          <List>
            {fit.uncoveredSkillIds.map((skillId) => (
              <List.Item key={skillId}>{skillName(skillsById, skillId, locale)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </DetailSection>
  );
}
