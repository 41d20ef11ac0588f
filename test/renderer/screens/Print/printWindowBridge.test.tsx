/**
 * The print route as the hidden print window runs it: window.skillgap holds only the reads of
 * the print preload (preload/print-bridge.ts), and window.skillgapPrint carries the ready signal.
 * If the renderer's start-up ever needs another channel, this fails here rather than as a print
 * that times out in the app.
 */
import { render, screen, waitFor } from '@testing-library/react';
import type { SkillgapBridge } from '../../../../preload/channels';
import { PRINT_READ_CHANNELS, type PrintBridge } from '../../../../preload/print-bridge';
import { App } from '../../../../renderer/src/App';
import { createFakeBridge } from '../../fakeBridge';
import { printPlan, printProfile, printProgress } from './printFixtures';

afterEach(() => {
  delete window.skillgap;
  delete window.skillgapPrint;
});

function installPrintWindowBridges(asked: string[]) {
  const plan = printPlan();
  const { bridge } = createFakeBridge({
    data: { profile: printProfile, plans: [plan], activePlanId: plan.id, progress: printProgress(plan) },
  });
  const reads = Object.fromEntries(
    PRINT_READ_CHANNELS.map((channel) => [channel, () => (bridge[channel] as () => Promise<unknown>)()]),
  );
  // Any other channel is recorded, as main would refuse it from this window.
  window.skillgap = new Proxy(reads, {
    get: (target, key) => {
      if (typeof key === 'string' && !(key in target)) asked.push(key);
      return Reflect.get(target, key);
    },
  }) as unknown as SkillgapBridge;
  const ready = vi.fn<PrintBridge['ready']>(async () => undefined);
  window.skillgapPrint = { ready };
  return { plan, ready };
}

describe('the print route in the print window', () => {
  it('lays the plan out and signals ready with only the print bridge', async () => {
    const asked: string[] = [];
    const { plan, ready } = installPrintWindowBridges(asked);
    window.location.hash = `/print/${plan.id}?paper=a4`;
    render(<App />);
    await waitFor(() => expect(ready).toHaveBeenCalledWith({ state: 'ready', footerLabel: 'Page {page} of {total}' }));
    expect(screen.getByTestId('print-person')).toHaveTextContent('Léa Fontaine');
    expect(asked).toEqual([]);
  });

  it('signals a missing plan the same way', async () => {
    const asked: string[] = [];
    const { ready } = installPrintWindowBridges(asked);
    window.location.hash = '/print/plan-gone?paper=a4';
    render(<App />);
    await waitFor(() => expect(ready).toHaveBeenCalledWith({ state: 'missing', footerLabel: 'Page {page} of {total}' }));
    expect(asked).toEqual([]);
  });
});
