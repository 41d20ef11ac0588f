import { Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { LEVELS, localized, type Level, type Skill } from '../../../../core';
import { SegmentedRadios } from '../SegmentedRadios/SegmentedRadios';
import { useI18n } from '../../i18n';
import { levelDescription, levelLabel } from './levelDescription';
import classes from './LevelControl.module.css';

/** A role that asks for this skill, shown under the control as "AI engineer needs: Proficient". */
export interface LevelNeed {
  roleTitle: string;
  level: Level;
}

export interface LevelControlProps {
  skill: Skill;
  value: Level;
  onChange: (level: Level) => void;
  needs?: LevelNeed[];
  disabled?: boolean;
}

/**
 * Rates one skill 0-4. The five options are native radios (arrow keys move between them,
 * SegmentedRadios), and the behaviour that goes with the selected level, or with the option under
 * the pointer, is written right below so people rate what they do rather than how they feel.
 */
export function LevelControl({ skill, value, onChange, needs = [], disabled }: LevelControlProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const descriptionId = useId();
  const [previewed, setPreviewed] = useState<Level | null>(null);
  const shown = previewed ?? value;
  const skillName = localized(skill.name, locale);

  return (
    <Stack gap={6} className={classes.root}>
      <SegmentedRadios
        label={t('rating.levelFor', { skill: skillName })}
        describedBy={descriptionId}
        options={LEVELS.map((level) => ({ value: level, label: levelLabel(level, i18n) }))}
        value={value}
        onChange={onChange}
        onPreview={setPreviewed}
        disabled={disabled}
        fullWidth
      />
      <Text id={descriptionId} size="sm" className={classes.description} aria-live="polite">
        <span className={classes.levelName}>
          {shown === value
            ? t('rating.selected', { level: levelLabel(shown, i18n) })
            : t('rating.preview', { level: levelLabel(shown, i18n) })}
        </span>{' '}
        {levelDescription(skill, shown, i18n)}
      </Text>
      {needs.map((need) => (
        <Text key={need.roleTitle} size="sm" className={classes.need} data-met={value >= need.level}>
          {t(value >= need.level ? 'rating.needsMet' : 'rating.needs', {
            role: need.roleTitle,
            level: levelLabel(need.level, i18n),
          })}
        </Text>
      ))}
    </Stack>
  );
}
