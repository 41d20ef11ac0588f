import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { NotificationsHost } from '../../renderer/src/components/NotificationsHost/NotificationsHost';
import { App } from '../../renderer/src/App';
import { AppDataProvider, loadAppData } from '../../renderer/src/data/AppDataProvider';
import { I18nProvider } from '../../renderer/src/i18n';
import { theme } from '../../renderer/src/theme';
import { createFakeBridge, type FakeBridge, type FakeBridgeOptions } from './fakeBridge';

/** Installs a fake bridge as window.skillgap and returns it. */
export function installFakeBridge(options: FakeBridgeOptions = {}): FakeBridge {
  const fake = createFakeBridge(options);
  window.skillgap = fake.bridge;
  return fake;
}

/** Renders a component inside the same providers as the app (theme, language, data). */
export async function renderWithProviders(
  ui: ReactElement,
  options: FakeBridgeOptions = {},
): Promise<RenderResult & { fake: FakeBridge }> {
  const fake = installFakeBridge(options);
  const initial = await loadAppData();
  if (initial.kind !== 'ready') throw new Error(`fake bridge failed to load: ${JSON.stringify(initial)}`);
  const result = render(
    <AppDataProvider initial={initial}>
      <MantineProvider theme={theme}>
        <NotificationsHost />
        <I18nProvider locale={initial.data.settings.locale}>{ui}</I18nProvider>
      </MantineProvider>
    </AppDataProvider>,
  );
  return { ...result, fake };
}

/** Renders the whole app at a route, as the person would open it. */
export async function renderApp(route = '/', options: FakeBridgeOptions = {}) {
  const fake = installFakeBridge(options);
  window.location.hash = route;
  const result = render(<App />);
  await waitFor(() => expect(screen.queryByText(/Loading your data/)).not.toBeInTheDocument());
  // Each screen is its own chunk (renderer/src/screens/registry.tsx): wait until it has loaded.
  await waitFor(() => expect(screen.queryByTestId('screen-loading')).not.toBeInTheDocument());
  // On a busy machine the check above can pass before the fallback is even shown: wait for the
  // screen's own title as well (every screen has one; print has its h1, or says it is ready without a plan).
  // The brand in the header is an h1 too, and is there before any screen: it does not count.
  const shown = () =>
    [...document.querySelectorAll('h1, h2')].some((heading) => heading.closest('header') === null) || document.body.dataset.printReady !== undefined;
  await waitFor(() => expect(shown()).toBe(true), { timeout: 10_000 });
  return { ...result, fake };
}
