/**
 * The entry point's wiring, with Electron and the service replaced by fakes.
 * Each test loads main/index.ts afresh, since it runs on import like the real app.
 */
import type { EventEmitter } from 'node:events';
import { emptyStoreData, ok, type StoreData } from '../../core';
import { APP_SCHEME_PRIVILEGES } from '../../main/app-protocol';
import { CHANNELS } from '../../preload/channels';

const fakes = vi.hoisted(() => ({
  state: {} as Record<string, unknown>,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => fakes.state.hasLock as boolean),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => `/home/person/.config/Skillgap#${name}`),
    getVersion: vi.fn(() => '0.1.0'),
    getLocale: vi.fn(() => fakes.state.systemLocale as string),
    quit: vi.fn(),
    exit: vi.fn(),
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
    setLoginItemSettings: vi.fn(),
  });
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  };
  const ipcMain = { handle: vi.fn(), on: vi.fn(), removeAllListeners: vi.fn() };
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  return {
    app,
    session,
    ipcMain,
    protocol,
    shell: { openExternal: vi.fn().mockResolvedValue(undefined) },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn(() => ({})) },
    nativeTheme: { shouldUseDarkColors: false },
    Notification: Object.assign(vi.fn(), { isSupported: vi.fn(() => true) }),
    powerMonitor: new Emitter(),
  };
});

vi.mock('../../assets/catalog.json', () => ({ default: { version: 'test', skills: [], roles: [], courses: [] } }));

vi.mock('../../main/service/service', () => ({
  createSkillgapService: vi.fn(async () => {
    if (fakes.state.serviceError) throw fakes.state.serviceError;
    return fakes.state.service;
  }),
}));

vi.mock('../../main/window', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    createMainWindow: vi.fn(() => {
      const window = Object.assign(new Emitter(), {
        isDestroyed: vi.fn(() => false),
        isMinimized: vi.fn(() => true),
        restore: vi.fn(),
        show: vi.fn(),
        focus: vi.fn(),
      });
      (fakes.state.windows as unknown[]).push(window);
      return window;
    }),
  };
});

type Mock = ReturnType<typeof vi.fn>;
interface FakeElectron {
  app: EventEmitter & Record<string, Mock>;
  session: { defaultSession: Record<string, Mock> };
  ipcMain: Record<string, Mock>;
  protocol: Record<string, Mock>;
}
interface FakeWindow extends EventEmitter {
  restore: Mock;
  show: Mock;
  focus: Mock;
}

function fakeService(stored: StoreData) {
  let finishFlush: () => void = () => undefined;
  const service = {
    load: vi.fn(async () => ok(stored)),
    status: vi.fn(async () => ok({ version: '0.1.0', dataDirectory: '/data', readOnly: false, recovery: null })),
    saveSettings: vi.fn(async () => ok({ savedAt: '2026-01-01T00:00:00.000Z' })),
    flush: vi.fn(() => new Promise<void>((resolve) => (finishFlush = resolve))),
    close: vi.fn(async () => undefined),
  };
  return { service, finishFlush: () => finishFlush() };
}

let flush: { finishFlush: () => void };

async function launch(options: { hasLock?: boolean; serviceError?: Error; stored?: StoreData } = {}) {
  // The mocked modules survive resetModules; only main/index.ts (and the real glue) load afresh.
  vi.resetModules();
  vi.clearAllMocks();
  const electron = await import('electron');
  const fake = electron as unknown as FakeElectron;
  fake.app.removeAllListeners();
  const { service, finishFlush } = fakeService(options.stored ?? emptyStoreData());
  flush = { finishFlush };
  fakes.state = {
    hasLock: options.hasLock ?? true,
    systemLocale: 'fr-FR',
    service,
    serviceError: options.serviceError,
    windows: [],
  };
  await import('../../main/index');
  const { createSkillgapService } = await import('../../main/service/service');
  return {
    app: fake.app,
    session: fake.session,
    ipcMain: fake.ipcMain,
    protocol: fake.protocol,
    electron,
    service,
    createSkillgapService: createSkillgapService as unknown as Mock,
    windows: fakes.state.windows as FakeWindow[],
  };
}

interface MenuItem {
  id?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

function findMenuItem(items: MenuItem[], id: string): MenuItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? findMenuItem(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

async function launched(options: Parameters<typeof launch>[0] = {}) {
  const run = await launch(options);
  await vi.waitFor(() => expect(run.windows).toHaveLength(1));
  return run;
}

describe('main entry', () => {
  it('quits at once when another Skillgap already holds the lock', async () => {
    const run = await launch({ hasLock: false });
    expect(run.app.quit).toHaveBeenCalledOnce();
    expect(run.app.whenReady).not.toHaveBeenCalled();
    expect(run.createSkillgapService).not.toHaveBeenCalled();
  });

  it('hardens the default session, then opens the service on the user data folder', async () => {
    const run = await launched();
    expect(run.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(run.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(run.createSkillgapService).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDirectory: '/home/person/.config/Skillgap#userData',
        appVersion: '0.1.0',
        builtinCatalog: { version: 'test', skills: [], roles: [], courses: [] },
      }),
    );
  });

  it('gives the app:// scheme its privileges before Electron is ready', async () => {
    const run = await launch({ hasLock: true });
    expect(run.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([APP_SCHEME_PRIVILEGES]);
    const registered = run.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0];
    expect(registered).toBeLessThan((run.app.whenReady as Mock).mock.invocationCallOrder[0]);
  });

  it('serves the built renderer folder on app:// before the window opens', async () => {
    const run = await launched();
    expect(run.protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = run.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const { createMainWindow } = await import('../../main/window');
    const created = (createMainWindow as unknown as Mock).mock;
    expect(run.protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(created.invocationCallOrder[0]);
    expect(created.calls[0][0]).toMatchObject({ target: { kind: 'url', url: 'app://skillgap/index.html' } });
    // main/index.ts sits in main/, so the handler serves main/../renderer: the renderer sources here.
    const page = await handler(new Request('app://skillgap/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Content-Security-Policy');
    expect((await handler(new Request('app://skillgap/%2e%2e/package.json'))).status).toBe(404);
  });

  it('shows the running version in the About box', async () => {
    const run = await launched();
    const menu = (run.electron.Menu.setApplicationMenu as unknown as Mock).mock.calls[0][0] as MenuItem[];
    const about = findMenuItem(menu, 'about');
    about?.click?.();
    const showMessageBox = run.electron.dialog.showMessageBox as unknown as Mock;
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledOnce());
    const options = showMessageBox.mock.calls[0].at(-1) as { detail: string };
    expect(run.app.getVersion).toHaveBeenCalled();
    expect(options.detail).toContain('Version 0.1.0');
  });

  it('registers every channel with handle and no listener without a sender check', async () => {
    const run = await launched();
    expect(run.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort());
    expect(run.ipcMain.on).not.toHaveBeenCalled();
  });

  it('guards every web contents and installs a menu in the system language before any profile exists', async () => {
    const run = await launched();
    expect(run.app.listenerCount('web-contents-created')).toBe(1);
    const menu = (run.electron.Menu.setApplicationMenu as unknown as Mock).mock.calls[0][0] as Array<{ label: string }>;
    expect(menu.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('switches the menu language when the person saves new settings', async () => {
    const run = await launched();
    const saveSettings = run.ipcMain.handle.mock.calls.find(([channel]) => channel === 'settings:save')?.[1];
    // The main frame of our window, showing the built renderer through the app:// scheme.
    const appFrame = { url: 'app://skillgap/index.html#/settings', parent: null, processId: 1, routingId: 1 };
    const trusted = { senderFrame: appFrame, sender: { mainFrame: appFrame } };
    const result = await saveSettings(trusted, { locale: 'en', colorScheme: 'dark' });
    expect(result).toEqual(ok({ savedAt: '2026-01-01T00:00:00.000Z' }));
    const setMenu = run.electron.Menu.setApplicationMenu as unknown as Mock;
    const latest = setMenu.mock.calls.at(-1)?.[0] as Array<{ label: string }>;
    expect(latest.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('applies the stored open-at-login choice at start-up, and reminders once saved', async () => {
    const stored = { ...emptyStoreData(), settings: { locale: 'en' as const, colorScheme: 'auto' as const, openAtLogin: true } };
    // Login items exist on Windows and macOS only; this run pretends to be on Windows.
    const platform = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const run = await launched({ stored }).finally(() => Object.defineProperty(process, 'platform', platform));
    const app = run.app as unknown as Record<string, Mock>;
    expect(app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true });
    const powerMonitor = run.electron.powerMonitor as unknown as EventEmitter;
    expect(powerMonitor.listenerCount('resume')).toBe(0);

    const saveSettings = run.ipcMain.handle.mock.calls.find(([channel]) => channel === 'settings:save')?.[1];
    const appFrame = { url: 'app://skillgap/index.html#/settings', parent: null, processId: 1, routingId: 1 };
    const trusted = { senderFrame: appFrame, sender: { mainFrame: appFrame } };
    const reminders = { enabled: true, days: [1], time: '19:00' };
    await saveSettings(trusted, { ...stored.settings, reminders });
    expect(powerMonitor.listenerCount('resume')).toBe(1);
    // Turned off again, so no timer outlives the test.
    await saveSettings(trusted, { ...stored.settings, reminders: { ...reminders, enabled: false } });
    expect(powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('tells the renderer what the system supports in the status', async () => {
    const run = await launched();
    const status = run.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:status')?.[1];
    const appFrame = { url: 'app://skillgap/index.html', parent: null, processId: 1, routingId: 1 };
    const result = await status({ senderFrame: appFrame, sender: { mainFrame: appFrame } });
    expect(result.value.systemSupport).toEqual({ notifications: true, openAtLogin: process.platform !== 'linux' });
  });

  it('waits for pending writes once before quitting', async () => {
    const run = await launched();
    const first = { preventDefault: vi.fn() };
    run.app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(run.service.flush).toHaveBeenCalledOnce();

    const whileFlushing = { preventDefault: vi.fn() };
    run.app.emit('before-quit', whileFlushing);
    expect(whileFlushing.preventDefault).toHaveBeenCalledOnce();
    expect(run.service.flush).toHaveBeenCalledOnce();
    expect(run.app.quit).not.toHaveBeenCalled();

    flush.finishFlush();
    await vi.waitFor(() => expect(run.app.quit).toHaveBeenCalledOnce());
    expect(run.service.close).toHaveBeenCalledOnce();

    const final = { preventDefault: vi.fn() };
    run.app.emit('before-quit', final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });

  it('quits when the last window closes (not on macOS)', async () => {
    const run = await launched();
    run.app.emit('window-all-closed');
    expect(run.app.quit).toHaveBeenCalledOnce();
  });

  it('brings the existing window forward when Skillgap is launched again', async () => {
    const run = await launched();
    run.app.emit('second-instance');
    const [window] = run.windows;
    expect(run.windows).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('tells the person, in their language, when start-up fails, and exits', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = await launch({ serviceError: new Error('disk full') });
    const showErrorBox = run.electron.dialog.showErrorBox as unknown as Mock;
    await vi.waitFor(() => expect(run.app.exit).toHaveBeenCalledWith(1));
    expect(showErrorBox).toHaveBeenCalledOnce();
    expect(showErrorBox.mock.calls[0][0]).toBe('Skillgap n’a pas pu démarrer');
    expect(showErrorBox.mock.calls[0][1]).toContain('disk full');
    expect(run.windows).toHaveLength(0);
    errors.mockRestore();
  });
});
