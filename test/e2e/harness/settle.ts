import type { Page } from 'playwright-core';

/**
 * Waits until no CSS transition or animation is running and fonts are ready, so axe's colour
 * checks and the screenshots see the screen as it rests, not halfway through a fade.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.fonts.status === 'loaded' && document.getAnimations().every((animation) => animation.playState !== 'running'),
    undefined,
    { timeout: 30_000 },
  );
}
