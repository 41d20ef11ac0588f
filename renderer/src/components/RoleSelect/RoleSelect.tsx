import { MultiSelect } from '@mantine/core';
import { localized } from '../../../../core';
import { useI18n } from '../../i18n';
import type { RolePickerProps } from '../RolePicker/RolePicker';
import { rolesByFamily } from '../RolePicker/targetRoles';

/** The same as the cards' props: the two are one choice shown two ways. */
export type RoleSelectProps = Pick<RolePickerProps, 'roles' | 'value' | 'onChange' | 'max' | 'label' | 'error'>;

/**
 * The target roles as a compact searchable list grouped by family (the profile). Onboarding's
 * cards, which explain each role, are RolePicker: a component each, so the profile does not load
 * the cards' code and onboarding's roles step does not load the list's.
 */
export function RoleSelect({ roles, value, onChange, max, label, error }: RoleSelectProps) {
  const { t, locale } = useI18n();
  const data = rolesByFamily(roles).map((group) => ({
    group: t(`family.${group.family}`),
    items: group.roles.map((role) => ({ value: role.id, label: localized(role.title, locale) })),
  }));
  return (
    <MultiSelect
      label={label}
      description={t('rolePicker.upTo', { max })}
      data={data}
      value={value}
      onChange={onChange}
      maxValues={max}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('rolePicker.clearAll') }}
      hidePickedOptions
      nothingFoundMessage={t('rolePicker.nothingFound')}
      error={error}
    />
  );
}
