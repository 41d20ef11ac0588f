import { BrowserWindow, nativeTheme } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { RendererTarget } from './paths';

/** Mantine's page background in each scheme, so the window never flashes white in dark mode. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

/** Everything about a window except its web preferences, which only createSecureWindow sets. */
export type WindowFrame = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** The main window's size, title and background. */
export function mainWindowFrame(prefersDark = false): WindowFrame {
  return {
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Skillgap',
    // Shown on ready-to-show, so the person never sees an empty frame.
    show: false,
    backgroundColor: prefersDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
  };
}

export interface SecureWindowRequest {
  preloadPath: string;
  frame: WindowFrame;
  /** Off for the hidden print window, which must keep rendering while it is not visible. */
  backgroundThrottling?: boolean;
}

/**
 * The one place the app constructs a BrowserWindow (ESLint forbids it elsewhere). The renderer
 * reaches the main process only through the preload's contextBridge API.
 *
 * The web preferences are written out as literals inside the constructor call on purpose: the
 * security scan (Electronegativity) reads each `new BrowserWindow(...)` on its own and can only
 * vouch for the flags it sees there. `frame` comes first so nothing in it can change them.
 */
export function createSecureWindow({ preloadPath, frame, backgroundThrottling = true }: SecureWindowRequest): BrowserWindow {
  return new BrowserWindow({
    ...frame,
    webPreferences: {
      // The preload exposes a fixed list of typed invoke calls and nothing else (preload/bridge.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open anything. setWindowOpenHandler in security/guards.ts
      // already denies every new window; this stops the click at the source too.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker fetches dictionaries from the network on Linux and Windows;
      // Skillgap promises to stay offline.
      spellcheck: false,
      backgroundThrottling,
    },
  });
}

export interface MainWindowOptions {
  preloadPath: string;
  target: RendererTarget;
}

/** Creates the main window, shows it once its first frame is ready, and loads the renderer. */
export function createMainWindow({ preloadPath, target }: MainWindowOptions): BrowserWindow {
  const window = createSecureWindow({ preloadPath, frame: mainWindowFrame(nativeTheme.shouldUseDarkColors) });
  window.once('ready-to-show', () => window.show());
  const loading = target.kind === 'url' ? window.loadURL(target.url) : window.loadFile(target.path);
  loading.catch((error: unknown) => console.error('The Skillgap window could not load its page', error));
  return window;
}
