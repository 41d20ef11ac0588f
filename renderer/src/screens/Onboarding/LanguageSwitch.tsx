import { Group, SegmentedControl, Text } from '@mantine/core';
import { useId } from 'react';
import { LOCALES, type Locale } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';

/** Switches the whole interface at once; each language is named in itself. */
export function LanguageSwitch() {
  const { t } = useI18n();
  const { data, updateSettings } = useAppData();
  const labelId = useId();
  return (
    <Group gap="sm" wrap="nowrap">
      <Text id={labelId} size="sm" fw={600}>
        {t('onboarding.language')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={data.settings.locale}
        onChange={(value) => updateSettings({ ...data.settings, locale: value as Locale })}
        data={LOCALES.map((locale) => ({
          value: locale,
          label: <span lang={locale}>{t(`onboarding.language.${locale}`)}</span>,
        }))}
      />
    </Group>
  );
}
