/*
 * Figures for the save budget of docs/design.md ("a save blocks the main process under 50 ms, for
 * a store at its 8 MB limit"): what the main process does between a person's change and the
 * acknowledgement, measured on a heavy year of use and on that year grown to the size limit.
 * `npx tsx test/bench/storeSave.bench.ts` prints it alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  applyCommand,
  createWriteGuard,
  LIMITS,
  StoreDataSchema,
  type Catalog,
  type ProgressEntry,
  type StoreData,
} from '../../core';
import { openStoreFile } from '../../main/store/store-file';
import { serializeStore } from '../../main/store/store-text';
import { heavyStore } from '../core/store/heavyStore';

export interface StoreSaveFigure {
  name: string;
  ms: number;
  budgetMs: number;
}

const SAVE_BUDGET_MS = 50;
const RUNS = 21;
const builtinCatalog = JSON.parse(readFileSync(new URL('../../assets/catalog.json', import.meta.url), 'utf8')) as Catalog;
const context = { builtinCatalog };

/** The heavy year with notes lengthened until the store is just under its size limit. */
function storeAtSizeLimit(): StoreData {
  const heavy = heavyStore();
  const room = LIMITS.storeBytes - Buffer.byteLength(JSON.stringify(heavy)) - 64 * 1024;
  const extra = Math.floor(room / heavy.progress.length);
  const note = 'Notes on what I read and what to try next. '.repeat(Math.ceil(extra / 43)).slice(0, Math.min(extra, LIMITS.noteChars));
  return { ...heavy, progress: heavy.progress.map((entry) => ({ ...entry, note: `${entry.note ?? ''}${note}`.slice(0, LIMITS.noteChars) })) };
}

function entry(data: StoreData, run: number): ProgressEntry {
  const plan = data.plans[0];
  return { id: `bench-entry-${run}`, planId: plan.id, itemId: plan.items[0].id, date: '2026-12-01', hours: 1 };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times `step` on `RUNS` successive documents, each the previous one with one hour logged. */
function timeSuccessiveSaves(start: StoreData, step: (next: StoreData) => void): number {
  let state = start;
  const times: number[] = [];
  for (let run = 0; run < RUNS + 3; run += 1) {
    const changed = applyCommand('progress:add', state, entry(state, run), context);
    if (!changed.ok) throw new Error(changed.error.message);
    state = changed.value;
    const began = performance.now();
    step(state);
    if (run >= 3) times.push(performance.now() - began);
  }
  return median(times);
}

function figuresFor(label: string, data: StoreData): StoreSaveFigure[] {
  const bytes = serializeStore(data).reduce((sum, piece) => sum + piece.length, 0);
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  const guard = createWriteGuard();
  guard.check(data);
  const wholeParse = timeSuccessiveSaves(data, (next) => StoreDataSchema.safeParse(next));
  const guarded = timeSuccessiveSaves(data, (next) => guard.check(next));

  const directory = mkdtempSync(join(tmpdir(), 'skillgap-bench-'));
  try {
    const file = openStoreFile({ dataDirectory: directory, now: () => new Date('2026-12-01T20:00:00Z'), scheduledBackupIntervalMs: Number.MAX_SAFE_INTEGER });
    file.write(data);
    let state = data;
    const times: number[] = [];
    for (let run = 0; run < RUNS + 3; run += 1) {
      const began = performance.now();
      const changed = applyCommand('progress:add', state, entry(state, 100 + run), context);
      if (!changed.ok) throw new Error(changed.error.message);
      state = changed.value;
      const written = file.write(state);
      if (!written.ok) throw new Error(written.error.message);
      if (run >= 3) times.push(performance.now() - began);
    }
    const save = median(times);
    return [
      { name: `${label} (${megabytes} MB): whole-store parse before each write (before)`, ms: wholeParse, budgetMs: SAVE_BUDGET_MS },
      { name: `${label} (${megabytes} MB): write guard, new objects only (now)`, ms: guarded, budgetMs: SAVE_BUDGET_MS },
      { name: `${label} (${megabytes} MB): log one hour, command + guard + durable write`, ms: save, budgetMs: SAVE_BUDGET_MS },
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function benchStoreSave(): StoreSaveFigure[] {
  return [...figuresFor('Save, heavy year', heavyStore()), ...figuresFor('Save, store at its size limit', storeAtSizeLimit())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const figure of benchStoreSave()) console.log(`${figure.name}: ${figure.ms.toFixed(2)} ms (budget ${figure.budgetMs} ms)`);
}
