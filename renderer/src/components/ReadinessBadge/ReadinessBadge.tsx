import { Group, RingProgress, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { FitExplanation } from '../../../../core';
import { useI18n } from '../../i18n';
import { Explained } from '../Explained/Explained';
import { readinessHelp, readinessText } from '../FitFormat/fitFormat';
import classes from './ReadinessBadge.module.css';

interface ReadinessBadgeProps {
  /** The headline: the core readiness (RoleFit.coreExplanation) when `full` is given. */
  explanation: FitExplanation;
  /**
   * The full role, plus requirements included (RoleFit.explanation): with it the headline is
   * labelled "Entry-level core" and the full-role figure is shown under it.
   */
  full?: FitExplanation;
  size?: 'sm' | 'lg';
}

const RING = { sm: { size: 56, thickness: 6, text: 'md' }, lg: { size: 92, thickness: 9, text: 'xl' } } as const;

/**
 * Readiness as a ring and as text: the ring is decoration (hidden from assistive technology),
 * the percentage is the information, and focusing or hovering it says how it was computed.
 */
export const ReadinessBadge = memo(function ReadinessBadge({ explanation, full, size = 'sm' }: ReadinessBadgeProps) {
  const i18n = useI18n();
  const ring = RING[size];
  return (
    <Group gap="sm" wrap="nowrap" className={classes.root}>
      <RingProgress
        aria-hidden
        size={ring.size}
        thickness={ring.thickness}
        roundCaps
        sections={explanation.percent > 0 ? [{ value: explanation.percent, color: 'sea.7' }] : []}
      />
      <Stack gap={2}>
        <Text className={classes.caption}>{i18n.t(full ? 'fit.coreLabel' : 'fit.readinessLabel')}</Text>
        <Explained help={full ? `${i18n.t('fit.coreHelp')} ${readinessHelp(explanation, i18n)}` : readinessHelp(explanation, i18n)}>
          <Text span size={ring.text} className={classes.percent} data-testid="readiness-percent">
            {readinessText(explanation, i18n)}
          </Text>
        </Explained>
        {full && (
          <Explained
            help={i18n.t('fit.fullRoleHelp', {
              numerator: i18n.formatNumber(full.numerator),
              denominator: i18n.formatNumber(full.denominator),
            })}
          >
            <Text span size="xs" className={classes.full} data-testid="readiness-full">
              {i18n.t('fit.fullRole', { percent: readinessText(full, i18n) })}
            </Text>
          </Explained>
        )}
      </Stack>
    </Group>
  );
});
