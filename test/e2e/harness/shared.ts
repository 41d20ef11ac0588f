import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, RENDERER_OUT_DIRECTORY } from './paths';
import { startStaticServer, type StaticServer } from './staticServer';

/** Flags measured to start Debian's Chromium headless here with nothing reaching the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

interface Shared {
  browser: Browser;
  server: StaticServer;
}

let shared: Promise<Shared> | null = null;

/**
 * One browser and one static server per test file (vitest gives each file its own module
 * state); every harness gets its own context from it.
 */
export function sharedBrowser(): Promise<Shared> {
  shared ??= (async () => {
    const server = await startStaticServer(RENDERER_OUT_DIRECTORY);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return { browser, server };
  })();
  return shared;
}

/** For afterAll: closes the browser and the server of this test file. */
export async function closeSharedBrowser(): Promise<void> {
  if (!shared) return;
  const current = shared;
  shared = null;
  const { browser, server } = await current;
  await browser.close();
  await server.close();
}
