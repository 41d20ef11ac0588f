/**
 * The options of the store library and the small surface of it we use.
 *
 * The Electron app passes `(options) => new ElectronStore(options)`; tests and the browser harness
 * use `new Conf(options)` (the default). electron-store extends conf and reads the file name from
 * `name` (it overwrites `configName` with it), so both keys are given and both libraries write
 * `<cwd>/skillgap.json`.
 *
 * No JSON schema is given to the library, on purpose:
 * - the draft-7 schema zod produces does not compile in conf's Ajv (Ajv2020 refuses the draft-7
 *   tuple form of `Skill.levels`); the 2020-12 one compiles but cannot say what the zod schema
 *   says (real calendar dates, http(s) URLs, no skill rated twice), so zod must run anyway;
 * - conf validates when it is constructed, so with a schema it throws on exactly the files we must
 *   handle ourselves (an older version to upgrade, a file to move aside), and a fresh store with
 *   `required` keys fails too;
 * - compiling that schema costs about 140 ms at every start on the build machines.
 * The store file is therefore validated with the zod schemas: on read (core/store/upgrades.ts),
 * and in full before every write (main/store/store-file.ts).
 */
import Conf from 'conf';
import { STORE_CONFIG_NAME } from './names';

export interface StoreOptions {
  /** Read by electron-store. */
  name: string;
  /** Read by conf. */
  configName: string;
  cwd: string;
  /** Never let the library replace an unreadable file with defaults: we move it aside instead. */
  clearInvalidConfig: false;
  /** No file watcher: the main process is the only writer. */
  watch: false;
}

/** What we use of a conf / electron-store instance. Setting `store` is one atomic write. */
export interface StoreBackend {
  readonly path: string;
  store: Record<string, unknown>;
}

export type CreateStore = (options: StoreOptions) => StoreBackend;

export function createStoreOptions(cwd: string): StoreOptions {
  return { name: STORE_CONFIG_NAME, configName: STORE_CONFIG_NAME, cwd, clearInvalidConfig: false, watch: false };
}

export const createConfStore: CreateStore = (options) => new Conf<Record<string, unknown>>(options);
