/**
 * The backups folder: <dataDirectory>/backups/skillgap-<yyyyMMdd-HHmmss-SSS>-<reason>.json, each a
 * byte copy of a store file that was valid when it was copied. A copy is written whole or not at
 * all (durable-write.ts, through a hidden partial file), so neither a crash nor a full disk leaves
 * a half backup under a real name. Backups are read like the store file (store-text.ts: a byte
 * order mark is ignored, a checksum is checked). Something other than a folder at the folder's
 * place (a file named `backups`) means no backups: nothing is listed and making one fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { upgradeToCurrent, type StoreData, type UpgradeOutcome } from '../../core';
import type { BackupInfo } from '../../preload/channels';
import { writeFileDurably } from './durable-write';
import {
  BACKUP_TEMP_PATTERN,
  backupFileName,
  parseBackupName,
  type BackupReason,
  type ParsedBackupName,
} from './names';
import { selectBackupsToKeep, sortNewestFirst, type RetentionPolicy, DEFAULT_RETENTION } from './retention';
import { parseStoreText } from './store-text';

export type BackupReadOutcome =
  | UpgradeOutcome
  | { ok: false; reason: 'not-found' | 'unparsable' | 'checksum-mismatch'; detail: string };

function backupNames(directory: string): string[] {
  try {
    return fs.readdirSync(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/** Why no backup can be made in `directory`, or null when one can (or the folder is still to be made). */
export function backupFolderProblem(directory: string): string | null {
  try {
    return fs.statSync(directory).isDirectory() ? null : `"${directory}" is a file, not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : `"${directory}" cannot be used: ${(error as Error).message}`;
  }
}

function parsedBackups(directory: string): ParsedBackupName[] {
  return sortNewestFirst(backupNames(directory).map(parseBackupName).filter((parsed) => parsed !== null));
}

/** Newest first. */
export function listBackups(directory: string): BackupInfo[] {
  const infos: BackupInfo[] = [];
  for (const backup of parsedBackups(directory)) {
    try {
      const stats = fs.statSync(path.join(directory, backup.name));
      if (!stats.isFile()) continue;
      infos.push({
        name: backup.name,
        createdAt: backup.createdAt.toISOString(),
        sizeBytes: stats.size,
        reason: backup.reason,
      });
    } catch {
      // Removed between listing and stat: simply not listed.
    }
  }
  return infos;
}

export function newestBackupTime(directory: string): Date | null {
  return parsedBackups(directory)[0]?.createdAt ?? null;
}

/** Copies `sourceFile` into the folder and returns the backup's name. */
export function createBackup(directory: string, sourceFile: string, reason: BackupReason, now: Date): string {
  const problem = backupFolderProblem(directory);
  if (problem) throw Object.assign(new Error(problem), { code: 'ENOTDIR' });
  fs.mkdirSync(directory, { recursive: true });
  const bytes = fs.readFileSync(sourceFile);
  // Two backups in the same millisecond (a fast clock in tests, or restore right after a write)
  // must not overwrite each other: move the stamp on until the name is free.
  let stamp = now.getTime();
  let name = backupFileName(reason, new Date(stamp));
  while (fs.existsSync(path.join(directory, name))) {
    stamp += 1;
    name = backupFileName(reason, new Date(stamp));
  }
  writeFileDurably(path.join(directory, name), bytes, path.join(directory, `.${name}.partial`));
  return name;
}

/** Reads, parses and upgrades one backup. `name` must be exactly one of our backup names. */
export function readBackup(directory: string, name: string): BackupReadOutcome {
  if (parseBackupName(name) === null) {
    return { ok: false, reason: 'not-found', detail: `"${name}" is not the name of a Skillgap backup` };
  }
  let text: string;
  try {
    text = fs.readFileSync(path.join(directory, name), 'utf8');
  } catch {
    return { ok: false, reason: 'not-found', detail: `backup "${name}" does not exist` };
  }
  const parsed = parseStoreText(text);
  if (!parsed.ok) {
    const problem = parsed.reason === 'unparsable' ? 'is not valid JSON' : 'is damaged';
    return { ok: false, reason: parsed.reason, detail: `backup "${name}" ${problem}: ${parsed.detail}` };
  }
  return upgradeToCurrent(parsed.raw);
}

export interface ValidBackup {
  name: string;
  data: StoreData;
  fromVersion: number;
  /** Newer backups that could not be used, with why. */
  skipped: { name: string; detail: string }[];
}

/** The newest backup that parses and upgrades to the current schema, or null. */
export function newestValidBackup(directory: string): ValidBackup | null {
  const skipped: ValidBackup['skipped'] = [];
  for (const backup of parsedBackups(directory)) {
    const outcome = readBackup(directory, backup.name);
    if (outcome.ok) return { name: backup.name, data: outcome.data, fromVersion: outcome.fromVersion, skipped };
    skipped.push({ name: backup.name, detail: outcome.detail });
  }
  return null;
}

/** Deletes the backups the retention policy does not keep, never one of `protect`; returns their names. */
export function pruneBackups(
  directory: string,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  protect: readonly string[] = [],
): string[] {
  const { remove } = selectBackupsToKeep(backupNames(directory), now, policy, protect);
  const removed: string[] = [];
  for (const name of remove) {
    try {
      fs.unlinkSync(path.join(directory, name));
      removed.push(name);
    } catch {
      // Already gone or not removable: try again at the next pruning.
    }
  }
  return removed;
}

/** Partial copies left by a crash; they were never acknowledged as backups. */
export function removePartialBackups(directory: string): void {
  for (const name of backupNames(directory)) {
    if (BACKUP_TEMP_PATTERN.test(name)) fs.rmSync(path.join(directory, name), { force: true });
  }
}
