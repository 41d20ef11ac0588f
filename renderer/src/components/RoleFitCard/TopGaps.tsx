import { List, Text, VisuallyHidden } from '@mantine/core';
import type { RequirementGap, Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { levelName, skillName } from '../FitFormat/fitFormat';
import classes from './RoleFitCard.module.css';

interface TopGapsProps {
  requirements: readonly RequirementGap[];
  skillsById: ReadonlyMap<string, Skill>;
  count: number;
}

/** The largest gaps as "Skill — Awareness → Proficient" (the arrow is read as "to"). */
export function TopGaps({ requirements, skillsById, count }: TopGapsProps) {
  const { t, locale } = useI18n();
  const gaps = requirements.filter((item) => item.gap > 0).slice(0, count);
  return (
    <List size="sm" spacing={4} className={classes.gaps}>
      {gaps.map((item) => (
        <List.Item key={item.skillId}>
          <Text span size="sm" fw={600}>
            {skillName(skillsById, item.skillId, locale)}
          </Text>{' '}
          <Text span size="sm" className={classes.levels}>
            {levelName(item.have, t)}
            <span aria-hidden="true"> → </span>
            <VisuallyHidden> {t('fit.to')} </VisuallyHidden>
            {levelName(item.need, t)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
