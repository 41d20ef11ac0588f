import { createHash } from 'node:crypto';
import { applyCommand, emptyStoreData, type Catalog, type StoreData } from '../../../core';
import { parseStoreText, serializeStore } from '../../../main/store/store-text';
import { heavyStore } from '../../core/store/heavyStore';

const builtinCatalog: Catalog = { version: 'test', skills: [], roles: [], courses: [] };
const text = (data: StoreData) => Buffer.concat(serializeStore(data)).toString('utf8');

/** The file as the format defines it: the checksum of JSON.stringify(data), then the data's fields. */
function expectedText(data: StoreData): string {
  const body = JSON.stringify(data);
  const checksum = `"checksum":"sha256-${createHash('sha256').update(body).digest('hex')}"`;
  return `{${checksum},${body.slice(1)}\n`;
}

describe('the store file text', () => {
  it('is JSON.stringify of the data with its checksum first, for an empty and a heavy store', () => {
    for (const data of [emptyStoreData(), heavyStore()]) {
      expect(text(data)).toBe(expectedText(data));
      const parsed = parseStoreText(text(data));
      expect(parsed.ok && parsed.raw).toEqual(data);
    }
  });

  it('stays exact over a series of changes that reuse the entries already written', () => {
    let data = heavyStore();
    expect(text(data)).toBe(expectedText(data));
    const plan = data.plans[0];
    const changes: Array<(state: StoreData) => StoreData> = [
      (state) => ({ ...state, settings: { ...state.settings, colorScheme: 'dark' } }),
      (state) => {
        const logged = applyCommand('progress:add', state, { id: 'entry-x', planId: plan.id, itemId: plan.items[1].id, date: '2026-12-02', hours: 1.5, note: 'Chapitre 3 — « attention »' }, { builtinCatalog });
        if (!logged.ok) throw new Error(logged.error.message);
        return logged.value;
      },
      (state) => ({ ...state, plans: state.plans.map((each, index) => (index === 2 ? { ...each, name: 'Renamed plan, with "quotes"' } : each)) }),
      (state) => ({ ...state, progress: state.progress.slice(10) }),
      (state) => ({ ...state, profile: null, activePlanId: null }),
    ];
    for (const change of changes) {
      data = change(data);
      expect(text(data)).toBe(expectedText(data));
    }
  });

  it('writes a field left undefined as JSON.stringify does: not at all', () => {
    const data = { ...emptyStoreData(), settings: { locale: 'fr', colorScheme: 'auto', paperSize: undefined } } as StoreData;
    expect(text(data)).toBe(expectedText(data));
    expect(text(data)).not.toContain('paperSize');
  });
});
