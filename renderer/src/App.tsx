import { Alert, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { AppLayout } from './components/AppLayout/AppLayout';
import { AppDataProvider, loadAppData, useAppData, type LoadState } from './data/AppDataProvider';
import { I18nProvider, translate } from './i18n';
import { useRoute } from './routing';
import { SCREENS } from './screens/registry';
import { cssVariablesResolver, theme } from './theme';

function Screens() {
  const route = useRoute();
  const { data } = useAppData();
  const onboarding = SCREENS.find((screen) => screen.segment === 'onboarding');
  const needsOnboarding = data.profile === null && onboarding !== undefined;
  const requested = SCREENS.find((screen) => screen.segment === route.segments[0]);
  const home = SCREENS.find((screen) => screen.segment !== 'onboarding');
  const screen = needsOnboarding ? onboarding : requested && requested.segment !== 'onboarding' ? requested : home;
  if (!screen) return null;
  const Screen = screen.component;
  return (
    <AppLayout activeSegment={screen.segment} withNavigation={!needsOnboarding}>
      <Screen route={route} />
    </AppLayout>
  );
}

function Themed() {
  const { data } = useAppData();
  const { colorScheme, locale } = data.settings;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      forceColorScheme={colorScheme === 'auto' ? undefined : colorScheme}
    >
      <Notifications position="bottom-right" />
      <I18nProvider locale={locale}>
        <Screens />
      </I18nProvider>
    </MantineProvider>
  );
}

export function App() {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  useEffect(() => {
    loadAppData().then(setState, (error: unknown) =>
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
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
        {state.kind === 'loading' ? (
          <Stack align="center">
            <Loader aria-label={translate('en', 'app.loading')} />
            <Text c="dimmed">{translate('en', 'app.loading')}</Text>
          </Stack>
        ) : (
          <Alert color="red" maw={520} role="alert">
            {translate('en', 'app.loadFailed', { message: state.message })}
          </Alert>
        )}
      </Center>
    </MantineProvider>
  );
}
