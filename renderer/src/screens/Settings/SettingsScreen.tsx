import { Card, Code, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { COLOR_SCHEMES, LOCALES, type Locale, type Settings } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { DataSection } from './DataSection';
import { RemindersSection } from './RemindersSection';
import classes from './SettingsScreen.module.css';

type ColorScheme = Settings['colorScheme'];

function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The person's preferences and what the app is. Each setting is saved as soon as it changes.
 * Later sections (paper size for printing, backups) slot in as further SettingsSection blocks.
 */
export function SettingsScreen() {
  const { data, status, updateSettings } = useAppData();
  const { t } = useI18n();
  const { settings } = data;
  const change = (next: Partial<Settings>) => updateSettings({ ...settings, ...next });

  return (
    <Stack gap="lg" className={classes.screen}>
      <Title order={2}>{t('settings.title')}</Title>
      {status.readOnly && <Text>{t('settings.readOnly')}</Text>}

      <SettingsSection id="settings-language" title={t('settings.language.title')}>
        <Text size="sm">{t('settings.language.help')}</Text>
        <SegmentedControl
          aria-labelledby="settings-language"
          className={classes.control}
          disabled={status.readOnly}
          value={settings.locale}
          onChange={(value) => change({ locale: value as Locale })}
          data={LOCALES.map((locale) => ({ value: locale, label: t(`settings.language.${locale}`) }))}
        />
      </SettingsSection>

      <SettingsSection id="settings-theme" title={t('settings.theme.title')}>
        <Text size="sm">{t('settings.theme.help')}</Text>
        <SegmentedControl
          aria-labelledby="settings-theme"
          className={classes.control}
          disabled={status.readOnly}
          value={settings.colorScheme}
          onChange={(value) => change({ colorScheme: value as ColorScheme })}
          data={COLOR_SCHEMES.map((scheme) => ({ value: scheme, label: t(`settings.theme.${scheme}`) }))}
        />
      </SettingsSection>

      <RemindersSection />

      <DataSection />

      <SettingsSection id="settings-about" title={t('settings.about.title')}>
        <dl className={classes.about}>
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="settings-version">{status.version}</dd>
          <dt>{t('settings.about.dataFolder')}</dt>
          <dd>
            <Code className={classes.path} data-testid="settings-data-folder">
              {status.dataDirectory}
            </Code>
            <Text size="sm" mt={4}>
              {t('settings.about.dataFolderHelp')}
            </Text>
          </dd>
        </dl>
      </SettingsSection>

      <SettingsSection id="settings-sources" title={t('settings.sources.title')}>
        <Text size="sm">{t('settings.sources.intro')}</Text>
        <Text data-testid="onet-attribution">{t('settings.sources.onet')}</Text>
      </SettingsSection>
    </Stack>
  );
}
