import { useEffect } from 'react';
import type { PrintBridge } from '../../../../preload/print-bridge';

declare global {
  interface Window {
    /** Only in the hidden print window (preload/print.ts); the main window and browsers lack it. */
    skillgapPrint?: PrintBridge;
  }
}

export type PrintReadyState = 'true' | 'missing';

/**
 * The signal that the page can be printed, once the fonts are loaded and the page has painted
 * with its data ('missing' when the plan does not exist). Main's hidden print window hears it as
 * window.skillgapPrint.ready (main/print/printPlan.ts); the browser tests, which have no Electron,
 * wait for document.body.dataset.printReady instead. The footer label travels both ways so main
 * can print "Page N of M" in the person's language without a dictionary of its own.
 */
export function usePrintReady(state: PrintReadyState, footerLabel: string, documentTitle: string): void {
  useEffect(() => {
    const body = document.body;
    const previousTitle = document.title;
    let cancelled = false;
    document.title = documentTitle;
    body.dataset.printFooter = footerLabel;
    const fonts = (document as Document & { fonts?: { ready: Promise<unknown> } }).fonts;
    void (fonts?.ready ?? Promise.resolve()).then(() => {
      // One frame later the layout with those fonts has been painted.
      requestAnimationFrame(() => {
        if (cancelled) return;
        body.dataset.printReady = state;
        // A failed signal leaves main's timeout to report it: there is no one here to tell.
        window.skillgapPrint?.ready({ state: state === 'true' ? 'ready' : 'missing', footerLabel }).catch(() => undefined);
      });
    });
    return () => {
      cancelled = true;
      delete body.dataset.printReady;
      delete body.dataset.printFooter;
      document.title = previousTitle;
    };
  }, [state, footerLabel, documentTitle]);
}
