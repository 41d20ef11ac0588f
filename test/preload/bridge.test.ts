import { createBridge } from '../../preload/bridge';
import { CHANNELS } from '../../preload/channels';

vi.mock('electron', () => ({}));

function bridgeWithSpy() {
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } }));
  return { invoke, bridge: createBridge(invoke) as unknown as Record<string, unknown> };
}

describe('createBridge', () => {
  it('has exactly one key per channel and nothing else', () => {
    const { bridge } = bridgeWithSpy();
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS].sort());
  });

  it('exposes only functions', () => {
    const { bridge } = bridgeWithSpy();
    for (const channel of CHANNELS) expect(typeof bridge[channel], channel).toBe('function');
  });

  it('offers no generic IPC door', () => {
    const { bridge } = bridgeWithSpy();
    for (const name of ['send', 'sendSync', 'on', 'once', 'invoke', 'ipcRenderer', 'postMessage']) {
      expect(name in bridge, name).toBe(false);
    }
  });

  it.each(CHANNELS)('forwards %s to invoke with its own channel and the payload', async (channel) => {
    const { invoke, bridge } = bridgeWithSpy();
    const payload = { id: 'x' };
    const result = await (bridge[channel] as (arg: unknown) => Promise<unknown>)(payload);
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, payload);
    expect(result).toEqual({ ok: true, value: { channel, args: [payload] } });
  });

  it('forwards a call without payload with no arguments', async () => {
    const { invoke, bridge } = bridgeWithSpy();
    await (bridge['app:status'] as () => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app:status');
  });

  it('cannot be changed by whoever holds it', () => {
    const { bridge } = bridgeWithSpy();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => {
      (bridge as Record<string, unknown>)['store:load'] = () => 'replaced';
    }).toThrow(TypeError);
  });
});
