/**
 * The store file on disk: opening it safely, writing it whole, and its backups (docs/architecture.md,
 * "Data safety").
 *
 * Opening reads and classifies the raw file (opening.ts) before anything is written:
 * - missing: a fresh, empty store (nothing is written until the first change);
 * - current version: loaded as is;
 * - older version: copied to a 'before-migration' backup, upgraded, written back;
 * - newer version: shown read-only, never written (every write answers 'read-only');
 * - unparsable, invalid or not matching its checksum: copied aside to
 *   skillgap.corrupt-<stamp>.json (never deleted), then the newest backup that still upgrades (or
 *   an empty store) is written over it, and a RecoveryReport says what happened.
 * Nothing that could not be read is ever replaced before a whole copy of it exists. When a step
 * cannot be done (a full disk, a folder that cannot be written, a `backups` that is a file) the
 * files are left as they were and the data is shown read-only with the reason (`readOnlyReason`);
 * the next start tries again. Writes go through durable-write.ts: whole or not at all, and a
 * failure is a Result ('disk-full', 'permission-denied', 'io-failure') the person sees.
 */
import path from 'node:path';
import fs from 'node:fs';
import { createWriteGuard, CURRENT_SCHEMA_VERSION, emptyStoreData, fail, ok, type Result, type StoreData } from '../../core';
import { readNewerStore } from '../../core/store/newer-version';
import type { AppStatus, ReadOnlyReason, RecoveryReport, Saved } from '../../preload/channels';
import {
  backupFolderProblem,
  createBackup,
  newestBackupTime,
  newestValidBackup,
  pruneBackups,
  readBackup,
  removePartialBackups,
} from './backups';
import { failedWrite } from './durable-write';
import { BACKUP_DIRECTORY_NAME, STORE_FILE_NAME, type BackupReason } from './names';
import { classify, copyAside, folderWritable, removeQuietly, removeStaleTempFiles, type Classified } from './opening';
import { DEFAULT_RETENTION, isBackupDue } from './retention';
import { createFileStore, type CreateStore } from './store-options';

export const SCHEDULED_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface OpenStoreFileOptions {
  dataDirectory: string;
  now: () => Date;
  createStore?: CreateStore;
  scheduledBackupIntervalMs?: number;
}

export interface StoreFile {
  readonly path: string;
  readonly backupDirectory: string;
  /** True when nothing may be written; `readOnlyReason` says why. */
  readonly readOnly: boolean;
  readonly readOnlyReason: ReadOnlyReason | null;
  readonly recovery: RecoveryReport | null;
  readonly backupsUnavailable: NonNullable<AppStatus['backupsUnavailable']> | null;
  /** The data the file held (upgraded, recovered or shown read-only) when it was opened. */
  readonly initialData: StoreData;
  /** Set when the file was upgraded from an older schema version while opening. */
  readonly upgradedFrom: number | null;
  /** Checks the document against its schema (core/store/writeGuard.ts), writes it whole, then takes a scheduled backup when due. */
  write(data: StoreData): Result<Saved>;
  /** Copies the store file as it is on disk now; null when there is no file yet. */
  backupNow(reason: BackupReason): Result<string | null>;
  /** Validates a backup, backs the current file up ('before-restore'), writes the backup's data, backs that up. */
  restore(name: string): Result<StoreData>;
}

/** English, for logs and tests; the renderer says it in the person's language from the reason. */
export function readOnlyMessage(reason: ReadOnlyReason): string {
  const why: Record<ReadOnlyReason, string> = {
    'newer-version': 'the store was written by a newer version of Skillgap',
    'folder-not-writable': 'the data folder cannot be written',
    'recovery-failed': 'the store is damaged and could not be repaired yet',
    'upgrade-blocked': 'the store could not be backed up before its upgrade',
    'store-unreadable': 'the store file cannot be read',
  };
  return `${why[reason]}, so it is opened read-only and nothing is written`;
}

interface Opened {
  initialData: StoreData;
  readOnlyReason: ReadOnlyReason | null;
  recovery: RecoveryReport | null;
  upgradedFrom: number | null;
}

export function openStoreFile(options: OpenStoreFileOptions): StoreFile {
  const { dataDirectory, now } = options;
  const interval = options.scheduledBackupIntervalMs ?? SCHEDULED_BACKUP_INTERVAL_MS;
  const storePath = path.join(dataDirectory, STORE_FILE_NAME);
  const backupDirectory = path.join(dataDirectory, BACKUP_DIRECTORY_NAME);
  const backend = (options.createStore ?? createFileStore)(storePath);
  const classified = classify(storePath);
  // A newer Skillgap's folder gets not even a probe file: nothing is written there anyway.
  const folder = classified.kind === 'newer' ? { writable: false as const, detail: 'not probed' } : folderWritable(dataDirectory, storePath);
  const backupProblem = backupFolderProblem(backupDirectory);
  const backupsUnavailable = backupProblem ? { path: backupDirectory, detail: backupProblem } : null;
  let lastBackupAt = newestBackupTime(backupDirectory);

  /** Throws when the copy cannot be made; prunes without ever removing one of `protect`. */
  const takeBackup = (reason: BackupReason, protect: readonly string[] = []): string => {
    const at = now();
    const name = createBackup(backupDirectory, storePath, reason, at);
    lastBackupAt = at;
    pruneBackups(backupDirectory, at, DEFAULT_RETENTION, protect);
    return name;
  };

  // Leftovers of interrupted writes are ours to clear, unless the folder belongs to a newer
  // Skillgap, whose files we never touch.
  if (folder.writable) {
    removeStaleTempFiles(dataDirectory);
    removePartialBackups(backupDirectory);
  }

  const openLoaded = (found: Extract<Classified, { kind: 'loaded' }>): Opened => {
    const opened: Opened = { initialData: found.data, readOnlyReason: null, recovery: null, upgradedFrom: null };
    if (!folder.writable) return { ...opened, readOnlyReason: 'folder-not-writable' };
    if (found.fromVersion === CURRENT_SCHEMA_VERSION) return opened;
    // The old file is kept as a backup before anything is written over it. Without that copy the
    // upgrade is only shown, read-only: upgrading without it could lose the person's data.
    try {
      takeBackup('before-migration');
      backend.write(found.data);
    } catch (error) {
      console.warn(`Skillgap: the store was not upgraded: ${(error as Error).message}`);
      return { ...opened, readOnlyReason: 'upgrade-blocked' };
    }
    return { ...opened, upgradedFrom: found.fromVersion };
  };

  const recover = (found: Extract<Classified, { kind: 'corrupt' }>): Opened => {
    const backup = newestValidBackup(backupDirectory);
    const data = backup?.data ?? emptyStoreData();
    const skipped = backup?.skipped.length ?? 0;
    const detail =
      found.detail +
      (backup ? `; loaded backup ${backup.name}` : '; no valid backup, started empty') +
      (skipped > 0 ? `; skipped ${skipped} unusable newer backup(s)` : '');
    const report = { reason: found.reason, restoredFrom: backup?.name ?? null, detail };
    const stopped = (failure: string, reason: ReadOnlyReason): Opened => ({
      initialData: data,
      readOnlyReason: reason,
      recovery: { ...report, movedTo: null, failure, detail: `${detail}; recovery stopped, nothing was changed: ${failure}` },
      upgradedFrom: null,
    });
    if (!folder.writable) return stopped(`the data folder cannot be written: ${folder.detail}`, 'folder-not-writable');
    let movedTo: string | null = null;
    try {
      movedTo = copyAside(storePath, now());
      backend.write(data);
    } catch (error) {
      // Every file as it was: the store is still the damaged file, and the next start tries again.
      if (movedTo) removeQuietly(movedTo);
      return stopped((error as Error).message, 'recovery-failed');
    }
    return { initialData: data, readOnlyReason: null, recovery: { ...report, movedTo, failure: null }, upgradedFrom: null };
  };

  const open = (): Opened => {
    const blank: Opened = { initialData: emptyStoreData(), readOnlyReason: null, recovery: null, upgradedFrom: null };
    switch (classified.kind) {
      case 'missing':
        return folder.writable ? blank : { ...blank, readOnlyReason: 'folder-not-writable' };
      case 'unreadable':
        console.warn(`Skillgap: the store file cannot be read: ${classified.detail}`);
        return { ...blank, readOnlyReason: 'store-unreadable' };
      case 'newer':
        return { ...blank, initialData: readNewerStore(classified.raw).data, readOnlyReason: 'newer-version' };
      case 'loaded':
        return openLoaded(classified);
      case 'corrupt':
        return recover(classified);
    }
  };
  const { initialData, readOnlyReason, recovery, upgradedFrom } = open();

  // Last guard before the disk: never write what we could not read back. It parses only the
  // objects no earlier write had, so a save costs the change, not the whole store.
  const guard = createWriteGuard();
  const write = (data: StoreData): Result<Saved> => {
    if (readOnlyReason) return fail('read-only', readOnlyMessage(readOnlyReason));
    const checked = guard.check(data);
    if (!checked.ok) {
      return fail('invalid-payload', `refused to write an invalid store: ${checked.error.message}`, checked.error.path);
    }
    try {
      backend.write(data);
    } catch (error) {
      return failedWrite('store', error);
    }
    const savedAt = now();
    if (!backupsUnavailable && isBackupDue(lastBackupAt, savedAt, interval)) {
      try {
        takeBackup('scheduled');
      } catch (error) {
        // The change itself is saved; a missed backup is retried at the next write.
        console.warn(`Skillgap: scheduled backup failed: ${(error as Error).message}`);
      }
    }
    return ok({ savedAt: savedAt.toISOString() });
  };

  const backupNow = (reason: BackupReason, protect: readonly string[] = []): Result<string | null> => {
    if (!fs.existsSync(storePath)) return ok(null);
    if (backupsUnavailable) return fail('io-failure', `no backup can be made: ${backupsUnavailable.detail}`);
    try {
      return ok(takeBackup(reason, protect));
    } catch (error) {
      return failedWrite('backup', error);
    }
  };

  const restore = (name: string): Result<StoreData> => {
    if (readOnlyReason) return fail('read-only', readOnlyMessage(readOnlyReason));
    const outcome = readBackup(backupDirectory, name);
    if (!outcome.ok) {
      return outcome.reason === 'not-found'
        ? fail('not-found', outcome.detail, undefined, { key: 'problem.backupMissing' })
        : fail('invalid-file', `backup "${name}" cannot be restored: ${outcome.detail}`, undefined, {
            key: 'problem.backupUnreadable',
            values: { detail: outcome.detail },
          });
    }
    // The backup being restored is never pruned here, even when it is the oldest.
    const safety = backupNow('before-restore', [name]);
    if (!safety.ok) return safety;
    const written = write(outcome.data);
    if (!written.ok) return written;
    // A copy of the restored data newer than its source, so pruning that one later loses nothing.
    const copy = backupNow('scheduled', [name]);
    if (!copy.ok) console.warn(`Skillgap: no backup of the restored data: ${copy.error.message}`);
    return ok(outcome.data);
  };

  return {
    path: storePath,
    backupDirectory,
    readOnly: readOnlyReason !== null,
    readOnlyReason,
    recovery,
    backupsUnavailable,
    initialData,
    upgradedFrom,
    write,
    backupNow: (reason) => backupNow(reason),
    restore,
  };
}
