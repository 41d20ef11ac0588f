import { Stack, Text, Title } from '@mantine/core';
import { RolePicker } from '../../components/RolePicker/RolePicker';
import { MAX_TARGET_ROLES } from '../../components/RolePicker/targetRoles';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import type { StepProps } from './steps';

export function RolesStep({ draft, update, issues, headingRef }: StepProps) {
  const { t } = useI18n();
  const { catalog } = useAppData();
  return (
    <Stack gap="md">
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('onboarding.roles.title')}
      </Title>
      <Text>{t('onboarding.roles.intro', { max: MAX_TARGET_ROLES })}</Text>
      <RolePicker
        roles={catalog.roles}
        value={draft.roleIds}
        onChange={(roleIds) => update({ roleIds })}
        max={MAX_TARGET_ROLES}
        label={t('onboarding.roles.label')}
        error={issues.roleIds && t(issues.roleIds)}
        headingOrder={4}
      />
    </Stack>
  );
}
