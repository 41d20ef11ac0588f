/**
 * What opening the data folder finds, before anything is written: can the folder be written, what
 * is the store file, and the steps of a recovery that leave everything as it was when they fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { upgradeToCurrent, type StoreData } from '../../core';
import type { RecoveryReport } from '../../preload/channels';
import { isPermissionError, temporaryPathFor, writeFileDurably } from './durable-write';
import { corruptFileName, STORE_TEMP_PATTERN } from './names';
import { parseStoreText } from './store-text';

export type Classified =
  | { kind: 'missing' }
  | { kind: 'loaded'; data: StoreData; fromVersion: number }
  | { kind: 'newer'; raw: unknown; version: number }
  | { kind: 'corrupt'; reason: RecoveryReport['reason']; detail: string }
  /** Not a file we can read at all (a folder of that name, no permission): left alone. */
  | { kind: 'unreadable'; detail: string };

export function classify(storePath: string): Classified {
  let text: string;
  try {
    text = fs.readFileSync(storePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', detail: (error as Error).message };
  }
  const parsed = parseStoreText(text);
  if (!parsed.ok) return { kind: 'corrupt', reason: parsed.reason, detail: parsed.detail };
  const outcome = upgradeToCurrent(parsed.raw);
  if (outcome.ok) return { kind: 'loaded', data: outcome.data, fromVersion: outcome.fromVersion };
  if (outcome.reason === 'newer-version') return { kind: 'newer', raw: parsed.raw, version: outcome.version ?? 0 };
  return { kind: 'corrupt', reason: outcome.failedStep ? 'upgrade-failed' : 'schema-invalid', detail: outcome.detail };
}

/**
 * Makes the folder if needed and tries to create a file in it. Only a refusal (EACCES, EPERM,
 * EROFS) makes it not writable: a full disk is told at the save that meets it, with the data kept.
 * A real file is tried because permission bits do not tell (Windows ACLs, a read-only mount, root).
 */
export function folderWritable(dataDirectory: string, storePath: string): { writable: true } | { writable: false; detail: string } {
  try {
    fs.mkdirSync(dataDirectory, { recursive: true });
    const probe = temporaryPathFor(storePath);
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe, { force: true });
  } catch (error) {
    if (isPermissionError(error)) return { writable: false, detail: (error as Error).message };
  }
  return { writable: true };
}

/** Removes the temporary files of writes that a crash interrupted. */
export function removeStaleTempFiles(dataDirectory: string): void {
  for (const name of fs.readdirSync(dataDirectory)) {
    if (STORE_TEMP_PATTERN.test(name)) fs.rmSync(path.join(dataDirectory, name), { force: true });
  }
}

/**
 * Copies the unreadable store file to skillgap.corrupt-<stamp>.json, whole or not at all. A copy,
 * not a rename: if anything after it fails, the store file is still where it was.
 */
export function copyAside(storePath: string, now: Date): string {
  const bytes = fs.readFileSync(storePath);
  let stamp = now.getTime();
  let target = path.join(path.dirname(storePath), corruptFileName(new Date(stamp)));
  while (fs.existsSync(target)) {
    stamp += 1;
    target = path.join(path.dirname(storePath), corruptFileName(new Date(stamp)));
  }
  // Named like the store's own temporary files, so a crash leftover is cleared at the next start.
  writeFileDurably(target, bytes, temporaryPathFor(storePath));
  return target;
}

export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left for the person: a full copy of a file they still have is harmless.
  }
}
