import { Text } from '@mantine/core';
import type { Standing } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './StandingNote.module.css';

const SIGN: Record<Standing['kind'], string> = { behind: '⚠', 'on-schedule': '✓', ahead: '✓' };

/**
 * Where the person stands against the plan (core's planStatus standing), worded the same on the
 * This week, Plan and Progress screens. A sign goes with the colour: never colour alone.
 */
export function StandingNote({ standing }: { standing: Standing }) {
  const { t, formatHours } = useI18n();
  const text =
    standing.kind === 'behind'
      ? t('progress.behind', { hours: formatHours(standing.hours) })
      : standing.kind === 'ahead'
        ? t('progress.ahead', { hours: formatHours(standing.hours) })
        : t('progress.onTrack');
  return (
    <Text fw={600} className={standing.kind === 'behind' ? classes.behind : classes.onTrack} data-standing={standing.kind}>
      <span aria-hidden="true">{SIGN[standing.kind]} </span>
      {text}
    </Text>
  );
}
