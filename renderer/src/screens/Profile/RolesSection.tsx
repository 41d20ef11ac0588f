import { Text } from '@mantine/core';
import { MAX_TARGET_ROLES } from '../../components/RolePicker/targetRoles';
import { RoleSelect } from '../../components/RoleSelect/RoleSelect';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { Section } from '../../components/Section/Section';
import type { ProfileDraft } from './useProfileDraft';

export function RolesSection({ draft }: { draft: ProfileDraft }) {
  const { t } = useI18n();
  const { catalog } = useAppData();
  const { profile, issues, apply } = draft;
  const known = new Set(catalog.roles.map((role) => role.id));
  const missing = profile.targetRoleIds.filter((id) => !known.has(id));
  return (
    <Section title={t('profile.roles.title')}>
      <Text>{t('profile.roles.intro')}</Text>
      <RoleSelect
        roles={catalog.roles}
        value={profile.targetRoleIds.filter((id) => known.has(id))}
        onChange={(roleIds) => apply((current) => ({ ...current, targetRoleIds: roleIds }))}
        max={MAX_TARGET_ROLES}
        label={t('profile.roles.label')}
        error={issues.targetRoleIds && t(issues.targetRoleIds.key, { detail: issues.targetRoleIds.detail })}
      />
      {missing.length > 0 && <Text size="sm">{t('profile.roles.missing', { ids: missing.join(', ') })}</Text>}
    </Section>
  );
}
