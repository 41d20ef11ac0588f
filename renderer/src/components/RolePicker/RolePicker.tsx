import { Badge, Checkbox, Group, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useId } from 'react';
import { localized, type Role } from '../../../../core';
import { useI18n } from '../../i18n';
import classes from './RolePicker.module.css';
import { rolesByFamily } from './targetRoles';

export interface RolePickerProps {
  roles: Role[];
  value: string[];
  onChange: (roleIds: string[]) => void;
  /** Most roles a person may target at once; further choices are disabled until one is dropped. */
  max: number;
  label: string;
  error?: string;
  headingOrder?: TitleOrder;
  /** Roles people with the person's background often move into: badged and listed first. */
  suggestedIds?: readonly string[];
}

/** Stable: suggested roles keep their order among themselves, and so do the others. */
function suggestedFirst(roles: Role[], suggestedIds: readonly string[]): Role[] {
  return [...roles.filter((role) => suggestedIds.includes(role.id)), ...roles.filter((role) => !suggestedIds.includes(role.id))];
}

/** The target roles as cards explaining each one, grouped by family (onboarding); the profile's compact list is RoleSelect. */
export function RolePicker({ roles, value, onChange, max, label, error, headingOrder = 4, suggestedIds = [] }: RolePickerProps) {
  const { t, locale } = useI18n();
  const labelId = useId();
  const errorId = useId();
  const full = value.length >= max;
  const toggle = (roleId: string, checked: boolean) =>
    onChange(checked ? [...value, roleId] : value.filter((id) => id !== roleId));

  return (
    <Stack
      gap="lg"
      role="group"
      aria-labelledby={labelId}
      aria-describedby={error ? errorId : undefined}
    >
      <Stack gap={4}>
        <Text id={labelId} fw={600}>
          {label}
        </Text>
        <Text size="sm" aria-live="polite">
          {t('rolePicker.chosen', { count: value.length, max })}
          {full ? ` ${t('rolePicker.full')}` : ''}
        </Text>
        {error && (
          <Text id={errorId} size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
      </Stack>
      {rolesByFamily(suggestedFirst(roles, suggestedIds)).map((group) => (
        <Stack key={group.family} gap="sm">
          <Title order={headingOrder} size="h5">
            {t(`family.${group.family}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {group.roles.map((role) => {
              const checked = value.includes(role.id);
              const titleId = `${labelId}-${role.id}-title`;
              const summaryId = `${labelId}-${role.id}-summary`;
              return (
                <Checkbox.Card
                  key={role.id}
                  checked={checked}
                  onChange={(next) => toggle(role.id, next)}
                  disabled={!checked && full}
                  aria-labelledby={titleId}
                  aria-describedby={summaryId}
                  className={classes.card}
                  p="md"
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Checkbox.Indicator checked={checked} disabled={!checked && full} />
                    <Stack gap={4}>
                      <Group gap="xs">
                        <Text id={titleId} fw={600}>
                          {localized(role.title, locale)}
                        </Text>
                        {role.custom && <Badge variant="light">{t('custom.badge')}</Badge>}
                        {suggestedIds.includes(role.id) && (
                          <Badge variant="outline" tt="none">
                            {t('rolePicker.suggested')}
                          </Badge>
                        )}
                      </Group>
                      <Text id={summaryId} size="sm">
                        {localized(role.summary, locale)}
                      </Text>
                      {role.hubs.length > 0 && (
                        <Text size="sm" className={classes.hubs}>
                          {t('rolePicker.hubs', { hubs: role.hubs.join(', ') })}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Checkbox.Card>
              );
            })}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
