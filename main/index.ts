/**
 * Main-process entry. Thin on purpose: it connects Electron to the service, the guards, the IPC
 * handlers, the window and the menu, each of which lives and is tested in its own file.
 */
import { promises as fs } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import builtinCatalog from '../assets/catalog.json';
import { CatalogSchema, SettingsSchema } from '../core';
import type { Locale } from '../core';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createChannelHandlers } from './ipc/handlers';
import { createSenderCheck, registerChannelHandlers } from './ipc/register';
import type { ChannelHandlerTable } from './ipc/register';
import { installApplicationMenu, showAboutDialog } from './menu';
import { createTranslator } from '../core/i18n';
import { menuLocale } from './locale';
import { preloadPath, rendererDirectory, rendererLocation } from './paths';
import { createSafeOpener, hardenSession, installWebContentsGuards, urlsTheDataHolds } from './security/guards';
import { createSkillgapService } from './service/service';
import type { SkillgapService } from './service/service';
import { createMainWindow } from './window';
import { createNativeDialogs } from './dialogs';
import { planFileCommands } from './print/menuCommands';
import { createPlanPrinter } from './print/printPlan';
import { printPreloadPath } from './print/printWindows';
import { applySavedSystemSettings, createSystemSettings, withSystemSettings } from './system-settings';

const isMac = process.platform === 'darwin';
const isDev = !app.isPackaged;
const mainDirectory = import.meta.dirname;
const location = rendererLocation({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
// The app's only call to shell.openExternal. createSafeOpener lets nothing through but a checked
// public http(s) address that a course or role of the data links to, read afresh at each request
// (security/trusted-url.ts); SECURITY-FINDINGS.md records the review.
const dataLinks = () => urlsTheDataHolds(runningService);
const openInBrowser = createSafeOpener((url) => shell.openExternal(url), dataLinks); // eng-disable OPEN_EXTERNAL_JS_CHECK

let mainWindow: BrowserWindow | null = null;
/** Set once the handlers are registered; a window opened earlier would find no API. */
let started = false;
/** The person's saved language, or null before they have one (the system's is used then). */
let savedLocale: Locale | null = null;
/** Set once started; the File menu's print commands act on its active plan. */
let runningService: SkillgapService | null = null;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({ preloadPath: preloadPath(mainDirectory), target: location.target });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function currentLocale(): Locale {
  return menuLocale(savedLocale, app.getLocale());
}

function refreshMenu(): void {
  installApplicationMenu({
    locale: currentLocale(),
    isDev,
    isMac,
    onAbout: () => {
      showAboutDialog(mainWindow, currentLocale(), app.getVersion()).catch((error: unknown) =>
        console.error('Could not show the About box', error),
      );
    },
    fileCommands: planFileCommands({
      service: () => runningService,
      systemLanguage: () => app.getLocale(),
      showMessage: (message) => {
        const options = { type: 'info' as const, message, buttons: [createTranslator(currentLocale())('menu.ok')] };
        (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)).catch(() => undefined);
      },
    }),
  });
}

/** The stored language counts once the person has a profile; a fresh store holds only the default. */
async function readSavedLocale(handlers: ChannelHandlerTable): Promise<Locale | null> {
  const loaded = await handlers['store:load']([]);
  return loaded.ok && loaded.value.profile !== null ? loaded.value.settings.locale : null;
}

/** The native menu follows the language the person picks in the app. */
function withMenuLanguage(handlers: ChannelHandlerTable): ChannelHandlerTable {
  return {
    ...handlers,
    'settings:save': async (args) => {
      const result = await handlers['settings:save'](args);
      const settings = SettingsSchema.safeParse(args[0]);
      if (result.ok && settings.success) {
        savedLocale = settings.data.locale;
        refreshMenu();
      }
      return result;
    },
  };
}

/** Quitting waits for pending writes once: the first before-quit is held until the flush ends. */
function flushBeforeQuit(service: SkillgapService): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    service
      .flush()
      .then(() => service.close())
      .catch((error: unknown) => console.error('Could not save before quitting', error))
      .finally(() => {
        state = 'flushed';
        app.quit();
      });
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  // The built renderer is served from app:// (see main/app-protocol.ts); registered before any
  // window can ask for it. fs is read at call time so Electron's asar support applies.
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rendererDirectory: rendererDirectory(mainDirectory), readFile: (path) => fs.readFile(path) }),
  );
  const service = await createSkillgapService({
    dataDirectory: app.getPath('userData'),
    builtinCatalog: CatalogSchema.parse(builtinCatalog),
    appVersion: app.getVersion(),
    dialogs: createNativeDialogs({
      parent: () => mainWindow,
      locale: currentLocale,
      documentsDirectory: () => app.getPath('documents'),
    }),
    // The hidden print window gets the print-only preload, never the main window's bridge.
    printer: createPlanPrinter({ preloadPath: printPreloadPath(mainDirectory), target: location.target }),
  });
  flushBeforeQuit(service);
  runningService = service;
  const handlers = createChannelHandlers(service, { openInBrowser });
  savedLocale = await readSavedLocale(handlers);
  // Study reminders and open at login: applied from the store now and on each saved change.
  const systemSettings = createSystemSettings({ service, systemLocale: () => app.getLocale(), showWindow: showMainWindow });
  await applySavedSystemSettings(handlers, systemSettings);
  registerChannelHandlers(
    ipcMain,
    withSystemSettings(withMenuLanguage(handlers), systemSettings),
    createSenderCheck({
      appUrl: location.appUrl,
      isOurWindow: (contents) => Boolean(BrowserWindow.fromWebContents(contents)),
    }),
  );
  refreshMenu();
  started = true;
  showMainWindow();
  app.on('activate', showMainWindow);
}

function reportStartupFailure(error: unknown): void {
  console.error('Skillgap could not start', error);
  const t = createTranslator(currentLocale());
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(t('menu.startupFailedTitle'), t('menu.startupFailedMessage', { detail }));
  app.exit(1);
}

// One process owns the data files: a second launch only brings the first window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Schemes get their privileges only before 'ready'.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('second-instance', () => {
    if (started) showMainWindow();
  });
  installWebContentsGuards(app, { appUrl: location.appUrl, openInBrowser });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.whenReady().then(start).catch(reportStartupFailure);
}
