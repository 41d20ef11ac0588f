/**
 * File names of the data directory. Time stamps are written in UTC so that names sort in time
 * order whatever the time zone or daylight-saving change, and "a day" for retention is a UTC day.
 */
import type { BackupInfo } from '../../preload/channels';

export const STORE_CONFIG_NAME = 'skillgap';
export const STORE_FILE_NAME = `${STORE_CONFIG_NAME}.json`;
export const BACKUP_DIRECTORY_NAME = 'backups';

export type BackupReason = BackupInfo['reason'];
export const BACKUP_REASONS: readonly BackupReason[] = ['scheduled', 'before-migration', 'before-import', 'before-restore'];

/** skillgap-20261124-093015-042-scheduled.json */
export const BACKUP_NAME_PATTERN =
  /^skillgap-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-(scheduled|before-migration|before-import|before-restore)\.json$/;

/**
 * Temporary files of the store's writes (durable-write.ts), of the copy of a damaged store and of
 * the start-up probe, left behind only when the process is killed mid-write.
 */
export const STORE_TEMP_PATTERN = /^skillgap\.json\.tmp-[0-9a-z]+$/;
export const BACKUP_TEMP_PATTERN = /^\.skillgap-.+\.json\.partial$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** yyyyMMdd-HHmmss-SSS in UTC. */
export function formatStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}-` +
    pad(date.getUTCMilliseconds(), 3)
  );
}

export function backupFileName(reason: BackupReason, date: Date): string {
  return `skillgap-${formatStamp(date)}-${reason}.json`;
}

export function corruptFileName(date: Date): string {
  return `${STORE_CONFIG_NAME}.corrupt-${formatStamp(date)}.json`;
}

export interface ParsedBackupName {
  name: string;
  createdAt: Date;
  reason: BackupReason;
}

/** Null for any name that is not exactly one of ours (this also refuses paths and "..") */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds, millis] = match.slice(1, 8).map(Number);
  const createdAt = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, millis));
  // Reject impossible stamps such as month 13, which Date.UTC would silently roll over.
  const stamp = name.slice('skillgap-'.length, 'skillgap-'.length + 'yyyyMMdd-HHmmss-SSS'.length);
  if (formatStamp(createdAt) !== stamp) {
    return null;
  }
  return { name, createdAt, reason: match[8] as BackupReason };
}
