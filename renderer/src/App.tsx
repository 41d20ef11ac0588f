import { Alert, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { memo, Suspense, useEffect, useState } from 'react';
import { AppLayout } from './components/AppLayout/AppLayout';
import { AppDataProvider, loadAppData, useAppData, type LoadState } from './data/AppDataProvider';
import type { Locale } from '../../core';
import { I18nProvider, isLoaded, loadMessages, translate, useI18n } from './i18n';
import { useRoute } from './routing';
import { SCREENS } from './screens/registry';
import { cssVariablesResolver, theme } from './theme';

function Screens() {
  const route = useRoute();
  const { data } = useAppData();
  const onboarding = SCREENS.find((screen) => screen.segment === 'onboarding');
  const needsOnboarding = data.profile === null && onboarding !== undefined;
  const requested = SCREENS.find((screen) => screen.segment === route.segments[0]);
  // "This week" is the home once there is a week to show; before that, the profile.
  const hasActivePlan = data.plans.some((plan) => plan.id === data.activePlanId);
  const home = SCREENS.find((screen) => screen.segment !== 'onboarding' && (hasActivePlan || screen.segment !== 'week'));
  const screen = needsOnboarding ? onboarding : requested && requested.segment !== 'onboarding' ? requested : home;
  if (!screen) return null;
  const Screen = screen.component;
  // The print route (#/print/<planId>) is a sheet of paper, not a screen: no header, no navigation.
  if (requested?.segment === 'print') {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <requested.component route={route} />
      </Suspense>
    );
  }
  return (
    <AppLayout activeSegment={screen.segment} withNavigation={!needsOnboarding}>
      <Suspense fallback={<ScreenLoading />}>
        <Screen route={route} />
      </Suspense>
    </AppLayout>
  );
}

/** Shown for the moment a screen's chunk loads, the first time it is opened. */
function ScreenLoading() {
  const { t } = useI18n();
  return (
    <Center py="xl" data-testid="screen-loading">
      <Loader aria-label={t('app.screenLoading')} />
    </Center>
  );
}

function Themed() {
  const { data } = useAppData();
  const { colorScheme, locale } = data.settings;
  // Paper is white: the print route is always light, whatever the person's appearance setting.
  const printing = useRoute().segments[0] === 'print';
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <ThemedShell locale={locale} forceColorScheme={printing ? 'light' : colorScheme === 'auto' ? undefined : colorScheme} />;
}

/**
 * Re-renders only when the appearance or the language changes. MantineProvider hands every
 * Mantine component a new context object each time it renders, so rendering it again on each
 * profile edit would redraw every component on screen, memoised ones included.
 */
const ThemedShell = memo(function ThemedShell({
  locale,
  forceColorScheme,
}: {
  locale: Locale;
  forceColorScheme: 'light' | 'dark' | undefined;
}) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      forceColorScheme={forceColorScheme}
    >
      <Notifications position="bottom-right" />
      <I18nProvider locale={locale}>
        <Screens />
      </I18nProvider>
    </MantineProvider>
  );
});

export function App() {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  // Until the data tells the person's language, the loading and failure texts are in the system's.
  const [shellLocale, setShellLocale] = useState<Locale | null>(null);
  useEffect(() => {
    const locale: Locale = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    const shellReady = loadMessages(locale).then(() => setShellLocale(locale));
    loadAppData().then(setState, (error: unknown) =>
      shellReady.then(() => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })),
    );
  }, []);

  if (state.kind === 'ready') {
    return (
      <AppDataProvider initial={state}>
        <Themed />
      </AppDataProvider>
    );
  }
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Center h="100vh">
        {state.kind === 'loading' || !shellLocale || !isLoaded(shellLocale) ? (
          <Stack align="center">
            <Loader aria-label={shellLocale ? translate(shellLocale, 'app.loading') : undefined} />
            {shellLocale && <Text c="dimmed">{translate(shellLocale, 'app.loading')}</Text>}
          </Stack>
        ) : (
          <Alert color="red" maw={520} role="alert">
            {translate(shellLocale, 'app.loadFailed', { message: state.message })}
          </Alert>
        )}
      </Center>
    </MantineProvider>
  );
}
