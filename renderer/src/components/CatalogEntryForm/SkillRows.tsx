import { Button, Fieldset, Group, Input, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { IMPORTANCES, localized, type Importance, type PositiveLevel, type Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './SkillRows.module.css';

/** One editable line of "skill at a level" (a role's requirement, what a course teaches or expects). */
export interface SkillRow {
  /** Stable React key; rows have no id of their own. */
  key: number;
  skillId: string | null;
  level: PositiveLevel;
  importance?: Importance;
  /** Where a built-in figure came from; dropped as soon as the person changes the row. */
  basis?: string;
}

let lastRowKey = 0;
export function nextRowKey(): number {
  lastRowKey += 1;
  return lastRowKey;
}

const POSITIVE_LEVELS: PositiveLevel[] = [1, 2, 3, 4];

interface SkillRowsProps {
  legend: string;
  description?: string;
  /** Field path of the list in the entry ("requirements", "teaches", "expects"), for its problems. */
  path: string;
  rows: SkillRow[];
  onChange: (rows: SkillRow[]) => void;
  skills: readonly Skill[];
  levelLabel: string;
  addLabel: string;
  withImportance?: boolean;
  /** The translated problem of a field path, if it has one. */
  translateProblem: (path: string) => string | undefined;
}

export function SkillRows({
  legend,
  description,
  path,
  rows,
  onChange,
  skills,
  levelLabel,
  addLabel,
  withImportance = false,
  translateProblem,
}: SkillRowsProps) {
  const { t, locale } = useI18n();

  const skillOptions = useMemo(
    () =>
      skills
        .map((skill) => ({ value: skill.id, label: localized(skill.name, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [skills, locale],
  );
  const levelOptions = POSITIVE_LEVELS.map((level) => ({
    value: String(level),
    label: `${level} · ${t(`level.${level}`)}`,
  }));
  const importanceOptions = IMPORTANCES.map((value) => ({
    value: String(value),
    label: t('catalogEditor.importanceOption', { value }),
  }));

  const update = (index: number, change: Partial<SkillRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change, basis: undefined } : row)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const add = () => onChange([...rows, { key: nextRowKey(), skillId: null, level: 2, ...(withImportance ? { importance: 3 as Importance } : {}) }]);
  const listProblem = translateProblem(path);

  return (
    <Fieldset legend={legend} className={classes.fieldset}>
      <Stack gap="sm">
        {description && <Text size="sm">{description}</Text>}
        {rows.length === 0 && <Text size="sm">{t('catalogEditor.rows.empty')}</Text>}
        {rows.map((row, index) => {
          const n = index + 1;
          // A skill already chosen on another line is not offered again, so no skill appears twice.
          const takenElsewhere = new Set(rows.filter((_, i) => i !== index).map((other) => other.skillId));
          return (
            <Group key={row.key} align="flex-start" gap="sm" className={classes.row} data-testid={`${path}-row`}>
              <Select
                className={classes.skill}
                label={t('catalogEditor.rows.skill')}
                aria-label={t('catalogEditor.rows.skillNumbered', { n })}
                placeholder={t('catalogEditor.rows.skillPlaceholder')}
                searchable
                nothingFoundMessage={t('catalogEditor.rows.noSkill')}
                data={skillOptions.filter((option) => !takenElsewhere.has(option.value))}
                value={row.skillId}
                onChange={(value) => update(index, { skillId: value })}
                error={translateProblem(`${path}.${index}.skillId`)}
              />
              <Select
                className={classes.level}
                label={levelLabel}
                aria-label={`${levelLabel} (${n})`}
                data={levelOptions}
                value={String(row.level)}
                allowDeselect={false}
                onChange={(value) => value && update(index, { level: Number(value) as PositiveLevel })}
                error={translateProblem(`${path}.${index}.level`)}
              />
              {withImportance && (
                <Select
                  className={classes.importance}
                  label={t('importance.label')}
                  aria-label={`${t('importance.label')} (${n})`}
                  data={importanceOptions}
                  value={String(row.importance ?? 3)}
                  allowDeselect={false}
                  onChange={(value) => value && update(index, { importance: Number(value) as Importance })}
                  error={translateProblem(`${path}.${index}.importance`)}
                />
              )}
              <Button
                variant="subtle"
                color="red"
                className={classes.remove}
                onClick={() => remove(index)}
                aria-label={t('catalogEditor.rows.removeNumbered', { n })}
              >
                {t('catalogEditor.rows.remove')}
              </Button>
            </Group>
          );
        })}
        {listProblem && <Input.Error>{listProblem}</Input.Error>}
        <Group>
          <Button variant="light" onClick={add}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
