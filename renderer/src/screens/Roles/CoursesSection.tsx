import { Button, List, Stack, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { courseTitle, type Course, type RoleFit, type Skill } from '../../../../core';
import { ExternalLink } from '../../components/ExternalLink/ExternalLink';
import { skillName } from '../../components/FitFormat/fitFormat';
import { hoursText } from '../../components/PlanItemCard/itemWhy';
import { providerText } from '../../components/PlanItemCard/itemInfo';
import { useI18n } from '../../i18n';
import { DetailSection } from './DetailSection';
import classes from './Roles.module.css';

/** Courses listed before "Show all", in study order. */
const COLLAPSED_COURSES = 8;

/** The courses the core plan would take, what each closes, and the core gaps none can close. */
interface CoursesSectionProps {
  fit: RoleFit;
  skillsById: ReadonlyMap<string, Skill>;
  /** Passed in rather than read from the data context, which changes on every profile edit. */
  courseById: ReadonlyMap<string, Course>;
}

export const CoursesSection = memo(function CoursesSection({ fit, skillsById, courseById }: CoursesSectionProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [expanded, setExpanded] = useState(false);
  // The hours are the core plan's, so a course is listed for the core gaps it closes.
  const needs = new Map(fit.requirements.filter((item) => item.gap > 0 && item.tier === 'core').map((item) => [item.skillId, item.need]));
  const closes = (course: Course) =>
    course.teaches
      .filter((taught) => (needs.get(taught.skillId) ?? Infinity) <= taught.level)
      .map((taught) => skillName(skillsById, taught.skillId, locale));

  const noGap = fit.coreExplanation.totalGapWeight === 0;
  return (
    <DetailSection title={t('roles.detail.courses.title')} testId="courses">
      {noGap ? (
        <Text>{t('roles.detail.courses.none')}</Text>
      ) : (
        fit.coursesToReady.length > 0 && (
          <Stack gap="sm">
            <Text>
              {t(fit.uncoveredSkillIds.length > 0 ? 'roles.detail.courses.introPartial' : 'roles.detail.courses.intro', {
                hours: i18n.formatHours(fit.hoursToReady),
              })}
            </Text>
            <List spacing="sm">
              {(expanded ? fit.coursesToReady : fit.coursesToReady.slice(0, COLLAPSED_COURSES)).map((courseId) => {
                const course = courseById.get(courseId);
                if (!course) return <List.Item key={courseId}>{t('roles.detail.courses.missing', { id: courseId })}</List.Item>;
                const closed = closes(course);
                return (
                  <List.Item key={courseId}>
                    <ExternalLink url={course.url}>{courseTitle(course, locale)}</ExternalLink>
                    <Text className={classes.courseMeta}>
                      {[providerText(course, t), hoursText(course.hours, course, i18n).text, t(`cost.${course.cost}`)].join(' · ')}
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
}, sameCourses);

/**
 * The list only changes when the chosen courses, the uncovered gaps or the set of open gaps
 * change, not on every level change: its links each carry a dialog and are not cheap to redraw.
 */
function sameCourses(before: CoursesSectionProps, after: CoursesSectionProps): boolean {
  const openGaps = (fit: RoleFit) => fit.requirements.filter((item) => item.gap > 0).map((item) => item.skillId).sort().join(' ');
  return (
    before.skillsById === after.skillsById &&
    before.courseById === after.courseById &&
    before.fit.hoursToReady === after.fit.hoursToReady &&
    before.fit.coursesToReady.join(' ') === after.fit.coursesToReady.join(' ') &&
    before.fit.uncoveredSkillIds.join(' ') === after.fit.uncoveredSkillIds.join(' ') &&
    openGaps(before.fit) === openGaps(after.fit)
  );
}
