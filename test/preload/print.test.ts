import { CHANNELS } from '../../preload/channels';
import { PRINT_READ_CHANNELS } from '../../preload/print-bridge';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async () => ({ ok: true, value: null })),
  send: vi.fn(),
  sendSync: vi.fn(),
  on: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, send: electron.send, sendSync: electron.sendSync, on: electron.on },
}));

describe('the print preload', () => {
  beforeAll(async () => {
    await import('../../preload/print');
  });

  beforeEach(() => {
    electron.invoke.mockClear();
  });

  function exposed(name: string): Record<string, (...args: unknown[]) => Promise<unknown>> {
    const call = electron.exposeInMainWorld.mock.calls.find(([key]) => key === name);
    if (!call) throw new Error(`${name} was not exposed`);
    return call[1] as Record<string, (...args: unknown[]) => Promise<unknown>>;
  }

  it('exposes window.skillgap and window.skillgapPrint, nothing else', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([name]) => name).sort()).toEqual(['skillgap', 'skillgapPrint']);
  });

  it('gives window.skillgap the three reads of the print route and no channel that changes data', () => {
    const api = exposed('skillgap');
    expect(Object.keys(api).sort()).toEqual(['app:status', 'catalog:builtin', 'store:load']);
    const changing = CHANNELS.filter((channel) => !(PRINT_READ_CHANNELS as readonly string[]).includes(channel));
    expect(changing.length).toBeGreaterThan(0);
    for (const channel of changing) expect(api).not.toHaveProperty(channel);
    expect(Object.values(api)).not.toContain(electron.invoke);
  });

  it('gives window.skillgapPrint the ready signal alone', () => {
    expect(Object.keys(exposed('skillgapPrint'))).toEqual(['ready']);
  });

  it('reads with ipcRenderer.invoke and forwards no argument', async () => {
    await exposed('skillgap')['store:load']({ sneaky: true });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('store:load');
  });

  it('sends the ready signal with its two fields only, over invoke', async () => {
    await exposed('skillgapPrint').ready({ state: 'ready', footerLabel: 'Page {page} of {total}', extra: 'dropped' });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('print:ready', { state: 'ready', footerLabel: 'Page {page} of {total}' });
    expect(electron.send).not.toHaveBeenCalled();
    expect(electron.sendSync).not.toHaveBeenCalled();
    expect(electron.on).not.toHaveBeenCalled();
  });
});
