import { Stack, Text, Title } from '@mantine/core';
import { localized } from '../../../../core';
import { RolePicker } from '../../components/RolePicker/RolePicker';
import { MAX_TARGET_ROLES } from '../../components/RolePicker/targetRoles';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import type { StepProps } from './steps';

export function RolesStep({ draft, update, issues, headingRef }: StepProps) {
  const { t, locale } = useI18n();
  const { catalog } = useAppData();
  const background = draft.background;
  // The catalog lists, for each role, the backgrounds people commonly come from (SOURCES.md).
  const suggested = background ? catalog.roles.filter((role) => role.backgrounds.includes(background)) : [];
  return (
    <Stack gap="md">
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('onboarding.roles.title')}
      </Title>
      <Text>{t('onboarding.roles.intro', { max: MAX_TARGET_ROLES })}</Text>
      {background && background !== 'other' && (
        <Text data-testid="role-suggestions">
          {suggested.length > 0
            ? t('onboarding.roles.suggested', {
                background: t(`background.${background}`),
                roles: suggested.map((role) => localized(role.title, locale)).join(', '),
              })
            : t('onboarding.roles.noSuggestion', { background: t(`background.${background}`) })}
        </Text>
      )}
      <RolePicker
        roles={catalog.roles}
        value={draft.roleIds}
        onChange={(roleIds) => update({ roleIds })}
        max={MAX_TARGET_ROLES}
        label={t('onboarding.roles.label')}
        error={issues.roleIds && t(issues.roleIds)}
        headingOrder={4}
        suggestedIds={suggested.map((role) => role.id)}
      />
    </Stack>
  );
}
