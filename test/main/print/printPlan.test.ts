/**
 * The hidden print window, driven with a fake Electron: options, the print-only preload, the
 * ready signal over the window's own IPC, PDF, timeout, clean-up.
 */
type Listener = (...args: unknown[]) => void;
type ReadyHandler = (event: unknown, value: unknown) => unknown;

const electron = vi.hoisted(() => ({
  windows: [] as unknown[],
  /** What the page does while it loads; by default it says it is ready. */
  onLoad: null as ((contents: unknown) => void) | null,
  printToPdfError: null as Error | null,
  loadError: null as Error | null,
  printOutcome: { success: true, reason: '' },
  nextId: 1,
}));

vi.mock('electron', () => {
  class FakeWebContents {
    readonly id = electron.nextId++;
    destroyed = false;
    readonly mainFrame = { processId: 4, routingId: 1 };
    readonly handlers = new Map<string, ReadyHandler>();
    readonly listeners = new Map<string, Listener>();
    readonly ipc = {
      handle: vi.fn((channel: string, handler: ReadyHandler) => void this.handlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => void this.handlers.delete(channel)),
    };
    once = vi.fn((name: string, listener: Listener) => void this.listeners.set(name, listener));
    removeListener = vi.fn((name: string) => void this.listeners.delete(name));
    isDestroyed = () => this.destroyed;
    executeJavaScript = vi.fn(async () => ({}));
    printToPDF = vi.fn(async () => {
      if (electron.printToPdfError) throw electron.printToPdfError;
      return Buffer.from('%PDF-1.7 fake');
    });
    print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => {
      callback(electron.printOutcome.success, electron.printOutcome.reason);
    });
    /** The page calling window.skillgapPrint.ready, from the main frame unless told otherwise. */
    signal(value: unknown, senderFrame: unknown = this.mainFrame) {
      return this.handlers.get('print:ready')?.({ senderFrame, sender: this }, value);
    }
    emit(name: string, ...args: unknown[]) {
      this.listeners.get(name)?.(...args);
    }
  }
  class FakeBrowserWindow {
    readonly options: unknown;
    readonly webContents = new FakeWebContents();
    destroyed = false;
    private loading = () => {
      if (electron.loadError) return Promise.reject(electron.loadError);
      electron.onLoad?.(this.webContents);
      return Promise.resolve();
    };
    loadURL = vi.fn(this.loading);
    loadFile = vi.fn(this.loading);
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
import { createPrintWindowRegistry, printWindows } from '../../../main/print/printWindows';

interface FakeContents {
  id: number;
  destroyed: boolean;
  mainFrame: { processId: number; routingId: number };
  handlers: Map<string, ReadyHandler>;
  ipc: { handle: ReturnType<typeof vi.fn>; removeHandler: ReturnType<typeof vi.fn> };
  executeJavaScript: ReturnType<typeof vi.fn>;
  printToPDF: ReturnType<typeof vi.fn>;
  print: ReturnType<typeof vi.fn>;
  signal: (value: unknown, senderFrame?: unknown) => unknown;
  emit: (name: string, ...args: unknown[]) => void;
}

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  webContents: FakeContents;
  loadURL: ReturnType<typeof vi.fn>;
  loadFile: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
}

const PRINT_PRELOAD = '/opt/Skillgap/out/preload/print.cjs';
const APP_TARGET = { kind: 'url' as const, url: 'app://skillgap/index.html' };
const READY = { state: 'ready', footerLabel: 'Page {page} sur {total}' };
const lastWindow = () => electron.windows.at(-1) as FakeWindow;
const signalOnLoad = (value: unknown) => (contents: unknown) => void (contents as FakeContents).signal(value);

function printer(overrides: { timeoutMs?: number } = {}) {
  return createPlanPrinter({ preloadPath: PRINT_PRELOAD, target: APP_TARGET, timeoutMs: 2_000, ...overrides });
}

beforeEach(() => {
  electron.windows.length = 0;
  electron.onLoad = signalOnLoad(READY);
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

  it('is hidden, light, off the taskbar, and uses the print-only preload it is given', async () => {
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    const { webPreferences, ...frame } = lastWindow().options;
    expect(frame).toEqual(PRINT_WINDOW_FRAME);
    expect(PRINT_WINDOW_FRAME).toMatchObject({ show: false, skipTaskbar: true, backgroundColor: '#ffffff' });
    expect(webPreferences?.preload).toBe(PRINT_PRELOAD);
  });

  it('is a print window for the sender check from before it loads until it is destroyed', async () => {
    const registry = createPrintWindowRegistry();
    const seen: boolean[] = [];
    electron.onLoad = (contents) => {
      seen.push(registry.has(contents as FakeContents));
      (contents as FakeContents).signal(READY);
    };
    await createPlanPrinter({ preloadPath: PRINT_PRELOAD, target: APP_TARGET, registry }).pdf({ planId: 'p', paperSize: 'a4' });
    expect(seen).toEqual([true]);
    expect(registry.has(lastWindow().webContents)).toBe(false);
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('uses the app’s own registry when none is given', async () => {
    const seen: boolean[] = [];
    electron.onLoad = (contents) => {
      seen.push(printWindows.has(contents as FakeContents));
      (contents as FakeContents).signal(READY);
    };
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(seen).toEqual([true]);
    expect(printWindows.has(lastWindow().webContents)).toBe(false);
  });
});

describe('createPlanPrinter().pdf', () => {
  it('loads the print route, waits for the ready signal, then prints with its footer label', async () => {
    const result = await printer().pdf({ planId: 'plan-switch', paperSize: 'letter' });
    expect(result.ok && Buffer.from(result.value).toString()).toBe('%PDF-1.7 fake');
    const window = lastWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://skillgap/index.html#/print/plan-switch?paper=letter');
    expect(window.webContents.ipc.handle).toHaveBeenCalledWith('print:ready', expect.any(Function));
    const [options] = window.webContents.printToPDF.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({ pageSize: 'Letter', printBackground: true, displayHeaderFooter: true });
    expect(options.footerTemplate).toContain('Page <span class="pageNumber"></span> sur <span class="totalPages"></span>');
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('never polls the page', async () => {
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(lastWindow().webContents.executeJavaScript).not.toHaveBeenCalled();
  });

  it('waits for a signal that comes after the page has loaded', async () => {
    electron.onLoad = (contents) => void setImmediate(() => (contents as FakeContents).signal(READY));
    expect((await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' })).ok).toBe(true);
  });

  it('prints A4 for a4 and loads a file target with the route as its hash', async () => {
    const filePrinter = createPlanPrinter({
      preloadPath: PRINT_PRELOAD,
      target: { kind: 'file', path: '/opt/Skillgap/out/renderer/index.html' },
    });
    expect((await filePrinter.pdf({ planId: 'plan-switch', paperSize: 'a4' })).ok).toBe(true);
    const window = lastWindow();
    expect(window.loadFile).toHaveBeenCalledWith('/opt/Skillgap/out/renderer/index.html', { hash: '/print/plan-switch?paper=a4' });
    expect(window.webContents.printToPDF.mock.calls[0][0]).toMatchObject({ pageSize: 'A4' });
  });

  it('prints with the default footer when the page sends an empty label', async () => {
    electron.onLoad = signalOnLoad({ state: 'ready', footerLabel: '' });
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    const [options] = lastWindow().webContents.printToPDF.mock.calls[0] as [Record<string, unknown>];
    expect(options.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('never calls printToPDF before the page is ready, and times out', async () => {
    electron.onLoad = null;
    const result = await printer({ timeoutMs: 60 }).pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('ignores a signal from a sub-frame', async () => {
    electron.onLoad = (contents) => void (contents as FakeContents).signal(READY, { processId: 4, routingId: 2 });
    const result = await printer({ timeoutMs: 60 }).pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('answers not-found when the page says the plan is missing', async () => {
    electron.onLoad = signalOnLoad({ state: 'missing', footerLabel: '' });
    expect(await printer().pdf({ planId: 'plan-gone', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'not-found', problem: { key: 'problem.planMissing' } } });
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no object', 'ready'],
    ['an unknown state', { state: 'true', footerLabel: '' }],
    ['a label that is not text', { state: 'ready', footerLabel: 3 }],
    ['a label far too long', { state: 'ready', footerLabel: 'x'.repeat(5_000) }],
  ])('refuses a ready signal with %s, naming the problem', async (_name, value) => {
    electron.onLoad = signalOnLoad(value);
    const result = await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!result.ok && result.error.message).toMatch(/ready signal|footer label/);
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
  });

  it.each([
    ['its renderer crashes', (contents: FakeContents) => contents.emit('render-process-gone', {}, { reason: 'crashed' })],
    ['it is destroyed', (contents: FakeContents) => contents.emit('destroyed')],
  ])('answers io-failure at once, not after the timeout, when %s before the signal', async (name, happen) => {
    electron.onLoad = (contents) => happen(contents as FakeContents);
    const result = await printer({ timeoutMs: 60_000 }).pdf({ planId: 'plan-switch', paperSize: 'a4' });
    const key = name === 'it is destroyed' ? 'problem.printWindowClosed' : 'problem.printNotReady';
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failure', problem: { key } } });
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('stops listening once the job ends', async () => {
    await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(lastWindow().webContents.ipc.removeHandler).toHaveBeenCalledWith('print:ready');
  });

  it('destroys the window in finally when printToPDF fails, and answers io-failure', async () => {
    electron.printToPdfError = new Error('renderer crashed');
    const result = await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failure', problem: { key: 'problem.printFailed', values: { detail: 'renderer crashed' } } } });
    expect(!result.ok && result.error.message).toContain('renderer crashed');
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window when the page does not load', async () => {
    electron.loadError = new Error('ERR_FILE_NOT_FOUND');
    expect(await printer().pdf({ planId: 'plan-switch', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'io-failure', problem: { key: 'problem.printNotReady' } } });
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
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
    expect(await printer().print({ planId: 'plan-switch', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'io-failure', problem: { key: 'problem.printFailed' } } });
  });
});
