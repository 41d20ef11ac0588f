import { List, Text, Tooltip } from '@mantine/core';
import type { Course, SkillLevel } from '../../../../core';
import { ExternalLink } from '../../components/ExternalLink/ExternalLink';
import { useI18n } from '../../i18n';
import { DetailFrame, levelText, Section, SkillLink } from './DetailParts';
import { EntryActions, type EntryActionHandlers } from './EntryActions';
import type { EntryOrigin } from './entryOrigin';
import { Facts } from '../../components/Facts/Facts';

interface CourseDetailProps extends EntryActionHandlers {
  course: Course;
  origin: EntryOrigin;
}

function SkillLevels({ levels, empty }: { levels: readonly SkillLevel[]; empty: string }) {
  const { t } = useI18n();
  if (levels.length === 0) return <Text>{empty}</Text>;
  return (
    <List>
      {levels.map((entry) => (
        <List.Item key={entry.skillId}>
          <SkillLink skillId={entry.skillId} />
          {' — '}
          {levelText(t, entry.level)}
        </List.Item>
      ))}
    </List>
  );
}

export function CourseDetail({ course, origin, ...handlers }: CourseDetailProps) {
  const i18n = useI18n();
  const { t } = i18n;

  return (
    <DetailFrame
      backHref="#/matrix/courses"
      backLabel={t('matrix.backToCourses')}
      title={course.title}
      origin={origin}
      subtitle={<Text>{course.provider}</Text>}
      actions={<EntryActions origin={origin} {...handlers} />}
    >
      <div>
        <ExternalLink url={course.url} variant="button">
          {t('matrix.course.open')}
        </ExternalLink>
      </div>
      <Facts
        facts={[
          { label: t('matrix.course.provider'), value: course.provider },
          {
            label: t('matrix.course.hours'),
            value: (
              <Tooltip
                label={course.hoursStated ? t('matrix.course.statedHelp') : t('matrix.course.estimateHelp')}
                multiline
                w={260}
              >
                <Text span tabIndex={0}>
                  {i18n.formatHours(course.hours)} ·{' '}
                  {course.hoursStated ? t('matrix.course.stated') : t('matrix.course.estimate')}
                </Text>
              </Tooltip>
            ),
          },
          { label: t('matrix.course.cost'), value: t(`cost.${course.cost}`) },
          {
            label: t('matrix.course.languages'),
            value: course.languages.map((language) => t(`matrix.language.${language}`)).join(', '),
          },
        ]}
      />
      <Section title={t('matrix.course.teaches')}>
        <SkillLevels levels={course.teaches} empty={t('matrix.course.teachesNone')} />
      </Section>
      <Section title={t('matrix.course.expects')}>
        <SkillLevels levels={course.expects} empty={t('matrix.course.expectsNone')} />
      </Section>
    </DetailFrame>
  );
}
