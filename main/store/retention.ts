/**
 * Which backups to keep, and when the next one is due. Pure: names and times in, decision out.
 *
 * Kept: the newest `keepNewest`, plus the newest backup of each of the last `dailyDays` UTC days
 * that have backups. Counting days that have backups rather than days of the calendar means a
 * clock that jumps far ahead (a wrong date, a dual boot) does not prune the dailies for their age
 * alone. Backups stamped after `now` were made while the clock was ahead: they are kept, but take
 * none of those places, so they cannot push out the real recent backups once the clock is back.
 * Names that are not ours are neither kept nor removed, so a file the person put in the folder is
 * never touched; `protect` names backups that must stay whatever the policy (the one a restore
 * is reading).
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

const utcDay = (date: Date) => formatStamp(date).slice(0, 8);

/** Newest first; equal stamps fall back to the name so the order is total. */
export function sortNewestFirst(backups: ParsedBackupName[]): ParsedBackupName[] {
  return [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
}

export function selectBackupsToKeep(
  names: readonly string[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  protect: readonly string[] = [],
): RetentionDecision {
  const backups = sortNewestFirst(names.map(parseBackupName).filter((parsed) => parsed !== null));
  const fromTheFuture = (backup: ParsedBackupName) => backup.createdAt.getTime() > now.getTime();
  const past = backups.filter((backup) => !fromTheFuture(backup));
  const kept = new Set<string>([
    ...protect,
    ...backups.filter(fromTheFuture).map((backup) => backup.name),
    ...past.slice(0, policy.keepNewest).map((backup) => backup.name),
  ]);

  const daysSeen = new Set<string>();
  for (const backup of past) {
    const day = utcDay(backup.createdAt);
    if (daysSeen.has(day)) continue;
    if (daysSeen.size >= policy.dailyDays) break;
    daysSeen.add(day);
    kept.add(backup.name);
  }

  return {
    keep: backups.filter((backup) => kept.has(backup.name)).map((backup) => backup.name),
    remove: backups.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name),
  };
}

/**
 * A scheduled backup is due once the last one is `intervalMs` old, or at once when the last one
 * is stamped after `now`: the clock went back, and waiting for that date could mean months
 * without a backup.
 */
export function isBackupDue(lastBackupAt: Date | null, now: Date, intervalMs: number): boolean {
  if (lastBackupAt === null) return true;
  const elapsed = now.getTime() - lastBackupAt.getTime();
  return elapsed < 0 || elapsed >= intervalMs;
}
