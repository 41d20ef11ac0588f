import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ok } from '../../../core';
import type { AppError, Result } from '../../../core';
import { createSenderCheck, registerChannelHandlers } from '../../../main/ipc/register';
import type { ChannelHandlerTable } from '../../../main/ipc/register';
import { CHANNELS } from '../../../preload/channels';
import { PRINT_READ_CHANNELS } from '../../../preload/print-bridge';
import { printWindows } from '../../../main/print/printWindows';

// register.ts uses Electron only for types; a stand-in guarantees the real module never loads.
vi.mock('electron', () => ({}));

const APP_URL = 'file:///opt/Skillgap/out/renderer/index.html';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    }),
    on: vi.fn(),
    once: vi.fn(),
    handleOnce: vi.fn(),
  };
  return { ipcMain, listeners };
}

/** One fake per channel, each answering ok(<channel name>) so a test can tell them apart. */
function fakeHandlers() {
  const table: Record<string, ReturnType<typeof vi.fn>> = {};
  for (const channel of CHANNELS) table[channel] = vi.fn(async () => ok(channel));
  return { table, handlers: table as unknown as ChannelHandlerTable };
}

interface FrameShape {
  url: string;
  processId: number;
  routingId: number;
  parent: FrameShape | null;
}

function frame(url: string, ids: { processId?: number; routingId?: number } = {}, parent: FrameShape | null = null) {
  return { url, processId: ids.processId ?? 7, routingId: ids.routingId ?? 1, parent };
}

function invokeEvent(senderFrame: FrameShape | null, mainFrame: FrameShape = frame(APP_URL), id = 1): IpcMainInvokeEvent {
  return { sender: { id, mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent;
}

describe('registerChannelHandlers', () => {
  it('registers every channel exactly once, with handle and never with on', () => {
    const { ipcMain } = fakeIpcMain();
    registerChannelHandlers(ipcMain as unknown as IpcMain, fakeHandlers().handlers, () => true);
    const registered = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(registered.sort()).toEqual([...CHANNELS].sort());
    expect(new Set(registered).size).toBe(CHANNELS.length);
    expect(ipcMain.on).not.toHaveBeenCalled();
    expect(ipcMain.once).not.toHaveBeenCalled();
    expect(ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  it.each(CHANNELS)('passes %s from a trusted sender to its own handler with the arguments', async (channel) => {
    const { ipcMain, listeners } = fakeIpcMain();
    const { table, handlers } = fakeHandlers();
    registerChannelHandlers(ipcMain as unknown as IpcMain, handlers, () => true);
    const payload = { some: 'payload' };
    const result = await listeners.get(channel)?.(invokeEvent(frame(APP_URL)), payload);
    expect(result).toEqual(ok(channel));
    expect(table[channel]).toHaveBeenCalledExactlyOnceWith([payload]);
    for (const other of CHANNELS) if (other !== channel) expect(table[other]).not.toHaveBeenCalled();
  });

  it('passes an empty argument list when there is no payload', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const { table, handlers } = fakeHandlers();
    registerChannelHandlers(ipcMain as unknown as IpcMain, handlers, () => true);
    await listeners.get('app:status')?.(invokeEvent(frame(APP_URL)));
    expect(table['app:status']).toHaveBeenCalledExactlyOnceWith([]);
  });

  it.each(CHANNELS)('refuses %s from an untrusted sender without calling any handler', async (channel) => {
    const { ipcMain, listeners } = fakeIpcMain();
    const { table, handlers } = fakeHandlers();
    const isTrusted = vi.fn(() => false);
    registerChannelHandlers(ipcMain as unknown as IpcMain, handlers, isTrusted);
    const event = invokeEvent(frame('https://evil.example/'));
    const result = (await listeners.get(channel)?.(event, { id: 'x' })) as Result<unknown>;
    expect(isTrusted).toHaveBeenCalledWith(event, channel);
    expect(result.ok).toBe(false);
    expect((result as { error: AppError }).error.code).toBe('forbidden-sender');
    for (const fn of Object.values(table)) expect(fn).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into a failed Result', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { ipcMain, listeners } = fakeIpcMain();
    const { table, handlers } = fakeHandlers();
    table['store:load'].mockRejectedValue(new Error('disk on fire'));
    registerChannelHandlers(ipcMain as unknown as IpcMain, handlers, () => true);
    const result = (await listeners.get('store:load')?.(invokeEvent(frame(APP_URL)))) as Result<unknown>;
    expect(result.ok).toBe(false);
    expect((result as { error: AppError }).error.code).toBe('io-failure');
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('createSenderCheck', () => {
  const ourWindow = () => true;
  const senderCheck = createSenderCheck({ appUrl: APP_URL, isOurWindow: ourWindow });
  // A channel that changes data: what a sender must be trusted most for.
  const check = (event: IpcMainInvokeEvent) => senderCheck(event, 'profile:save');

  it('trusts the main frame of our window showing the app', () => {
    expect(check(invokeEvent(frame(APP_URL)))).toBe(true);
    expect(check(invokeEvent(frame(`${APP_URL}#/plan`)))).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(check(invokeEvent(null))).toBe(false);
  });

  it.each([
    ['a foreign site', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,hi'],
  ])('refuses the main frame showing %s', (_name, url) => {
    const main = frame(url);
    expect(check(invokeEvent(main, main))).toBe(false);
  });

  it('refuses a sub-frame, even one showing the app', () => {
    const main = frame(APP_URL);
    const child = frame(APP_URL, { routingId: 2 }, main);
    expect(check(invokeEvent(child, main))).toBe(false);
  });

  it('refuses a frame that claims no parent but is not the main frame of its contents', () => {
    expect(check(invokeEvent(frame(APP_URL, { routingId: 9 }), frame(APP_URL)))).toBe(false);
    expect(check(invokeEvent(frame(APP_URL, { processId: 8 }), frame(APP_URL)))).toBe(false);
  });

  it('refuses contents that belong to no window of ours', () => {
    const isOurWindow = vi.fn(() => false);
    const event = invokeEvent(frame(APP_URL));
    expect(createSenderCheck({ appUrl: APP_URL, isOurWindow })(event, 'profile:save')).toBe(false);
    expect(isOurWindow).toHaveBeenCalledWith(event.sender as WebContents);
  });

  it('refuses a frame whose properties can no longer be read', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      processId: 7,
      routingId: 1,
      parent: null,
    };
    expect(check(invokeEvent(disposed as unknown as FrameShape))).toBe(false);
  });

  it('trusts the dev server origin in development', () => {
    const dev = createSenderCheck({ appUrl: 'http://localhost:5173', isOurWindow: ourWindow });
    expect(dev(invokeEvent(frame('http://localhost:5173/#/roles')), 'profile:save')).toBe(true);
    expect(dev(invokeEvent(frame(APP_URL)), 'profile:save')).toBe(false);
  });
});

describe('createSenderCheck for the hidden print window', () => {
  const PRINT_CONTENTS_ID = 41;
  const isPrintWindow = (contents: WebContents) => contents.id === PRINT_CONTENTS_ID;
  const check = createSenderCheck({ appUrl: APP_URL, isOurWindow: () => true, isPrintWindow });
  const fromPrintWindow = () => invokeEvent(frame(`${APP_URL}#/print/plan-1?paper=a4`), frame(APP_URL), PRINT_CONTENTS_ID);
  const changing = CHANNELS.filter((channel) => !(PRINT_READ_CHANNELS as readonly string[]).includes(channel));

  it.each(PRINT_READ_CHANNELS)('lets it read %s, which the print route needs', (channel) => {
    expect(check(fromPrintWindow(), channel)).toBe(true);
  });

  it.each(changing)('refuses it %s', (channel) => {
    expect(check(fromPrintWindow(), channel)).toBe(false);
  });

  it('still lets the main window use every channel', () => {
    for (const channel of CHANNELS) expect(check(invokeEvent(frame(APP_URL)), channel)).toBe(true);
  });

  it('asks the app’s print window registry when not told otherwise', () => {
    const defaults = createSenderCheck({ appUrl: APP_URL, isOurWindow: () => true });
    const event = invokeEvent(frame(APP_URL), frame(APP_URL), 977);
    const contents = { id: 977 };
    expect(defaults(event, 'profile:save')).toBe(true);
    printWindows.add(contents);
    try {
      expect(defaults(event, 'profile:save')).toBe(false);
      expect(defaults(event, 'store:load')).toBe(true);
    } finally {
      printWindows.remove(contents);
    }
    expect(defaults(event, 'profile:save')).toBe(true);
  });

  it('answers forbidden-sender through the registered handler, without calling it', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const { table, handlers } = fakeHandlers();
    registerChannelHandlers(ipcMain as unknown as IpcMain, handlers, check);
    const refused = (await listeners.get('plans:remove')?.(fromPrintWindow(), { id: 'plan-1' })) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(table['plans:remove']).not.toHaveBeenCalled();
    expect(await listeners.get('store:load')?.(fromPrintWindow())).toEqual(ok('store:load'));
  });
});
