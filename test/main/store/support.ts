/** Shared helpers for the store and service tests: temp folders, fixtures, a manual clock. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFileStore, type CreateStore } from '../../../main/store/store-options';
import { parseStoreText } from '../../../main/store/store-text';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/store');

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

/** A fresh folder under the system temp dir; removed by `removeTempDirs()`. */
const created: string[] = [];
export function makeTempDir(prefix = 'skillgap-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A temp data folder holding the named fixtures as its store file and backups. */
export function dataDirWith(storeFixture?: string, backups: Record<string, string> = {}): string {
  const dir = makeTempDir();
  if (storeFixture) fs.writeFileSync(path.join(dir, 'skillgap.json'), fixtureText(storeFixture));
  if (Object.keys(backups).length > 0) fs.mkdirSync(path.join(dir, 'backups'));
  for (const [name, fixture] of Object.entries(backups)) {
    fs.writeFileSync(path.join(dir, 'backups', name), fixtureText(fixture));
  }
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A clock the test moves by hand. */
export interface ManualClock {
  now: () => Date;
  advance(ms: number): void;
  set(iso: string): void;
}

export function manualClock(startIso = '2026-11-24T09:00:00.000Z'): ManualClock {
  let current = new Date(startIso).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (iso) => {
      current = new Date(iso).getTime();
    },
  };
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The real file store, with its whole-document writes counted. */
export function countingStore(): { createStore: CreateStore; writes: () => number } {
  let count = 0;
  const createStore: CreateStore = (storePath) => {
    const file = createFileStore(storePath);
    return {
      path: file.path,
      write(data) {
        count += 1;
        file.write(data);
      },
    };
  };
  return { createStore, writes: () => count };
}

/** The store file's data as the app reads it: byte order mark and checksum checked and removed. */
export function readStoreData(file: string): unknown {
  const parsed = parseStoreText(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.detail}`);
  return parsed.raw;
}
