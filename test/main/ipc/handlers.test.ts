import { ok } from '../../../core';
import { CHANNEL_PAYLOAD_SCHEMAS, createChannelHandlers } from '../../../main/ipc/handlers';
import { createSkillgapService, type SkillgapService } from '../../../main/service/service';
import { CHANNELS } from '../../../preload/channels';
import { sampleCatalog, samplePlan, sampleProfile } from '../service/samples';
import { makeTempDir, removeTempDirs } from '../store/support';
import { VALID_CALLS } from '../service/channel-calls';

afterEach(removeTempDirs);

function fakeService() {
  const calls: { method: string; args: unknown[] }[] = [];
  const service = new Proxy({} as SkillgapService, {
    get: (_target, method: string) => async (...args: unknown[]) => {
      calls.push({ method, args });
      return ok(`${method} answer`);
    },
  });
  const openInBrowser = vi.fn(async (_url: string) => {});
  return { service, calls, openInBrowser, handlers: createChannelHandlers(service, { openInBrowser }) };
}

describe('createChannelHandlers', () => {
  it('has a handler for every channel and a payload schema entry for each', () => {
    const { handlers } = fakeService();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(CHANNEL_PAYLOAD_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('passes a valid %s call to the service with the parsed payload', async (channel) => {
    const { handlers, calls, openInBrowser } = fakeService();
    const { args, method } = VALID_CALLS[channel];
    const result = await handlers[channel](args);
    if (method === 'openInBrowser') {
      expect(result).toEqual({ ok: true, value: null });
      expect(openInBrowser).toHaveBeenCalledWith('https://www.coursera.org/learn/python');
      expect(calls).toEqual([]);
    } else {
      expect(result).toEqual({ ok: true, value: `${method} answer` });
      expect(calls).toEqual([{ method, args }]);
    }
  });

  it.each(CHANNELS)('refuses %s with the wrong number of arguments, without calling anything', async (channel) => {
    const { handlers, calls, openInBrowser } = fakeService();
    const { args } = VALID_CALLS[channel];
    for (const wrong of [[...args, {}], args.length === 0 ? [undefined] : []]) {
      expect(await handlers[channel](wrong)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(calls).toEqual([]);
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  it('names the invalid field of a payload', async () => {
    const { handlers, calls } = fakeService();
    const result = await handlers['plans:save']([{ ...samplePlan(), items: [{ ...samplePlan().items[0], hours: -1 }] }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', path: 'items.0.hours' } });
    expect(calls).toEqual([]);
  });

  it('refuses extra keys and prototype keys', async () => {
    const { handlers, calls } = fakeService();
    expect(await handlers['plans:remove']([{ id: 'plan-a', extra: true }])).toMatchObject({ ok: false });
    expect(await handlers['settings:save']([JSON.parse('{"locale":"en","colorScheme":"auto","__proto__":{"x":1}}')])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', path: '__proto__' },
    });
    expect(calls).toEqual([]);
  });

  it('turns a throwing service or opener into io-failure instead of throwing', async () => {
    const throwing = new Proxy({} as SkillgapService, {
      get: () => () => {
        throw new Error('boom');
      },
    });
    const handlers = createChannelHandlers(throwing, {
      openInBrowser: async () => {
        throw new Error('no browser');
      },
    });
    for (const channel of CHANNELS) {
      await expect(handlers[channel](VALID_CALLS[channel].args)).resolves.toMatchObject({
        ok: false,
        error: { code: 'io-failure' },
      });
    }
  });

  it('refuses an argument list that is not an array', async () => {
    const { handlers } = fakeService();
    expect(await handlers['app:status']('nope' as unknown as unknown[])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});

describe('handlers over the real service', () => {
  it('saves through the table and reads it back', async () => {
    const service = await createSkillgapService({
      dataDirectory: makeTempDir(),
      builtinCatalog: sampleCatalog,
      appVersion: '0.1.0',
      writeDelayMs: 1,
    });
    const handlers = createChannelHandlers(service, { openInBrowser: async () => {} });
    expect(await handlers['profile:save']([sampleProfile('Through IPC')])).toMatchObject({ ok: true });
    const loaded = await handlers['store:load']([]);
    expect(loaded.ok && loaded.value.profile?.name).toBe('Through IPC');
    expect(await handlers['plans:setActive']([{ id: 'plan-missing' }])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await service.close();
  });
});
