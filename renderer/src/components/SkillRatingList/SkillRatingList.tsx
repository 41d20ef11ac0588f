import { Button, Group, Paper, Stack, Text, TextInput, Title, type TitleOrder } from '@mantine/core';
import { MAX_LONG_TEXT, SKILL_CATEGORIES, localized, type Level, type Skill, type SkillCategory } from '../../../../core';
import { useI18n } from '../../i18n';
import { LevelControl, type LevelNeed } from '../LevelControl/LevelControl';
import classes from './SkillRatingList.module.css';

export interface SkillRatingRow {
  skill: Skill;
  level: Level;
  note?: string;
  /** False for a skill listed because a target role needs it, which the person has not rated yet. */
  rated: boolean;
  needs: LevelNeed[];
}

export interface SkillRatingListProps {
  rows: SkillRatingRow[];
  onLevelChange: (skillId: string, level: Level) => void;
  /** Shows an evidence field under each rated skill when given. */
  onNoteChange?: (skillId: string, note: string) => void;
  /** Shows a remove button on each rated skill when given. */
  onRemove?: (skillId: string) => void;
  /** Groups rows under category headings (in the catalog's category order) instead of one list. */
  groupByCategory?: boolean;
  headingOrder?: TitleOrder;
}

function groupRows(rows: SkillRatingRow[]): { category: SkillCategory; rows: SkillRatingRow[] }[] {
  return SKILL_CATEGORIES.map((category) => ({
    category,
    rows: rows.filter((row) => row.skill.category === category),
  })).filter((group) => group.rows.length > 0);
}

/** Skills with a level control each, the evidence a person gives, and a way to drop a rating. */
export function SkillRatingList({
  rows,
  onLevelChange,
  onNoteChange,
  onRemove,
  groupByCategory = false,
  headingOrder = 4,
}: SkillRatingListProps) {
  const { t, locale } = useI18n();

  const renderRow = (row: SkillRatingRow) => {
    const name = localized(row.skill.name, locale);
    return (
      <Paper component="li" withBorder p="md" key={row.skill.id} className={classes.row} data-skill-id={row.skill.id}>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Text fw={600}>{name}</Text>
              <Text size="sm">
                {localized(row.skill.description, locale)}
              </Text>
            </div>
            {onRemove && row.rated && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => onRemove(row.skill.id)}
                aria-label={t('rating.removeFor', { skill: name })}
              >
                {t('rating.remove')}
              </Button>
            )}
          </Group>
          <LevelControl
            skill={row.skill}
            value={row.level}
            onChange={(level) => onLevelChange(row.skill.id, level)}
            needs={row.needs}
          />
          {onNoteChange && row.rated && (
            <TextInput
              label={t('rating.note')}
              aria-label={t('rating.noteFor', { skill: name })}
              placeholder={t('rating.notePlaceholder')}
              value={row.note ?? ''}
              maxLength={MAX_LONG_TEXT}
              onChange={(event) => onNoteChange(row.skill.id, event.currentTarget.value)}
            />
          )}
        </Stack>
      </Paper>
    );
  };

  if (!groupByCategory) {
    return (
      <Stack component="ul" gap="md" className={classes.list}>
        {rows.map(renderRow)}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {groupRows(rows).map((group) => (
        <Stack gap="sm" key={group.category}>
          <Title order={headingOrder} size="h5">
            {t(`category.${group.category}`)}
          </Title>
          <Stack component="ul" gap="md" className={classes.list}>
            {group.rows.map(renderRow)}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
