import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Locale, Settings, StoreData } from '../../../core';
import { createChannelHandlers } from '../../../main/ipc/handlers';
import { createSkillgapService, type SkillgapService } from '../../../main/service/service';
import { STORE_FILE_NAME } from '../../../main/store/names';
import { installBridge, type BridgeCall, type ChannelHandlerTable } from './bridge';
import { captureScreenshot } from './capture';
import { builtinCatalog } from './catalog';
import { recordNetworkAndCsp, type PageObservations } from './observers';
import { SCREENSHOT_DIRECTORY } from './paths';
import { sharedBrowser } from './shared';

export interface HarnessOptions {
  /** Reuse a data directory (restart and recovery tests); a fresh temp one otherwise. */
  dataDirectory?: string;
  /** Saved in the settings through the real channel before the page loads. */
  locale?: Locale;
  /** Saved in the settings before the page loads; without it the app follows the emulated system scheme. */
  colorScheme?: Settings['colorScheme'];
  /** "Now" for both the page (Playwright clock) and the service; time then flows from it. */
  now?: Date;
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  dataDirectory: string;
  storePath: string;
  /** The local server's origin, http://127.0.0.1:<port>. */
  origin: string;
  /** URLs the app asked the system browser to open (the fake openInBrowser records them). */
  openedUrls: string[];
  /** Every request the page made through window.skillgap, in order, with the service's answer. */
  calls: BridgeCall[];
  observations: PageObservations;
  /** The service the page talks to now (a new one after restart()). */
  service: () => SkillgapService;
  /** Loads the app at a hash route ('/profile') and waits until the app shell is up. */
  openApp: (route?: string) => Promise<void>;
  /** Goes to another route inside the running app, without reloading. */
  goTo: (route: string) => Promise<void>;
  /** Flushes and closes the service, opens a new one on the same directory, reloads the page. */
  restart: () => Promise<void>;
  /**
   * PNG at test-results/screens/<name>.png; returns the path. Full page by default; a fixed
   * layer (modal, navbar, notifications) only covers the first viewport in a full-page shot, so
   * pass { fullPage: false } for modals.
   */
  screenshot: (name: string, options?: { fullPage?: boolean }) => Promise<string>;
  /** Saves the setting through the settings channel, then reloads so the app reads it. */
  setTheme: (colorScheme: Settings['colorScheme']) => Promise<void>;
  setLocale: (locale: Locale) => Promise<void>;
  /** The store file as it is on disk now, parsed (no flush: tests see what the app really wrote). */
  readStoreFile: () => Promise<StoreData>;
  /** Closes the page's context and the service; removes the temp directory unless it was given. */
  close: () => Promise<void>;
}

const APP_VERSION = '0.1.0';
/** Short so tests stay fast, non-zero so the service's merged-write path is the one exercised. */
const WRITE_DELAY_MS = 50;
const VIEWPORT = { width: 1280, height: 860 };

const openHarnesses = new Set<Harness>();

/** The app shell is up once the header's h1 is there (the loading screen has none). */
async function waitForAppShell(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { browser, server } = await sharedBrowser();
  const ownsDirectory = options.dataDirectory === undefined;
  const dataDirectory = options.dataDirectory ?? (await mkdtemp(join(tmpdir(), 'skillgap-e2e-')));
  await mkdir(dataDirectory, { recursive: true });

  // The service's clock starts at `now` and runs at real speed, like the page's.
  const startedAt = Date.now();
  const start = options.now;
  const serviceNow = start ? () => new Date(start.getTime() + (Date.now() - startedAt)) : () => new Date();
  const openedUrls: string[] = [];
  const createService = () =>
    createSkillgapService({
      dataDirectory,
      builtinCatalog,
      appVersion: APP_VERSION,
      now: serviceNow,
      writeDelayMs: WRITE_DELAY_MS,
    });
  const createHandlers = (forService: SkillgapService): ChannelHandlerTable =>
    createChannelHandlers(forService, {
      openInBrowser: async (url: string) => {
        openedUrls.push(url);
      },
    });

  let service = await createService();
  let handlers = createHandlers(service);

  const saveSettings = async (change: Partial<Settings>) => {
    const loaded = await handlers['store:load']([]);
    if (!loaded.ok) throw new Error(`store:load failed: ${loaded.error.message}`);
    const settings = { ...(loaded.value as StoreData).settings, ...change };
    const saved = await handlers['settings:save']([settings]);
    if (!saved.ok) throw new Error(`settings:save failed: ${saved.error.message}`);
  };
  if (options.locale || options.colorScheme) {
    await saveSettings({
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    });
  }

  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: options.locale === 'fr' ? 'fr-FR' : 'en-GB',
    timezoneId: 'UTC',
    colorScheme: options.colorScheme === 'dark' ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  if (options.now) await context.clock.setSystemTime(options.now);
  const page = await context.newPage();
  const observations = await recordNetworkAndCsp(page, server.origin);
  const calls: BridgeCall[] = [];
  await installBridge(page, () => handlers, (call) => calls.push(call));

  const openApp = async (route = '/') => {
    await page.goto(`${server.origin}/#${route}`);
    await waitForAppShell(page);
  };
  const reloadIfOpen = async () => {
    if (page.url().startsWith(server.origin)) {
      await page.reload();
      await waitForAppShell(page);
    }
  };

  let closed = false;
  const harness: Harness = {
    page,
    context,
    dataDirectory,
    storePath: join(dataDirectory, STORE_FILE_NAME),
    origin: server.origin,
    openedUrls,
    calls,
    observations,
    service: () => service,
    openApp,
    goTo: async (route) => {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, route);
      await waitForAppShell(page);
    },
    restart: async () => {
      await service.flush();
      await service.close();
      service = await createService();
      handlers = createHandlers(service);
      await reloadIfOpen();
    },
    screenshot: async (name, { fullPage = true } = {}) => {
      await mkdir(SCREENSHOT_DIRECTORY, { recursive: true });
      const path = join(SCREENSHOT_DIRECTORY, `${name}.png`);
      await captureScreenshot(page, path, fullPage);
      return path;
    },
    setTheme: async (colorScheme) => {
      await saveSettings({ colorScheme });
      await page.emulateMedia({ colorScheme: colorScheme === 'dark' ? 'dark' : 'light' });
      await reloadIfOpen();
    },
    setLocale: async (locale) => {
      await saveSettings({ locale });
      await reloadIfOpen();
    },
    readStoreFile: async () => {
      return JSON.parse(await readFile(join(dataDirectory, STORE_FILE_NAME), 'utf8')) as StoreData;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      openHarnesses.delete(harness);
      await context.close();
      await service.flush().catch(() => undefined);
      await service.close();
      if (ownsDirectory) await rm(dataDirectory, { recursive: true, force: true });
    },
  };
  openHarnesses.add(harness);
  return harness;
}

/** For afterEach: closes every harness a test left open. */
export async function closeOpenHarnesses(): Promise<void> {
  for (const harness of [...openHarnesses]) await harness.close();
}
