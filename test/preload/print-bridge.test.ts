import { CHANNELS } from '../../preload/channels';
import {
  createPrintBridges,
  isPrintReadChannel,
  MAX_FOOTER_LABEL_LENGTH,
  parsePrintReadySignal,
  PRINT_READ_CHANNELS,
} from '../../preload/print-bridge';

describe('PRINT_READ_CHANNELS', () => {
  it('are channels of the map that only read', () => {
    for (const channel of PRINT_READ_CHANNELS) expect(CHANNELS).toContain(channel);
    expect([...PRINT_READ_CHANNELS].sort()).toEqual(['app:status', 'catalog:builtin', 'store:load']);
  });

  it.each(['profile:save', 'plans:remove', 'userCatalog:saveRole', 'backups:restore', 'data:importApply', 'print:ready', 'toString'])(
    'do not include %s',
    (channel) => {
      expect(isPrintReadChannel(channel)).toBe(false);
    },
  );
});

describe('parsePrintReadySignal', () => {
  it.each([
    [{ state: 'ready', footerLabel: 'Page {page} of {total}' }],
    [{ state: 'missing', footerLabel: '' }],
    [{ state: 'ready', footerLabel: 'x'.repeat(MAX_FOOTER_LABEL_LENGTH) }],
  ])('accepts %o', (value) => {
    expect(parsePrintReadySignal(value)).toEqual({ ok: true, signal: value });
  });

  it('keeps only the two known fields', () => {
    expect(parsePrintReadySignal({ state: 'ready', footerLabel: 'f', __proto__: { x: 1 }, more: 2 })).toEqual({
      ok: true,
      signal: { state: 'ready', footerLabel: 'f' },
    });
  });

  it.each([
    ['nothing', undefined, /not an object/],
    ['a string', 'ready', /not an object/],
    ['an unknown state', { state: 'true', footerLabel: '' }, /valid state/],
    ['a missing label', { state: 'ready' }, /footer label/],
    ['a label too long', { state: 'ready', footerLabel: 'x'.repeat(MAX_FOOTER_LABEL_LENGTH + 1) }, /footer label/],
  ])('refuses %s with a sentence naming the problem', (_name, value, problem) => {
    const parsed = parsePrintReadySignal(value);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatch(problem);
  });
});

describe('createPrintBridges', () => {
  it('builds frozen objects whose functions call invoke with fixed channel names', async () => {
    const invoke = vi.fn(async () => undefined);
    const { data, print } = createPrintBridges(invoke);
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(print)).toBe(true);
    await data['catalog:builtin']();
    await print.ready({ state: 'missing', footerLabel: '' });
    expect(invoke.mock.calls).toEqual([['catalog:builtin'], ['print:ready', { state: 'missing', footerLabel: '' }]]);
  });
});
