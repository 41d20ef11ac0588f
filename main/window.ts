import { BrowserWindow, nativeTheme } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { RendererTarget } from './paths';

/** Mantine's page background in each scheme, so the window never flashes white in dark mode. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

/**
 * Every option of the main window in one pure function, so a test can check each security flag.
 * The renderer only reaches the main process through the preload's contextBridge API.
 */
export function mainWindowOptions(preloadPath: string, prefersDark = false): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Skillgap',
    // Shown on ready-to-show, so the person never sees an empty frame.
    show: false,
    backgroundColor: prefersDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: preloadPath,
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
      // Chromium's spellchecker fetches dictionaries from the network on Linux and Windows;
      // Skillgap promises to stay offline.
      spellcheck: false,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  target: RendererTarget;
}

/** Creates the main window, shows it once its first frame is ready, and loads the renderer. */
export function createMainWindow({ preloadPath, target }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, nativeTheme.shouldUseDarkColors));
  window.once('ready-to-show', () => window.show());
  const loading = target.kind === 'url' ? window.loadURL(target.url) : window.loadFile(target.path);
  loading.catch((error: unknown) => console.error('The Skillgap window could not load its page', error));
  return window;
}
