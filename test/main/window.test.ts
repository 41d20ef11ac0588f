import type { EventEmitter } from 'node:events';

const electron = vi.hoisted(() => {
  const created: unknown[] = [];
  return { created, nativeTheme: { shouldUseDarkColors: false }, loadError: null as Error | null };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    readonly options: unknown;
    show = vi.fn();
    loadURL = vi.fn(() => (electron.loadError ? Promise.reject(electron.loadError) : Promise.resolve()));
    loadFile = vi.fn(() => (electron.loadError ? Promise.reject(electron.loadError) : Promise.resolve()));
    constructor(options: unknown) {
      super();
      this.options = options;
      electron.created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, nativeTheme: electron.nativeTheme };
});

import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, createSecureWindow, mainWindowFrame, WINDOW_BACKGROUND } from '../../main/window';

interface FakeWindow extends EventEmitter {
  options: BrowserWindowConstructorOptions;
  show: ReturnType<typeof vi.fn>;
  loadURL: ReturnType<typeof vi.fn>;
  loadFile: ReturnType<typeof vi.fn>;
}

const PRELOAD = '/opt/Skillgap/out/preload/index.cjs';

function lastWindow(): FakeWindow {
  return electron.created.at(-1) as FakeWindow;
}

describe('createSecureWindow', () => {
  function webPreferencesOf(request: Partial<Parameters<typeof createSecureWindow>[0]> = {}) {
    createSecureWindow({ preloadPath: PRELOAD, frame: mainWindowFrame(), ...request });
    return lastWindow().options.webPreferences ?? {};
  }

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['disableBlinkFeatures', 'Auxclick'],
    ['spellcheck', false],
    ['backgroundThrottling', true],
  ] as const)('sets webPreferences.%s to %s', (flag, expected) => {
    expect(webPreferencesOf()[flag]).toBe(expected);
  });

  it('loads the CommonJS preload it is given', () => {
    expect(webPreferencesOf().preload).toBe(PRELOAD);
  });

  it('turns background throttling off only when asked (the hidden print window)', () => {
    expect(webPreferencesOf({ backgroundThrottling: false }).backgroundThrottling).toBe(false);
  });

  it('keeps its web preferences whatever the frame holds', () => {
    const sneaky = { ...mainWindowFrame(), webPreferences: { sandbox: false, contextIsolation: false } } as unknown as ReturnType<typeof mainWindowFrame>;
    const web = webPreferencesOf({ frame: sneaky });
    expect(web.sandbox).toBe(true);
    expect(web.contextIsolation).toBe(true);
  });

  it('sets no web preference beyond the reviewed list', () => {
    expect(Object.keys(webPreferencesOf()).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'backgroundThrottling',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('mainWindowFrame', () => {
  it('has a usable size, a minimum, a title and stays hidden until ready', () => {
    expect(mainWindowFrame()).toMatchObject({
      width: 1200,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      title: 'Skillgap',
      show: false,
    });
  });

  it('paints the background of the colour scheme in use', () => {
    expect(mainWindowFrame().backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(mainWindowFrame(true).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.created.length = 0;
    electron.nativeTheme.shouldUseDarkColors = false;
  });

  it('builds a secure window with the main frame', () => {
    createMainWindow({ preloadPath: PRELOAD, target: { kind: 'file', path: '/app/out/renderer/index.html' } });
    const { webPreferences, ...frame } = lastWindow().options;
    expect(frame).toEqual(mainWindowFrame());
    expect(webPreferences).toMatchObject({ preload: PRELOAD, sandbox: true, contextIsolation: true });
  });

  it('follows the system dark mode for its background', () => {
    electron.nativeTheme.shouldUseDarkColors = true;
    createMainWindow({ preloadPath: PRELOAD, target: { kind: 'file', path: '/app/out/renderer/index.html' } });
    expect(lastWindow().options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('shows the window only on ready-to-show', () => {
    createMainWindow({ preloadPath: PRELOAD, target: { kind: 'file', path: '/app/out/renderer/index.html' } });
    const window = lastWindow();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the built file in production', () => {
    createMainWindow({ preloadPath: PRELOAD, target: { kind: 'file', path: '/app/out/renderer/index.html' } });
    expect(lastWindow().loadFile).toHaveBeenCalledExactlyOnceWith('/app/out/renderer/index.html');
    expect(lastWindow().loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server in development', () => {
    createMainWindow({ preloadPath: PRELOAD, target: { kind: 'url', url: 'http://localhost:5173/' } });
    expect(lastWindow().loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
    expect(lastWindow().loadFile).not.toHaveBeenCalled();
  });

  it('reports a page that fails to load instead of leaving an unhandled rejection', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.loadError = new Error('ERR_FILE_NOT_FOUND');
    try {
      createMainWindow({ preloadPath: PRELOAD, target: { kind: 'file', path: '/missing/index.html' } });
      await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.any(String), electron.loadError));
    } finally {
      electron.loadError = null;
      errors.mockRestore();
    }
  });
});
