/**
 * The Skillgap service: everything the renderer can ask of the main process, minus Electron.
 *
 * Persistence model (docs/architecture.md, "The store and its commands"):
 * - The whole document (StoreData) lives in memory; the main process is its only writer.
 * - A change is a command of core/store/commands.ts (its payload parsed once, by the IPC
 *   handler), applied to memory at once (so the next read sees it), and joins the pending write.
 *   The first change of a burst starts a timer (`writeDelayMs`, 250 ms by default); when it
 *   fires the whole document is written once, whole or not at all
 *   (main/store/durable-write.ts). The promise of every change in the burst resolves with
 *   `{savedAt}` only after that write reached the disk, or with why it did not ('disk-full',
 *   'permission-denied', 'io-failure'): the change stays in memory and the next change or flush
 *   writes it again.
 * - `flush()` writes at once (the app calls it before quitting); `close()` flushes and stops.
 * - The file is classified when it is opened (main/store/store-file.ts): older versions are
 *   backed up then upgraded by core/store/upgrades.ts, broken ones are copied aside and replaced by
 *   the newest valid backup, with a RecoveryReport. What cannot be done safely (a newer version,
 *   a folder that cannot be written, a recovery stopped by a full disk) opens read-only, and the
 *   status says why.
 * - Imports and exports (main/service/exports.ts): an import backs the file up ('before-import')
 *   and then replaces the whole document; exports only read it.
 * - Backups (main/store/backups.ts): before a migration and a restore, and after a write when the
 *   last one is 10 minutes old; the newest 20 are kept plus the newest of each of the last 30 days.
 */
import {
  applyCommand,
  fail,
  unexpectedFailure,
  ok,
  type Catalog,
  type CommandChannel,
  type CommandContext,
  type CommandInput,
  type Result,
  type StoreData,
} from '../../core';
import type { ChannelMap, ChannelPayload, Saved } from '../../preload/channels';
import { listBackups } from '../store/backups';
import { openStoreFile, readOnlyMessage } from '../store/store-file';
import type { CreateStore } from '../store/store-options';
import { createWriteQueue } from '../store/write-queue';
import { createDataTransfer, type DataTransfer, type PlanPrinter } from './exports';
import type { FileDialogs } from './files';
import { CHANNEL_PAYLOAD_SCHEMAS, parsePayload } from './payloads';

export const DEFAULT_WRITE_DELAY_MS = 250;

export interface SkillgapServiceOptions {
  dataDirectory: string;
  builtinCatalog: Catalog;
  appVersion: string;
  /** The clock for save times, backup names and the 10-minute backup rule. */
  now?: () => Date;
  writeDelayMs?: number;
  /** Where the document is written; defaults to <dataDirectory>/skillgap.json. Tests count or fail writes. */
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
  createPlan: ChannelMap['plans:create'];
  removePlan: ChannelMap['plans:remove'];
  setActivePlan: ChannelMap['plans:setActive'];
  addProgress: ChannelMap['progress:add'];
  removeProgress: ChannelMap['progress:remove'];
  recordCheckIn: ChannelMap['checkIn:record'];
  recordReview: ChannelMap['review:record'];
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
      return unexpectedFailure('the service', error);
    }
  };

  const context: CommandContext = { builtinCatalog: options.builtinCatalog };

  /**
   * Applies a command of core/store/commands.ts to the document. The payload was parsed once, at
   * the IPC edge (main/ipc/handlers.ts); the types keep direct callers (tests) to valid values.
   */
  function change<C extends CommandChannel>(channel: C, input: ChannelPayload<C>[0] & CommandInput<C>): Promise<Result<Saved>> {
    return guarded<Saved>(() => {
      if (closed) return fail('io-failure', 'the store is closed');
      if (file.readOnlyReason) return fail('read-only', readOnlyMessage(file.readOnlyReason));
      const next = applyCommand(channel, state, input, context);
      if (!next.ok) return next;
      state = next.value;
      dirty = true;
      return queue.schedule();
    });
  }

  /** Writes what is still pending; a failure keeps its code so the person knows what to do. */
  const savePending = (what: 'imported' | 'restored'): Result<null> => {
    queue.flush();
    if (!dirty) return ok(null);
    const saved = commit();
    if (saved.ok) return ok(null);
    // The write's own problem (a full disk, a refused folder) is what the person can act on.
    return fail(saved.error.code, `the current changes could not be saved, so nothing was ${what}: ${saved.error.message}`, undefined, saved.error.problem);
  };

  /** Import: pending changes land, the file is backed up, then the new document is written. */
  const replaceAll = (data: StoreData) => {
    if (closed) return fail('io-failure', 'the store is closed');
    if (file.readOnlyReason) return fail('read-only', readOnlyMessage(file.readOnlyReason));
    const pending = savePending('imported');
    if (!pending.ok) return pending;
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
        ok({
          version: options.appVersion,
          dataDirectory: options.dataDirectory,
          readOnly: file.readOnly,
          readOnlyReason: file.readOnlyReason,
          recovery: file.recovery,
          backupsUnavailable: file.backupsUnavailable,
        }),
      ),
    load: () => guarded(() => ok(structuredClone(state))),
    builtinCatalog: () => guarded(() => ok(options.builtinCatalog)),
    saveProfile: (profile) => change('profile:save', profile),
    saveSettings: (settings) => change('settings:save', settings),
    saveUserSkill: (skill) => change('userCatalog:saveSkill', skill),
    saveUserRole: (role) => change('userCatalog:saveRole', role),
    saveUserCourse: (course) => change('userCatalog:saveCourse', course),
    removeUserEntry: (entry) => change('userCatalog:remove', entry),
    savePlan: (plan) => change('plans:save', plan),
    createPlan: (plan) => change('plans:create', plan),
    removePlan: (target) => change('plans:remove', target),
    setActivePlan: (target) => change('plans:setActive', target),
    addProgress: (entry) => change('progress:add', entry),
    removeProgress: (target) => change('progress:remove', target),
    recordCheckIn: (checkIn) => change('checkIn:record', checkIn),
    recordReview: (review) => change('review:record', review),
    listBackups: () => guarded(() => ok(listBackups(file.backupDirectory))),
    restoreBackup: (target) =>
      guarded(() => {
        if (closed) return fail('io-failure', 'the store is closed');
        // Checked here as well as at the edge: the name becomes a path on disk.
        const parsed = parsePayload(CHANNEL_PAYLOAD_SCHEMAS['backups:restore'], target);
        if (!parsed.ok) return parsed;
        if (file.readOnlyReason) return fail('read-only', readOnlyMessage(file.readOnlyReason));
        // Pending changes land first, so the 'before-restore' backup holds everything and the
        // restore can be undone by restoring that backup.
        const pending = savePending('restored');
        if (!pending.ok) return pending;
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
