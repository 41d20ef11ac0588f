import { renderHook, waitFor } from '@testing-library/react';
import type { PrintBridge } from '../../../../preload/print-bridge';
import { usePrintReady } from '../../../../renderer/src/screens/Print/usePrintReady';

afterEach(() => {
  delete window.skillgapPrint;
});

function fakePrintBridge() {
  const ready = vi.fn<PrintBridge['ready']>(async () => undefined);
  window.skillgapPrint = { ready };
  return ready;
}

describe('usePrintReady', () => {
  it('tells the print window it is ready, with the footer label, once the page is painted', async () => {
    const ready = fakePrintBridge();
    renderHook(() => usePrintReady('true', 'Page {page} sur {total}', 'Plan'));
    await waitFor(() => expect(ready).toHaveBeenCalledOnce());
    expect(ready).toHaveBeenCalledWith({ state: 'ready', footerLabel: 'Page {page} sur {total}' });
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('tells it when the plan is missing', async () => {
    const ready = fakePrintBridge();
    renderHook(() => usePrintReady('missing', 'Page {page} of {total}', 'Plan'));
    await waitFor(() => expect(ready).toHaveBeenCalledWith({ state: 'missing', footerLabel: 'Page {page} of {total}' }));
  });

  it('does not signal a page that went away before it was painted', async () => {
    const ready = fakePrintBridge();
    const { unmount } = renderHook(() => usePrintReady('true', 'Page {page} of {total}', 'Plan'));
    unmount();
    // The next painted frame after the one the hook waited for: by then it would have signalled.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    expect(ready).not.toHaveBeenCalled();
    expect(document.body.dataset.printReady).toBeUndefined();
  });

  it('still sets the page flag the browser tests read when there is no print bridge', async () => {
    renderHook(() => usePrintReady('true', 'Page {page} of {total}', 'Plan'));
    await waitFor(() => expect(document.body.dataset.printReady).toBe('true'));
    expect(document.body.dataset.printFooter).toBe('Page {page} of {total}');
  });
});
