/**
 * The Skillgap service: everything the renderer can ask of the main process, minus Electron.
 *
 * Persistence model:
 * - The whole document (StoreData) lives in memory; the main process is its only writer.
 * - A change is validated, applied to memory at once (so the next read sees it), and joins the
 *   pending write. The first change of a burst starts a timer (`writeDelayMs`, 250 ms by default);
 *   when it fires the whole document is written once, through the store library's `store`
 *   setter, which writes a temporary file and renames it over the old one (atomic). The promise of
 *   every change in the burst resolves with `{savedAt}` only after that write reached the disk,
 *   or with fail('io-failure') if it did not.
 * - `flush()` writes at once (the app calls it before quitting); `close()` flushes and stops.
 * - The file is classified before the library opens it (main/store/store-file.ts): older versions
 *   are backed up then upgraded by core/store/upgrades.ts, newer ones are opened read-only, broken
 *   ones are moved aside and replaced by the newest valid backup, with a RecoveryReport.
 * - Imports and exports (main/service/exports.ts): an import backs the file up ('before-import')
 *   and then replaces the whole document; exports only read it.
 * - Backups (main/store/backups.ts): before a migration and a restore, and after a write when the
 *   last one is 10 minutes old; the newest 20 are kept plus the newest of each of the last 30 days.
 */
import { fail, ok, type Catalog, type Result, type StoreData } from '../../core';
import type { ChannelMap, Saved } from '../../preload/channels';
import { listBackups } from '../store/backups';
import { openStoreFile } from '../store/store-file';
import type { CreateStore } from '../store/store-options';
import { createWriteQueue } from '../store/write-queue';
import { createDataTransfer, type DataTransfer, type PlanPrinter } from './exports';
import type { FileDialogs } from './files';
import * as mutations from './mutations';
import { CHANNEL_PAYLOAD_SCHEMAS, parsePayload } from './payloads';

export const DEFAULT_WRITE_DELAY_MS = 250;

export interface SkillgapServiceOptions {
  dataDirectory: string;
  builtinCatalog: Catalog;
  appVersion: string;
  /** The clock for save times, backup names and the 10-minute backup rule. */
  now?: () => Date;
  writeDelayMs?: number;
  /** Defaults to `new Conf(options)`; the Electron app passes `new ElectronStore(options)`. */
  createStore?: CreateStore;
  scheduledBackupIntervalMs?: number;
  /** Save and open dialogs for exports and imports; without them those channels answer io-failure. */
  dialogs?: FileDialogs;
  /** Renders the print route (main/print/printPlan.ts); without it printing answers io-failure. */
  printer?: PlanPrinter;
}

export interface SkillgapService extends DataTransfer {
  status: ChannelMap['app:status'];
  load: ChannelMap['store:load'];
  builtinCatalog: ChannelMap['catalog:builtin'];
  saveProfile: ChannelMap['profile:save'];
  saveSettings: ChannelMap['settings:save'];
  saveUserSkill: ChannelMap['userCatalog:saveSkill'];
  saveUserRole: ChannelMap['userCatalog:saveRole'];
  saveUserCourse: ChannelMap['userCatalog:saveCourse'];
  removeUserEntry: ChannelMap['userCatalog:remove'];
  savePlan: ChannelMap['plans:save'];
  removePlan: ChannelMap['plans:remove'];
  setActivePlan: ChannelMap['plans:setActive'];
  addProgress: ChannelMap['progress:add'];
  removeProgress: ChannelMap['progress:remove'];
  listBackups: ChannelMap['backups:list'];
  restoreBackup: ChannelMap['backups:restore'];
  /** Writes any pending change now. */
  flush(): Promise<void>;
  /** Flushes, then refuses every further change. */
  close(): Promise<void>;
}

export async function createSkillgapService(options: SkillgapServiceOptions): Promise<SkillgapService> {
  const now = options.now ?? (() => new Date());
  const file = openStoreFile({
    dataDirectory: options.dataDirectory,
    now,
    createStore: options.createStore,
    scheduledBackupIntervalMs: options.scheduledBackupIntervalMs,
  });
  let state: StoreData = file.initialData;
  /** True while memory holds a change that is not on disk (pending, or its write failed). */
  let dirty = false;
  let closed = false;

  const commit = () => {
    const result = file.write(state);
    if (result.ok) dirty = false;
    return result;
  };
  const queue = createWriteQueue(commit, options.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS);

  /** Any unexpected throw becomes a typed failure: callers never see an exception. */
  const guarded = async <T>(work: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> => {
    try {
      return await work();
    } catch (error) {
      return fail('io-failure', `unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  function change<C extends keyof typeof CHANNEL_PAYLOAD_SCHEMAS, T>(
    channel: C,
    input: unknown,
    apply: (current: StoreData, value: T) => Result<StoreData>,
  ): Promise<Result<Saved>> {
    return guarded<Saved>(() => {
      if (closed) return fail('io-failure', 'the store is closed');
      if (file.readOnly) return fail('read-only', 'the store was written by a newer version of Skillgap and is read-only');
      const schema = CHANNEL_PAYLOAD_SCHEMAS[channel];
      const parsed = parsePayload(schema as never, input);
      if (!parsed.ok) return parsed;
      const next = apply(state, parsed.value as T);
      if (!next.ok) return next;
      state = next.value;
      dirty = true;
      return queue.schedule();
    });
  }

  /** Import: pending changes land, the file is backed up, then the new document is written. */
  const replaceAll = (data: StoreData) => {
    if (closed) return fail('io-failure', 'the store is closed');
    if (file.readOnly) return fail('read-only', 'a store written by a newer version of Skillgap is never replaced');
    queue.flush();
    if (dirty && !commit().ok) return fail('io-failure', 'the current changes could not be saved, so nothing was imported');
    const backup = file.backupNow('before-import');
    if (!backup.ok) return backup;
    const written = file.write(data);
    if (!written.ok) return written;
    state = data;
    return ok({ backupName: backup.value });
  };
  const transfer = createDataTransfer({
    state: () => state,
    replaceAll,
    readOnly: () => file.readOnly,
    builtinCatalog: options.builtinCatalog,
    appVersion: options.appVersion,
    now,
    dialogs: options.dialogs,
    printer: options.printer,
  });

  const flush = async () => {
    queue.flush();
    // A write that failed earlier is tried again, so quitting never silently drops a change.
    if (dirty && !file.readOnly) commit();
  };

  return {
    status: () =>
      guarded(() =>
        ok({ version: options.appVersion, dataDirectory: options.dataDirectory, readOnly: file.readOnly, recovery: file.recovery }),
      ),
    load: () => guarded(() => ok(structuredClone(state))),
    builtinCatalog: () => guarded(() => ok(options.builtinCatalog)),
    saveProfile: (profile) => change('profile:save', profile, (current, value: StoreData['profile']) => ok({ ...current, profile: value })),
    saveSettings: (settings) =>
      change('settings:save', settings, (current, value: StoreData['settings']) => ok({ ...current, settings: value })),
    saveUserSkill: (skill) => change('userCatalog:saveSkill', skill, mutations.saveUserSkill),
    saveUserRole: (role) => change('userCatalog:saveRole', role, mutations.saveUserRole),
    saveUserCourse: (course) => change('userCatalog:saveCourse', course, mutations.saveUserCourse),
    removeUserEntry: (entry) => change('userCatalog:remove', entry, mutations.removeUserEntry),
    savePlan: (plan) => change('plans:save', plan, mutations.savePlan),
    removePlan: (target) => change('plans:remove', target, mutations.removePlan),
    setActivePlan: (target) => change('plans:setActive', target, mutations.setActivePlan),
    addProgress: (entry) => change('progress:add', entry, mutations.addProgress),
    removeProgress: (target) => change('progress:remove', target, mutations.removeProgress),
    listBackups: () => guarded(() => ok(listBackups(file.backupDirectory))),
    restoreBackup: (target) =>
      guarded(() => {
        if (closed) return fail('io-failure', 'the store is closed');
        const parsed = parsePayload(CHANNEL_PAYLOAD_SCHEMAS['backups:restore'], target);
        if (!parsed.ok) return parsed;
        if (file.readOnly) return fail('read-only', 'a store written by a newer version of Skillgap is never replaced');
        // Pending changes land first, so the 'before-restore' backup holds everything and the
        // restore can be undone by restoring that backup.
        queue.flush();
        if (dirty && !commit().ok) {
          return fail('io-failure', 'the current changes could not be saved, so nothing was restored');
        }
        const restored = file.restore(parsed.value.name);
        if (!restored.ok) return restored;
        state = restored.value;
        return ok(structuredClone(state));
      }),
    ...transfer,
    flush: () => flush(),
    close: async () => {
      if (closed) return;
      await flush();
      closed = true;
    },
  };
}
