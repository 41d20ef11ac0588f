/**
 * The backups folder: <dataDirectory>/backups/skillgap-<yyyyMMdd-HHmmss-SSS>-<reason>.json, each a
 * byte copy of a store file that was valid when it was copied. A copy is written to a hidden
 * partial file, flushed to disk and renamed, so a crash never leaves a half backup under a real name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { upgradeToCurrent, type StoreData, type UpgradeOutcome } from '../../core';
import type { BackupInfo } from '../../preload/channels';
import {
  BACKUP_TEMP_PATTERN,
  backupFileName,
  parseBackupName,
  type BackupReason,
  type ParsedBackupName,
} from './names';
import { selectBackupsToKeep, sortNewestFirst, type RetentionPolicy, DEFAULT_RETENTION } from './retention';

export type BackupReadOutcome = UpgradeOutcome | { ok: false; reason: 'not-found' | 'unparsable'; detail: string };

function backupNames(directory: string): string[] {
  try {
    return fs.readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
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

function writeDurably(target: string, bytes: Buffer): void {
  const fd = fs.openSync(target, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies `sourceFile` into the folder and returns the backup's name. */
export function createBackup(directory: string, sourceFile: string, reason: BackupReason, now: Date): string {
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
  const partial = path.join(directory, `.${name}.partial`);
  writeDurably(partial, bytes);
  fs.renameSync(partial, path.join(directory, name));
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'unparsable', detail: `backup "${name}" is not valid JSON: ${(error as Error).message}` };
  }
  return upgradeToCurrent(raw);
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

/** Deletes the backups the retention policy does not keep; returns their names. */
export function pruneBackups(directory: string, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const { remove } = selectBackupsToKeep(backupNames(directory), now, policy);
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
