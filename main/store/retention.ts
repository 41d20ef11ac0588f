/**
 * Which backups to keep: the newest `keepNewest`, plus the newest backup of each UTC day for the
 * last `dailyDays` days (today and the days before it). Pure: names in, decision out. Names that
 * are not ours are neither kept nor removed, so a file the person put in the folder is never
 * touched.
 */
import { formatStamp, parseBackupName, type ParsedBackupName } from './names';

export interface RetentionPolicy {
  keepNewest: number;
  dailyDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepNewest: 20, dailyDays: 30 };

export interface RetentionDecision {
  /** Newest first. */
  keep: string[];
  /** Newest first. */
  remove: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

const utcDay = (date: Date) => formatStamp(date).slice(0, 8);

/** Newest first; equal stamps fall back to the name so the order is total. */
export function sortNewestFirst(backups: ParsedBackupName[]): ParsedBackupName[] {
  return [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
}

export function selectBackupsToKeep(
  names: readonly string[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): RetentionDecision {
  const backups = sortNewestFirst(names.map(parseBackupName).filter((parsed) => parsed !== null));
  const kept = new Set<string>(backups.slice(0, policy.keepNewest).map((backup) => backup.name));

  if (policy.dailyDays > 0) {
    const firstDay = utcDay(new Date(now.getTime() - (policy.dailyDays - 1) * DAY_MS));
    const daysSeen = new Set<string>();
    for (const backup of backups) {
      const day = utcDay(backup.createdAt);
      // yyyyMMdd strings compare like the dates they stand for.
      if (day < firstDay || daysSeen.has(day)) continue;
      daysSeen.add(day);
      kept.add(backup.name);
    }
  }

  return {
    keep: backups.filter((backup) => kept.has(backup.name)).map((backup) => backup.name),
    remove: backups.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name),
  };
}
