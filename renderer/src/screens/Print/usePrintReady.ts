import { useEffect } from 'react';

export type PrintReadyState = 'true' | 'missing';

/**
 * The signal main (main/print/printPlan.ts) and the browser tests wait for before printing:
 * document.body.dataset.printReady, set once the fonts are loaded and the page has painted with
 * its data ('missing' when the plan does not exist). The footer label travels the same way so
 * main can print "Page N of M" in the person's language without a dictionary of its own.
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
        if (!cancelled) body.dataset.printReady = state;
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
