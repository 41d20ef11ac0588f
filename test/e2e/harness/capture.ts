import { errors, type Page } from 'playwright-core';

/** Sections out of view skip painting (content-visibility: auto, the role page); a
 * full-page picture has them all in view at once, so it paints them all. */
const SHOW_ALL_SECTIONS = '* { content-visibility: visible !important; }';

/** A capture here takes under a second (0.9 s at most, all e2e files with the CPU loaded);
 * the bound leaves a stalled capture and its retry inside the 60 s a test may take. */
export const CAPTURE_ATTEMPT_TIMEOUT_MS = 30_000;
export const CAPTURE_ATTEMPTS = 2;

type Capturable = Pick<Page, 'screenshot'>;

/**
 * Writes a picture of the page for a person to look at. A capture waits for Chromium to
 * draw a frame, and once, in CI, none came within 30 s (the role page; every other capture
 * of the run under a second): a capture that times out is asked for again, once, so that a
 * lost frame does not fail the test that only wanted a picture. Any other error fails at once.
 */
export async function captureScreenshot(page: Capturable, path: string, fullPage: boolean): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.screenshot({
        path,
        fullPage,
        animations: 'disabled',
        caret: 'hide',
        style: SHOW_ALL_SECTIONS,
        timeout: CAPTURE_ATTEMPT_TIMEOUT_MS,
      });
      return;
    } catch (error) {
      if (!(error instanceof errors.TimeoutError) || attempt >= CAPTURE_ATTEMPTS) throw error;
    }
  }
}
