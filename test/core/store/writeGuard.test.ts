import fc from 'fast-check';
import {
  createWriteGuard,
  describeZodError,
  emptyStoreData,
  MAX_PROGRESS_ENTRIES,
  ProgressEntrySchema,
  STORE_PARTS,
  StoreDataSchema,
  type StoreData,
} from '../../../core';
import { heavyStore } from './heavyStore';

const heavy = heavyStore();

/** Sets `value` at `path` in a copy of `data` that shares every untouched object with it. */
function withValueAt(data: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(data)) return data.map((entry, index) => (index === key ? withValueAt(entry, rest, value) : entry));
  const record = data as Record<string, unknown>;
  return { ...record, [key]: withValueAt(record[key], rest, value) };
}

const BAD_VALUES = [null, -1, 1e9, '', 'Not Kebab', [], {}, true, '2026-13-45', undefined];

/** A path to a field somewhere in the heavy store: a top-level field, a plan's, an item's, an entry's. */
const pathInHeavyStore = fc.oneof(
  fc.constantFrom<(string | number)[]>(['schemaVersion'], ['activePlanId'], ['settings', 'locale'], ['profile', 'weeklyHours']),
  fc
    .tuple(fc.nat(heavy.plans.length - 1), fc.constantFrom('name', 'readyDate', 'createdAt', 'extra'))
    .map(([plan, key]) => ['plans', plan, key]),
  fc
    .tuple(fc.nat(heavy.plans.length - 1), fc.nat(39), fc.constantFrom('hours', 'start', 'status', 'courseId', 'extra'))
    .map(([plan, item, key]) => ['plans', plan, 'items', item, key]),
  fc
    .tuple(fc.nat(heavy.progress.length - 1), fc.constantFrom('hours', 'date', 'itemId', 'note', 'extra'))
    .map(([entry, key]) => ['progress', entry, key]),
  fc
    .tuple(fc.constantFrom('skills', 'roles', 'courses'), fc.nat(99), fc.constantFrom('id', 'title', 'name', 'extra'))
    .map(([list, at, key]) => ['userCatalog', list, at, key]),
);

describe('the write guard', () => {
  it('takes its lists and fields from the store schema, so the two cannot drift apart', () => {
    expect(Object.keys(STORE_PARTS.parts)).toEqual(Object.keys(StoreDataSchema.shape));
    const plans = STORE_PARTS.parts.plans;
    const progress = STORE_PARTS.parts.progress;
    expect(plans.kind === 'list' && plans.element).toBe(StoreDataSchema.shape.plans.element);
    expect(progress.kind === 'list' && progress.element).toBe(StoreDataSchema.shape.progress.element);
  });

  it('accepts what the whole-store parse accepts and refuses what it refuses, at the same field', () => {
    const guard = createWriteGuard();
    expect(guard.check(heavy).ok).toBe(true);
    fc.assert(
      fc.property(pathInHeavyStore, fc.constantFrom(...BAD_VALUES), (path, value) => {
        const changed = withValueAt(heavy, path, value);
        const parsed = StoreDataSchema.safeParse(changed);
        const checked = guard.check(changed);
        expect(checked.ok).toBe(parsed.success);
        if (!checked.ok && !parsed.success) {
          expect(checked.error.path).toBe(describeZodError(parsed.error).path);
        }
        // The heavy store itself stays accepted: nothing a refused change touched was remembered.
        expect(guard.check(heavy).ok).toBe(true);
      }),
      // Each run parses the whole heavy store; 80 reach every kind of path many times.
      { numRuns: 80 },
    );
  }, 120_000);

  it('refuses lists past their limit, unknown fields and documents that are not objects, as the parse does', () => {
    const guard = createWriteGuard();
    const entry = heavy.progress[0];
    const tooMany = { ...heavy, progress: Array.from({ length: MAX_PROGRESS_ENTRIES + 1 }, () => entry) };
    expect(StoreDataSchema.safeParse(tooMany).success).toBe(false);
    const refused = guard.check(tooMany);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.path).toBe('progress');
    const extraField = guard.check({ ...heavy, theme: 'dark' });
    expect(StoreDataSchema.safeParse({ ...heavy, theme: 'dark' }).success).toBe(false);
    expect(extraField.ok ? null : extraField.error.path).toBe('theme');
    for (const notAStore of [null, [], 'skillgap', 3]) {
      expect(guard.check(notAStore).ok).toBe(false);
    }
    expect(guard.check(emptyStoreData()).ok).toBe(true);
  });

  it('parses an entry once: the next document, sharing every other object, costs one parse for its new entry', () => {
    const guard = createWriteGuard();
    const parse = vi.spyOn(ProgressEntrySchema, 'safeParse');
    try {
      expect(guard.check(heavy).ok).toBe(true);
      expect(parse).toHaveBeenCalledTimes(heavy.progress.length);
      parse.mockClear();
      const next: StoreData = {
        ...heavy,
        progress: [...heavy.progress, { id: 'entry-new', planId: heavy.plans[0].id, itemId: heavy.plans[0].items[0].id, date: '2026-12-01', hours: 1 }],
      };
      expect(guard.check(next).ok).toBe(true);
      expect(parse).toHaveBeenCalledTimes(1);
      parse.mockClear();
      // A copy made of new objects is checked again in full, whatever it looks like.
      expect(guard.check(structuredClone(next)).ok).toBe(true);
      expect(parse).toHaveBeenCalledTimes(next.progress.length);
    } finally {
      parse.mockRestore();
    }
  });
});
