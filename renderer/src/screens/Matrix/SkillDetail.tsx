import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { localized, type PositiveLevel, type Skill } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { DetailFrame, levelText, Section, SkillLink } from './DetailParts';
import { EntryActions, type EntryActionHandlers } from './EntryActions';
import type { EntryOrigin } from './entryOrigin';

const POSITIVE_LEVELS: PositiveLevel[] = [1, 2, 3, 4];

interface SkillDetailProps extends EntryActionHandlers {
  skill: Skill;
  origin: EntryOrigin;
}

export function SkillDetail({ skill, origin, ...handlers }: SkillDetailProps) {
  const { catalog } = useAppData();
  const i18n = useI18n();
  const { t, locale } = i18n;

  const neededBy = useMemo(
    () =>
      catalog.roles
        .flatMap((role) =>
          role.requirements.filter((requirement) => requirement.skillId === skill.id).map((requirement) => ({ role, requirement })),
        )
        .sort((a, b) => localized(a.role.title, locale).localeCompare(localized(b.role.title, locale), locale)),
    [catalog.roles, skill.id, locale],
  );
  const taughtBy = useMemo(
    () =>
      // A portfolio project teaches nothing new: it is listed on its roles and in plans, not here.
      catalog.courses.flatMap((course) =>
        course.project ? [] : course.teaches.filter((taught) => taught.skillId === skill.id).map((taught) => ({ course, level: taught.level })),
      ),
    [catalog.courses, skill.id],
  );

  // A skill's own level lines when the matrix has them, otherwise its category's generic ones.
  const levelDescription = (level: PositiveLevel) =>
    skill.levels ? localized(skill.levels[level - 1], locale) : t(`levelHint.${skill.category}.${level}`);

  return (
    <DetailFrame
      backHref="#/matrix/skills"
      backLabel={t('matrix.backToSkills')}
      title={localized(skill.name, locale)}
      origin={origin}
      subtitle={
        <Group gap="xs">
          <Badge variant="default">{t(`category.${skill.category}`)}</Badge>
        </Group>
      }
      actions={<EntryActions origin={origin} {...handlers} />}
    >
      {localized(skill.description, locale) && <Text>{localized(skill.description, locale)}</Text>}
      <Section title={t('matrix.skill.levels')}>
        <List spacing="xs">
          {POSITIVE_LEVELS.map((level) => (
            <List.Item key={level}>
              <Text span fw={600}>
                {levelText(t, level)}
              </Text>
              {' — '}
              {levelDescription(level)}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title={t('matrix.skill.prerequisites')}>
        {skill.prerequisites.length === 0 ? (
          <Text>{t('matrix.skill.noPrerequisites')}</Text>
        ) : (
          <List>
            {skill.prerequisites.map((id) => (
              <List.Item key={id}>
                <SkillLink skillId={id} />
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('matrix.skill.aliases')}>
        {skill.aliases.length === 0 ? (
          <Text>{t('matrix.skill.noAliases')}</Text>
        ) : (
          <Group gap="xs">
            {skill.aliases.map((alias) => (
              <Badge key={alias} variant="default" tt="none">
                {alias}
              </Badge>
            ))}
          </Group>
        )}
      </Section>
      <Section title={t('matrix.skill.neededBy')}>
        {neededBy.length === 0 ? (
          <Text>{t('matrix.skill.neededByNone')}</Text>
        ) : (
          <List>
            {neededBy.map(({ role, requirement }) => (
              <List.Item key={role.id}>
                <Anchor href={`#/matrix/roles/${encodeURIComponent(role.id)}`} underline="always">
                  {localized(role.title, locale)}
                </Anchor>
                {' — '}
                {t('matrix.skill.neededAt', { level: levelText(t, requirement.level) })}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('matrix.skill.taughtBy')}>
        {taughtBy.length === 0 ? (
          <Text>{t('matrix.skill.taughtByNone')}</Text>
        ) : (
          <List>
            {taughtBy.map(({ course, level }) => (
              <List.Item key={course.id}>
                <Anchor href={`#/matrix/courses/${encodeURIComponent(course.id)}`} underline="always">
                  {course.title}
                </Anchor>
                {' — '}
                {t('matrix.skill.taughtTo', { level: levelText(t, level), hours: i18n.formatHours(course.hours) })}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </DetailFrame>
  );
}
