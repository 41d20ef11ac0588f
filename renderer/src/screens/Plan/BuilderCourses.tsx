import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { courseTitleById, type Plan } from '../../../../core';
import { swapCourseCandidates } from '../../../../core/planning/edit';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { itemTitle, skillName } from '../../components/PlanItemCard/itemInfo';
import { hoursText, whyLines } from '../../components/PlanItemCard/itemWhy';
import { excludeCourse, preferCourse, restoreCourse, type BuilderDraft } from './builderDraft';
import classes from './Plan.module.css';

interface BuilderCoursesProps {
  draft: BuilderDraft;
  plan: Plan;
  onChange: (draft: BuilderDraft) => void;
}

/**
 * The courses the preview chose, with a way to leave one out or to prefer another course that
 * teaches the same skills; what was left out or preferred is listed so it can be put back.
 */
export function BuilderCourses({ draft, plan, onChange }: BuilderCoursesProps) {
  const { catalog, data } = useAppData();
  const i18n = useI18n();
  const { t, locale, formatDay, formatHours } = i18n;
  const headingId = useId();
  const candidates = useMemo(
    () =>
      new Map(
        plan.items.map((item) => {
          const found = swapCourseCandidates(plan, item.id, catalog);
          return [item.id, found.ok ? found.value : []];
        }),
      ),
    [plan, catalog],
  );
  const changed = [
    ...draft.excludedCourseIds.map((id) => ({ id, key: 'plan.builder.leftOut' as const })),
    ...draft.preferredCourseIds.map((id) => ({ id, key: 'plan.builder.preferred' as const })),
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId}>
        {t('plan.builder.courses', { count: plan.items.length })}
      </Title>
      {changed.length > 0 && (
        <Stack gap={4}>
          {changed.map(({ id, key }) => (
            <Group key={`${key}-${id}`} gap="sm">
              <Text size="sm">{t(key, { course: courseTitleById(catalog.courses, id, locale) })}</Text>
              <Button size="compact-sm" variant="subtle" onClick={() => onChange(restoreCourse(draft, id))}>
                {t('plan.builder.putBack')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {plan.items.length === 0 ? (
        // Not "no course is needed" when gaps are left that no course the person can take closes.
        <Text size="sm">{t(plan.uncovered.length > 0 ? 'plan.builder.noCourseToTake' : 'plan.builder.noCourses')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plan.col.course')}</Table.Th>
                <Table.Th scope="col">{t('plan.col.hours')}</Table.Th>
                <Table.Th scope="col">{t('plan.col.dates')}</Table.Th>
                <Table.Th scope="col">{t('plan.col.choice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.items.map((item) => {
                const title = itemTitle(catalog, item, locale);
                const others = candidates.get(item.id) ?? [];
                const why = whyLines(item, catalog, i18n, { background: data.profile?.background, roleIds: plan.targetRoleIds });
                const hours = hoursText(item.hours, catalog.courses.find((course) => course.id === item.courseId), i18n);
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td className={classes.titleCell}>
                      <Text size="sm" fw={600}>
                        {title}
                      </Text>
                      {why.length > 0 ? (
                        why.map((line) => (
                          <Text size="xs" key={line}>
                            {line}
                          </Text>
                        ))
                      ) : (
                        <Text size="xs">{item.skillIds.map((id) => skillName(catalog, id, locale)).join(', ')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td className={classes.nowrap} title={hours.help}>
                      {hours.text}
                    </Table.Td>
                    <Table.Td className={classes.nowrap}>
                      {t('plan.dates', { start: formatDay(item.start), end: formatDay(item.end) })}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {item.courseId && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('plan.builder.leaveOutNamed', { course: title })}
                            onClick={() => onChange(excludeCourse(draft, item.courseId!))}
                          >
                            {t('plan.builder.leaveOut')}
                          </Button>
                        )}
                        {item.courseId && others.length > 0 && (
                          <Select
                            size="xs"
                            className={classes.swapSelect}
                            aria-label={t('plan.builder.useInsteadNamed', { course: title })}
                            placeholder={t('plan.builder.useInstead')}
                            data={others.map((course) => ({
                              value: course.id,
                              label: t('plan.swap.option', { title: course.title, provider: course.provider, hours: formatHours(course.hours) }),
                            }))}
                            value={null}
                            onChange={(courseId) => courseId && onChange(preferCourse(draft, item.courseId!, courseId))}
                            comboboxProps={{ width: 360, position: 'bottom-end' }}
                          />
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
