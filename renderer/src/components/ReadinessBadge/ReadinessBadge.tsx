import { Group, RingProgress, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { FitExplanation } from '../../../../core';
import { useI18n } from '../../i18n';
import { Explained } from '../Explained/Explained';
import { readinessHelp, readinessText } from '../FitFormat/fitFormat';
import classes from './ReadinessBadge.module.css';

interface ReadinessBadgeProps {
  explanation: FitExplanation;
  size?: 'sm' | 'lg';
}

const RING = { sm: { size: 56, thickness: 6, text: 'md' }, lg: { size: 92, thickness: 9, text: 'xl' } } as const;

/**
 * Readiness as a ring and as text: the ring is decoration (hidden from assistive technology),
 * the percentage is the information, and focusing or hovering it says how it was computed.
 */
export const ReadinessBadge = memo(function ReadinessBadge({ explanation, size = 'sm' }: ReadinessBadgeProps) {
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
        <Text className={classes.caption}>{i18n.t('fit.readinessLabel')}</Text>
        <Explained help={readinessHelp(explanation, i18n)}>
          <Text span size={ring.text} className={classes.percent} data-testid="readiness-percent">
            {readinessText(explanation, i18n)}
          </Text>
        </Explained>
      </Stack>
    </Group>
  );
});
