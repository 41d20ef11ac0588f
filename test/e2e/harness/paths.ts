import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so the tests run from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** What `npx electron-vite build` writes for the renderer; the browser tests load it as built. */
export const RENDERER_OUT_DIRECTORY = resolve(REPO_ROOT, 'out', 'renderer');

/** Screenshots the tests take, for a person to look at (git-ignored with test-results/). */
export const SCREENSHOT_DIRECTORY = resolve(REPO_ROOT, 'test-results', 'screens');

/** axe reports of the screens that have violations, one JSON file per screen. */
export const A11Y_REPORT_DIRECTORY = resolve(REPO_ROOT, 'test-results', 'a11y');

/** Debian's Chromium; playwright-core drives it, no browser is ever downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
