import { Stack, Text, Title } from '@mantine/core';
import { RolePicker } from '../../components/RolePicker/RolePicker';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { MAX_ONBOARDING_ROLES } from './onboardingDraft';
import type { StepProps } from './steps';

export function RolesStep({ draft, update, issues, headingRef }: StepProps) {
  const { t } = useI18n();
  const { catalog } = useAppData();
  return (
    <Stack gap="md">
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('onboarding.roles.title')}
      </Title>
      <Text>{t('onboarding.roles.intro', { max: MAX_ONBOARDING_ROLES })}</Text>
      <RolePicker
        roles={catalog.roles}
        value={draft.roleIds}
        onChange={(roleIds) => update({ roleIds })}
        max={MAX_ONBOARDING_ROLES}
        label={t('onboarding.roles.label')}
        error={issues.roleIds && t(issues.roleIds)}
        headingOrder={4}
      />
    </Stack>
  );
}
