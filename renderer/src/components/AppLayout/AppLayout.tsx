import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { memo, type ReactNode } from 'react';
import { hasMessage, useI18n } from '../../i18n';
import { SCREENS } from '../../screens/registry';
import { SaveStatus } from '../SaveStatus/SaveStatus';
import { StatusBanner } from '../StatusBanner/StatusBanner';
import classes from './AppLayout.module.css';

interface AppLayoutProps {
  activeSegment: string;
  /** Onboarding hides the navigation: there is nothing to navigate to yet. */
  withNavigation: boolean;
  children: ReactNode;
}

export const AppLayout = memo(function AppLayout({ activeSegment, withNavigation, children }: AppLayoutProps) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const sections = SCREENS.filter((screen) => hasMessage(`nav.${screen.segment}`));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={
        withNavigation ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined
      }
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {withNavigation && (
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            )}
            <Title order={1} className={classes.brand}>
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <SaveStatus />
        </Group>
      </AppShell.Header>
      {withNavigation && (
        <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
          {sections.map((screen) => {
            const key = `nav.${screen.segment}`;
            return (
              <NavLink
                key={screen.segment}
                href={`#/${screen.segment}`}
                label={hasMessage(key) ? t(key) : screen.segment}
                active={screen.segment === activeSegment}
                aria-current={screen.segment === activeSegment ? 'page' : undefined}
                onClick={close}
                className={classes.link}
              />
            );
          })}
        </AppShell.Navbar>
      )}
      <AppShell.Main className={classes.main}>
        <StatusBanner />
        {children}
      </AppShell.Main>
    </AppShell>
  );
});
