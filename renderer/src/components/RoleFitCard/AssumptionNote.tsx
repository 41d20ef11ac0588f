import { Text } from '@mantine/core';
import { memo } from 'react';
import type { RoleFit } from '../../../../core';
import { useI18n } from '../../i18n';
import { Explained } from '../Explained/Explained';

/**
 * How many of the fit's levels are only suggested from the person's background (unrated skills):
 * "Rests on 3 assumptions from your background". Nothing when every level is the person's own.
 */
export const AssumptionNote = memo(function AssumptionNote({ fit, size = 'sm' }: { fit: RoleFit; size?: 'xs' | 'sm' | 'md' }) {
  const i18n = useI18n();
  const count = fit.requirements.filter((requirement) => requirement.assumed).length;
  if (count === 0) return null;
  return (
    <Text size={size} data-testid="assumption-note">
      <Explained help={i18n.t('fit.assumptionsHelp')}>{i18n.t('fit.assumptions', { count })}</Explained>
    </Text>
  );
});
