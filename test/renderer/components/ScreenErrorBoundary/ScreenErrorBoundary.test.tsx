import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isMissingCode, ScreenErrorBoundary } from '../../../../renderer/src/components/ScreenErrorBoundary/ScreenErrorBoundary';
import { lazyComponent } from '../../../../renderer/src/lazyComponent';
import { renderWithProviders } from '../../render';

let broken = false;

/** Throws for as long as `broken` is set. */
function Fragile() {
  if (broken) throw new Error('the chunk could not be read');
  return <h2>Plan</h2>;
}

beforeEach(() => {
  // React reports a caught render error on the console too; the test reads the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  broken = false;
});

describe('ScreenErrorBoundary', () => {
  it('says the screen could not be shown, with what went wrong, instead of a blank window', async () => {
    broken = true;
    await renderWithProviders(
      <>
        <nav>Navigation</nav>
        <ScreenErrorBoundary>
          <Fragile />
        </ScreenErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This screen could not be shown');
    expect(alert).toHaveTextContent('the chunk could not be read');
    expect(alert).toHaveTextContent('What you saved is safe');
    expect(screen.getByText('Navigation')).toBeInTheDocument();
  });

  it('draws the screen again on "Try again"', async () => {
    broken = true;
    await renderWithProviders(
      <ScreenErrorBoundary>
        <Fragile />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Plan' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a part whose chunk is missing as failed, without fetching it over and over, and fetches it again on "Try again"', async () => {
    const missing = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/Settings-1.js');
    let arrive = () => undefined as void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const importModule = vi
      .fn()
      .mockRejectedValueOnce(missing)
      .mockReturnValueOnce(arrived.then(() => ({ Settings: () => <h2>Settings</h2> })));
    const settings = lazyComponent(importModule, 'Settings');
    // Fetched ahead, as App does for the first screen; the view waits on the same fetch.
    const fetching = settings.load().catch(() => undefined);
    // React 19 goes on after a suspension only inside an awaited act.
    await act(async () => {
      await renderWithProviders(
        <ScreenErrorBoundary>
          <Suspense fallback={<p>Loading</p>}>
            <settings.View />
          </Suspense>
        </ScreenErrorBoundary>,
      );
      await fetching;
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be read');
    expect(importModule).toHaveBeenCalledTimes(1);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      arrive();
      await settings.load();
    });
    expect(importModule).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });

  it('tells of missing app files rather than showing the address of a chunk that could not be fetched', () => {
    expect(isMissingCode(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/Plan-1.js'))).toBe(true);
    expect(isMissingCode(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isMissingCode(new Error('the chunk could not be read'))).toBe(false);
  });

  it('says it in French', async () => {
    broken = true;
    await renderWithProviders(
      <ScreenErrorBoundary>
        <Fragile />
      </ScreenErrorBoundary>,
      { data: { settings: { locale: 'fr', colorScheme: 'light' } } },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Cet écran n’a pas pu s’afficher');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
