/**
 * Where the store's bytes go: <dataDirectory>/skillgap.json, written whole by writeFileDurably
 * (durable-write.ts) as the checksummed text of store-text.ts.
 *
 * This replaces conf / electron-store, which wrote through `atomically` and renamed a short file
 * over the store when the disk was full, retried refused writes for a second on the main thread,
 * and pretty-printed with tabs (issue #12). Nothing else of those libraries was used: the file is
 * read and classified by store-file.ts, validated with the zod schemas on read
 * (core/store/upgrades.ts), and checked before every write by core/store/writeGuard.ts. The backend stays a seam so tests can
 * count the writes or make them fail.
 */
import type { StoreData } from '../../core';
import { temporaryPathFor, writeFileDurably } from './durable-write';
import { serializeStore } from './store-text';

export interface StoreBackend {
  readonly path: string;
  /** Replaces the whole file, or throws and leaves it as it was. */
  write(data: StoreData): void;
}

export type CreateStore = (storePath: string) => StoreBackend;

export const createFileStore: CreateStore = (storePath) => ({
  path: storePath,
  write: (data) => writeFileDurably(storePath, serializeStore(data), temporaryPathFor(storePath)),
});
