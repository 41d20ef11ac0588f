import { Alert, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { memo, Suspense, useEffect, useMemo, useState } from 'react';
import { AppLayout } from './components/AppLayout/AppLayout';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary/ScreenErrorBoundary';
import { AppDataProvider, loadAppData, useAppData, type LoadState } from './data/AppDataProvider';
import type { Locale } from '../../core';
import { lazyComponent } from './lazyComponent';
import { I18nProvider, isLoaded, loadMessages, translate, useI18n } from './i18n';
import { parseRoute, useRoute } from './routing';
import { prefetchScreens, SCREENS } from './screens/registry';
import { screenFor } from './screens/screenFor';
import { cssVariablesResolver, theme } from './theme';

const notificationsHost = lazyComponent(() => import('./components/NotificationsHost/NotificationsHost'), 'NotificationsHost');

function Screens() {
  const route = useRoute();
  const { data } = useAppData();
  const chosen = screenFor(route, data);
  const printing = chosen?.printing ?? false;
  const screen = chosen?.screen ?? null;
  // The paper has nowhere to go; onboarding and print are never opened from the navigation.
  useEffect(() => (printing ? undefined : prefetchScreens(['onboarding', 'print'])), [printing]);
  // The same element while the route and the screen stay: an edit re-renders the screen that reads
  // the data, not the frame and navigation around it (AppLayout is memoised).
  const view = useMemo(
    () =>
      screen && (
        <ScreenErrorBoundary key={screen.segment}>
          <Suspense fallback={<ScreenLoading />}>
            <screen.View route={route} />
          </Suspense>
        </ScreenErrorBoundary>
      ),
    [screen, route],
  );
  if (!chosen) return null;
  if (chosen.printing) return view;
  return (
    <AppLayout activeSegment={chosen.screen.segment} withNavigation={!chosen.needsOnboarding}>
      {view}
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
      <Suspense fallback={null}>
        <notificationsHost.View />
      </Suspense>
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
    const route = parseRoute(window.location.hash);
    // The screen the address names starts loading with the data (print, or a restored screen);
    // screenFor decides once the data says whether it is shown.
    SCREENS.find((screen) => screen.segment === route.segments[0])
      ?.load()
      .catch(() => undefined);
    const loadFirstScreen = async (loaded: LoadState): Promise<LoadState> => {
      // The first screen's chunk is in memory before the app shows, so no spinner stands in for it.
      const first = loaded.kind === 'ready' ? screenFor(route, loaded.data) : null;
      await first?.screen.load().catch(() => undefined);
      return loaded;
    };
    loadAppData()
      .then(loadFirstScreen)
      .then(setState, (error: unknown) =>
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
