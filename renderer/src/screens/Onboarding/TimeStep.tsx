import { NumberInput, Stack, Text, Title } from '@mantine/core';
import { DateField } from '../../components/DateField/DateField';
import { useI18n } from '../../i18n';
import { ONBOARDING_HOURS } from './onboardingDraft';
import type { StepProps } from './steps';

export function TimeStep({ draft, update, issues, headingRef }: StepProps) {
  const { t, formatNumber } = useI18n();
  const hours = draft.weeklyHours;
  // Mantine would quietly turn 0 into the minimum on blur; the person is told why instead.
  const tooFew = hours !== null && hours < ONBOARDING_HOURS.min;
  const hoursIssue = tooFew ? 'onboarding.error.hoursTooFew' : issues.weeklyHours;
  return (
    <Stack gap="md" maw={560}>
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('onboarding.time.title')}
      </Title>
      <Text>{t('onboarding.time.intro')}</Text>
      <NumberInput
        label={t('onboarding.time.hours')}
        description={
          hours !== null && hours > 0
            ? t('onboarding.time.hoursHint', { perDay: formatNumber(hours / 5) })
            : undefined
        }
        value={hours ?? ''}
        onChange={(value) => update({ weeklyHours: typeof value === 'number' ? value : null })}
        min={ONBOARDING_HOURS.min}
        max={ONBOARDING_HOURS.max}
        clampBehavior="none"
        step={1}
        decimalScale={1}
        suffix=" h"
        error={hoursIssue && t(hoursIssue, { min: ONBOARDING_HOURS.min, max: ONBOARDING_HOURS.max })}
        required
      />
      <DateField
        label={t('onboarding.time.start')}
        description={t('onboarding.time.startHint')}
        value={draft.startDate}
        onChange={(startDate) => update({ startDate })}
        error={issues.startDate && t(issues.startDate)}
        required
      />
      <DateField
        label={t('onboarding.time.target')}
        description={t('onboarding.time.targetHint')}
        value={draft.targetDate}
        minDate={draft.startDate}
        onChange={(targetDate) => update({ targetDate })}
        error={issues.targetDate && t(issues.targetDate)}
        clearable
      />
    </Stack>
  );
}
