/** The hidden print window, driven with a fake Electron: options, ready wait, PDF, timeout, clean-up. */
const electron = vi.hoisted(() => ({
  windows: [] as unknown[],
  /** What executeJavaScript answers, call after call (the last one repeats). */
  flags: [] as unknown[],
  printToPdfError: null as Error | null,
  loadError: null as Error | null,
  printOutcome: { success: true, reason: '' },
}));

vi.mock('electron', () => {
  class FakeWebContents {
    calls = 0;
    destroyed = false;
    isDestroyed = () => this.destroyed;
    executeJavaScript = vi.fn(async () => {
      const flags = electron.flags;
      const flag = flags[Math.min(this.calls, flags.length - 1)];
      this.calls += 1;
      if (flag instanceof Error) throw flag;
      return flag;
    });
    printToPDF = vi.fn(async () => {
      if (electron.printToPdfError) throw electron.printToPdfError;
      return Buffer.from('%PDF-1.7 fake');
    });
    print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => {
      callback(electron.printOutcome.success, electron.printOutcome.reason);
    });
  }
  class FakeBrowserWindow {
    readonly options: unknown;
    readonly webContents = new FakeWebContents();
    destroyed = false;
    loadURL = vi.fn(() => (electron.loadError ? Promise.reject(electron.loadError) : Promise.resolve()));
    loadFile = vi.fn(() => (electron.loadError ? Promise.reject(electron.loadError) : Promise.resolve()));
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => {
      this.destroyed = true;
      this.webContents.destroyed = true;
    });
    constructor(options: unknown) {
      this.options = options;
      electron.windows.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: true } };
});

import type { BrowserWindowConstructorOptions } from 'electron';
import { createPlanPrinter, PRINT_WINDOW_FRAME } from '../../../main/print/printPlan';

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  webContents: {
    executeJavaScript: ReturnType<typeof vi.fn>;
    printToPDF: ReturnType<typeof vi.fn>;
    print: ReturnType<typeof vi.fn>;
  };
  loadURL: ReturnType<typeof vi.fn>;
  loadFile: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
}

const PRELOAD = '/opt/Skillgap/out/preload/index.cjs';
const APP_TARGET = { kind: 'url' as const, url: 'app://skillgap/index.html' };
const READY = { ready: 'true', footer: 'Page {page} sur {total}' };
const lastWindow = () => electron.windows.at(-1) as FakeWindow;

function printer(overrides: { timeoutMs?: number } = {}) {
  return createPlanPrinter({ preloadPath: PRELOAD, target: APP_TARGET, pollIntervalMs: 1, timeoutMs: 2_000, ...overrides });
}

beforeEach(() => {
  electron.windows.length = 0;
  electron.flags = [READY];
  electron.printToPdfError = null;
  electron.loadError = null;
  electron.printOutcome = { success: true, reason: '' };
});

describe('the print window', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['backgroundThrottling', false],
  ])('sets webPreferences.%s to %s', async (key, value) => {
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect((lastWindow().options.webPreferences as Record<string, unknown>)[key]).toBe(value);
  });

  it('is hidden, light, off the taskbar, and uses the app preload', async () => {
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    const { webPreferences, ...frame } = lastWindow().options;
    expect(frame).toEqual(PRINT_WINDOW_FRAME);
    expect(PRINT_WINDOW_FRAME).toMatchObject({ show: false, skipTaskbar: true, backgroundColor: '#ffffff' });
    expect(webPreferences?.preload).toBe(PRELOAD);
  });
});

describe('createPlanPrinter().pdf', () => {
  it('loads the print route, waits for the ready flag, then prints with the chosen page size', async () => {
    electron.flags = [new Error('no document yet'), { ready: '', footer: '' }, READY];
    const result = await printer().pdf({ planId: 'plan-switch', paperSize: 'letter' });
    expect(result.ok && Buffer.from(result.value).toString()).toBe('%PDF-1.7 fake');
    const window = lastWindow();
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://skillgap/index.html#/print/plan-switch?paper=letter');
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    const [options] = window.webContents.printToPDF.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({ pageSize: 'Letter', printBackground: true, displayHeaderFooter: true });
    expect(options.footerTemplate).toContain('Page <span class="pageNumber"></span> sur <span class="totalPages"></span>');
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('prints A4 for a4 and loads a file target with the route as its hash', async () => {
    const filePrinter = createPlanPrinter({
      preloadPath: PRELOAD,
      target: { kind: 'file', path: '/opt/Skillgap/out/renderer/index.html' },
      pollIntervalMs: 1,
    });
    expect((await filePrinter.pdf({ planId: 'plan-switch', paperSize: 'a4' })).ok).toBe(true);
    const window = lastWindow();
    expect(window.loadFile).toHaveBeenCalledWith('/opt/Skillgap/out/renderer/index.html', { hash: '/print/plan-switch?paper=a4' });
    expect(window.webContents.printToPDF.mock.calls[0][0]).toMatchObject({ pageSize: 'A4' });
  });

  it('never calls printToPDF before the page is ready', async () => {
    electron.flags = [{ ready: '', footer: '' }];
    const result = await printer({ timeoutMs: 60 }).pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('answers not-found when the page says the plan is missing', async () => {
    electron.flags = [{ ready: 'missing', footer: '' }];
    expect(await printer().pdf({ planId: 'plan-gone', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window in finally when printToPDF fails, and answers io-failure', async () => {
    electron.printToPdfError = new Error('renderer crashed');
    const result = await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(!result.ok && result.error.message).toContain('renderer crashed');
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window when the page does not load', async () => {
    electron.loadError = new Error('ERR_FILE_NOT_FOUND');
    expect(await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('stops polling after a timeout', async () => {
    electron.flags = [{ ready: '', footer: '' }];
    await printer({ timeoutMs: 30 }).pdf({ planId: 'plan-switch', paperSize: 'a4' });
    const calls = lastWindow().webContents.executeJavaScript.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(lastWindow().webContents.executeJavaScript.mock.calls.length).toBeLessThanOrEqual(calls + 1);
  });
});

describe('createPlanPrinter().print', () => {
  it('opens the system print dialog on the ready page and destroys the window after', async () => {
    expect(await printer().print({ planId: 'plan-switch', paperSize: 'a4' })).toEqual({ ok: true, value: null });
    const window = lastWindow();
    expect(window.webContents.print.mock.calls[0][0]).toMatchObject({ silent: false, printBackground: true, pageSize: 'A4' });
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('answers cancelled when the person cancels the dialog', async () => {
    electron.printOutcome = { success: false, reason: 'cancelled' };
    expect(await printer().print({ planId: 'plan-switch', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('answers io-failure when printing fails', async () => {
    electron.printOutcome = { success: false, reason: 'failed' };
    expect(await printer().print({ planId: 'plan-switch', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'io-failure' } });
  });
});
