/** Shared helpers for the store and service tests: temp folders, fixtures, a manual clock. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConfStore, type CreateStore } from '../../../main/store/store-options';

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

/** A conf-backed store whose whole-document writes are counted. */
export function countingStore(): { createStore: CreateStore; writes: () => number } {
  let count = 0;
  const createStore: CreateStore = (options) => {
    const conf = createConfStore(options);
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value) {
        count += 1;
        conf.store = value;
      },
    };
  };
  return { createStore, writes: () => count };
}
