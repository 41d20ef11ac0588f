import { errors, type Locator, type Page } from 'playwright-core';

/** Sections out of view skip painting (content-visibility: auto, the role page); a
 * full-page picture has them all in view at once, so it paints them all. */
const SHOW_ALL_SECTIONS = '* { content-visibility: visible !important; }';

/** A capture here takes under a second (0.9 s at most, all e2e files with the CPU loaded);
 * the bound leaves a stalled capture and its retry inside the 60 s a test may take. */
export const CAPTURE_ATTEMPT_TIMEOUT_MS = 30_000;
export const CAPTURE_ATTEMPTS = 2;

/** What every capture asks: sections painted, animations stopped, no caret, its own bound. */
const CAPTURE_OPTIONS = {
  animations: 'disabled',
  caret: 'hide',
  style: SHOW_ALL_SECTIONS,
  timeout: CAPTURE_ATTEMPT_TIMEOUT_MS,
} as const;

/**
 * A capture waits for Chromium to draw a frame, and once, in CI, none came within 30 s (the role
 * page; every other capture of the run under a second): a capture that times out is asked for
 * again, once, so that a lost frame does not fail the test that only wanted a picture. Any other
 * error fails at once.
 */
async function askingAgainOnTimeout(capture: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await capture();
      return;
    } catch (error) {
      if (!(error instanceof errors.TimeoutError) || attempt >= CAPTURE_ATTEMPTS) throw error;
    }
  }
}

/** Writes a picture of the page (or of the window only) for a person to look at. */
export function captureScreenshot(page: Pick<Page, 'screenshot'>, path: string, fullPage: boolean): Promise<void> {
  return askingAgainOnTimeout(() => page.screenshot({ ...CAPTURE_OPTIONS, path, fullPage }));
}

/** Writes a picture of one part of the page, such as a section of a long screen. */
export function captureElement(element: Pick<Locator, 'screenshot'>, path: string): Promise<void> {
  return askingAgainOnTimeout(() => element.screenshot({ ...CAPTURE_OPTIONS, path }));
}
