/**
 * The store file on disk: opening it safely, writing it whole, and its backups.
 *
 * Opening reads and classifies the raw file before the store library ever sees it:
 * - missing: a fresh, empty store (nothing is written until the first change);
 * - current version: loaded as is;
 * - older version: copied to a 'before-migration' backup, upgraded, written back;
 * - newer version: shown read-only, never written (every write answers 'read-only');
 * - unparsable or invalid: moved aside to skillgap.corrupt-<stamp>.json (never deleted), the
 *   newest backup that still upgrades is loaded, and a RecoveryReport says what happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  describeZodError,
  emptyStoreData,
  fail,
  ok,
  StoreDataSchema,
  upgradeToCurrent,
  type Result,
  type StoreData,
} from '../../core';
import { readNewerStore } from '../../core/store/newer-version';
import type { RecoveryReport, Saved } from '../../preload/channels';
import { createBackup, newestBackupTime, newestValidBackup, pruneBackups, readBackup, removePartialBackups } from './backups';
import { BACKUP_DIRECTORY_NAME, corruptFileName, STORE_FILE_NAME, STORE_TEMP_PATTERN, type BackupReason } from './names';
import { createConfStore, createStoreOptions, type CreateStore, type StoreBackend } from './store-options';

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
  /** True when the file was written by a newer Skillgap. */
  readonly readOnly: boolean;
  readonly recovery: RecoveryReport | null;
  /** The data the file held (upgraded, recovered or shown read-only) when it was opened. */
  readonly initialData: StoreData;
  /** Set when the file was upgraded from an older schema version while opening. */
  readonly upgradedFrom: number | null;
  /** Validates the whole document, writes it atomically, then takes a scheduled backup when due. */
  write(data: StoreData): Result<Saved>;
  /** Copies the store file as it is on disk now; null when there is no file yet. */
  backupNow(reason: BackupReason): Result<string | null>;
  /** Validates a backup, backs the current file up ('before-restore'), then writes the backup's data. */
  restore(name: string): Result<StoreData>;
}

type Classified =
  | { kind: 'missing' }
  | { kind: 'loaded'; data: StoreData; fromVersion: number }
  | { kind: 'newer'; raw: unknown; version: number }
  | { kind: 'corrupt'; reason: RecoveryReport['reason']; detail: string };

function classify(storePath: string): Classified {
  let text: string;
  try {
    text = fs.readFileSync(storePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', reason: 'unparsable', detail: (error as Error).message };
  }
  const outcome = upgradeToCurrent(raw);
  if (outcome.ok) return { kind: 'loaded', data: outcome.data, fromVersion: outcome.fromVersion };
  if (outcome.reason === 'newer-version') return { kind: 'newer', raw, version: outcome.version ?? 0 };
  return { kind: 'corrupt', reason: outcome.failedStep ? 'upgrade-failed' : 'schema-invalid', detail: outcome.detail };
}

/** Removes the temporary files of atomic writes that a crash interrupted. */
function removeStaleTempFiles(dataDirectory: string): void {
  for (const name of fs.readdirSync(dataDirectory)) {
    if (STORE_TEMP_PATTERN.test(name)) fs.rmSync(path.join(dataDirectory, name), { force: true });
  }
}

function moveAside(storePath: string, now: Date): string {
  let stamp = now.getTime();
  let target = path.join(path.dirname(storePath), corruptFileName(new Date(stamp)));
  while (fs.existsSync(target)) {
    stamp += 1;
    target = path.join(path.dirname(storePath), corruptFileName(new Date(stamp)));
  }
  fs.renameSync(storePath, target);
  return target;
}

export function openStoreFile(options: OpenStoreFileOptions): StoreFile {
  const { dataDirectory, now } = options;
  const createStore = options.createStore ?? createConfStore;
  const interval = options.scheduledBackupIntervalMs ?? SCHEDULED_BACKUP_INTERVAL_MS;
  fs.mkdirSync(dataDirectory, { recursive: true });
  const storePath = path.join(dataDirectory, STORE_FILE_NAME);
  const backupDirectory = path.join(dataDirectory, BACKUP_DIRECTORY_NAME);
  let lastBackupAt = newestBackupTime(backupDirectory);
  let backend: StoreBackend | null = null;
  let initialData = emptyStoreData();
  let recovery: RecoveryReport | null = null;
  let upgradedFrom: number | null = null;
  let readOnly = false;

  const takeBackup = (reason: BackupReason): string => {
    const at = now();
    const name = createBackup(backupDirectory, storePath, reason, at);
    lastBackupAt = at;
    pruneBackups(backupDirectory, at);
    return name;
  };

  const classified = classify(storePath);
  // Leftovers of interrupted writes are ours to clear, unless the folder belongs to a newer
  // Skillgap, whose files we never touch.
  if (classified.kind !== 'newer') {
    removeStaleTempFiles(dataDirectory);
    removePartialBackups(backupDirectory);
  }
  switch (classified.kind) {
    case 'missing':
      backend = createStore(createStoreOptions(dataDirectory));
      break;
    case 'loaded':
      if (classified.fromVersion !== CURRENT_SCHEMA_VERSION) {
        // The old file is kept as a backup before anything is written over it. If that copy
        // fails, opening fails: upgrading without a copy could lose the person's data.
        takeBackup('before-migration');
        backend = createStore(createStoreOptions(dataDirectory));
        backend.store = classified.data;
        upgradedFrom = classified.fromVersion;
      } else {
        backend = createStore(createStoreOptions(dataDirectory));
      }
      initialData = classified.data;
      break;
    case 'newer':
      readOnly = true;
      initialData = readNewerStore(classified.raw).data;
      break;
    case 'corrupt': {
      const movedTo = moveAside(storePath, now());
      const backup = newestValidBackup(backupDirectory);
      backend = createStore(createStoreOptions(dataDirectory));
      if (backup) {
        backend.store = backup.data;
        initialData = backup.data;
      }
      const skipped = backup?.skipped.length ?? 0;
      recovery = {
        reason: classified.reason,
        movedTo,
        restoredFrom: backup?.name ?? null,
        detail:
          `${classified.detail}` +
          (backup ? `; loaded backup ${backup.name}` : '; no valid backup, started empty') +
          (skipped > 0 ? `; skipped ${skipped} unusable newer backup(s)` : ''),
      };
      break;
    }
  }

  const write = (data: StoreData): Result<Saved> => {
    if (readOnly || !backend) {
      return fail('read-only', 'the store was written by a newer version of Skillgap and is opened read-only');
    }
    // Last guard before the disk: never write what we could not read back.
    const checked = StoreDataSchema.safeParse(data);
    if (!checked.success) {
      const problem = describeZodError(checked.error);
      return fail('invalid-payload', `refused to write an invalid store: ${problem.message}`, problem.path);
    }
    try {
      backend.store = data;
    } catch (error) {
      return fail('io-failure', `could not write the store: ${(error as Error).message}`);
    }
    const savedAt = now();
    if (lastBackupAt === null || savedAt.getTime() - lastBackupAt.getTime() >= interval) {
      try {
        takeBackup('scheduled');
      } catch (error) {
        // The change itself is saved; a missed backup is retried at the next write.
        console.warn(`Skillgap: scheduled backup failed: ${(error as Error).message}`);
      }
    }
    return ok({ savedAt: savedAt.toISOString() });
  };

  const backupNow = (reason: BackupReason): Result<string | null> => {
    if (!fs.existsSync(storePath)) return ok(null);
    try {
      return ok(takeBackup(reason));
    } catch (error) {
      return fail('io-failure', `could not make a backup: ${(error as Error).message}`);
    }
  };

  const restore = (name: string): Result<StoreData> => {
    if (readOnly) return fail('read-only', 'a store written by a newer version of Skillgap is never replaced');
    const outcome = readBackup(backupDirectory, name);
    if (!outcome.ok) {
      return outcome.reason === 'not-found'
        ? fail('not-found', outcome.detail, 'name')
        : fail('invalid-file', `backup "${name}" cannot be restored: ${outcome.detail}`, 'name');
    }
    const safety = backupNow('before-restore');
    if (!safety.ok) return safety;
    const written = write(outcome.data);
    return written.ok ? ok(outcome.data) : written;
  };

  return {
    path: storePath,
    backupDirectory,
    readOnly,
    recovery,
    initialData,
    upgradedFrom,
    write,
    backupNow,
    restore,
  };
}
