import { Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { RoleFit } from '../../../../core';
import { useI18n } from '../../i18n';
import { Explained } from '../Explained/Explained';

/** Hours of courses to be ready, and the gaps no course covers, each said in words. */
export const FitHours = memo(function FitHours({ fit, size = 'sm' }: { fit: RoleFit; size?: 'sm' | 'md' }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Hours are the core plan's, so "ready" means the core is met.
  const noGap = fit.coreExplanation.totalGapWeight === 0;
  return (
    <Stack gap={2}>
      {noGap ? (
        <Text size={size} fw={600}>
          <span aria-hidden="true">✓ </span>
          {t('fit.ready')}
        </Text>
      ) : (
        fit.hoursToReady > 0 && (
          <Text size={size}>
            <Explained help={t('fit.hoursHelp')}>
              {/* With a gap no course covers, the courses alone do not make the person ready. */}
              {t(fit.uncoveredSkillIds.length > 0 ? 'fit.hoursOfCourses' : 'fit.hoursToReady', { hours: i18n.formatHours(fit.hoursToReady) })}
            </Explained>
          </Text>
        )
      )}
      {fit.uncoveredSkillIds.length > 0 && (
        <Text size={size}>
          <span aria-hidden="true">⚠ </span>
          {t('fit.uncovered', { count: fit.uncoveredSkillIds.length })}
        </Text>
      )}
    </Stack>
  );
});
