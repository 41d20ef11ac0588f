import { CHANNELS } from '../../preload/channels';

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

describe('preload', () => {
  beforeAll(async () => {
    await import('../../preload/index');
  });

  function exposed(): Record<string, unknown> {
    return electron.exposeInMainWorld.mock.calls[0][1] as Record<string, unknown>;
  }

  it('exposes one API, as window.skillgap', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.exposeInMainWorld.mock.calls[0][0]).toBe('skillgap');
  });

  it('exposes the channel functions and not ipcRenderer', () => {
    const api = exposed();
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect(Object.values(api)).not.toContain(electron.invoke);
  });

  it('uses ipcRenderer.invoke only', async () => {
    await (exposed()['progress:remove'] as (arg: unknown) => Promise<unknown>)({ id: 'p1' });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('progress:remove', { id: 'p1' });
    expect(electron.send).not.toHaveBeenCalled();
    expect(electron.sendSync).not.toHaveBeenCalled();
    expect(electron.on).not.toHaveBeenCalled();
  });
});
