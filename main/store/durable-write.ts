/**
 * The one way Skillgap puts a file on disk: the store file, its backups and the exports
 * (docs/architecture.md, "Data safety").
 *
 * The writers used before (conf / electron-store through `atomically`, and two of our own) called
 * write() once and never looked at how many bytes it wrote, so on a full disk a short file was
 * renamed over a good one and the save was acknowledged (issue #12). Here:
 * - the bytes go to a temporary file created next to the target ('wx': never a file of someone
 *   else), so the rename below stays on one file system;
 * - write() is called until every byte is written; a write of no byte at all is a full disk;
 * - the file is flushed (fsync) and closed, then renamed over the target: the target is always
 *   either the old file or the whole new one, even if the power goes;
 * - the folder is flushed as well so the rename itself is on disk (best effort: Windows refuses to
 *   open a folder for that, and losing only that flush is no worse than before);
 * - on any failure the temporary file is removed and the target is left as it was.
 * Nothing is retried: a full disk or a missing permission does not go away within a second, and a
 * retry loop would block the main process. The caller keeps the data and tries at the next change.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fail, type AppError } from '../../core';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
const PERMISSION_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);
/** What a platform answers when a folder cannot be opened or flushed like a file. */
const FOLDER_SYNC_REFUSALS = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/** `<target>.tmp-<random>`: the name the store's leftovers are recognised by (names.ts). */
export function temporaryPathFor(target: string): string {
  return `${target}.tmp-${randomBytes(6).readUIntBE(0, 6).toString(36)}`;
}

function shortWrite(written: number, total: number): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOSPC: no space left on device, only ${written} of ${total} bytes were written`);
  error.code = 'ENOSPC';
  return error;
}

function writeAll(fd: number, chunks: readonly Uint8Array[]): void {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  let done = 0;
  for (const chunk of chunks) {
    let offset = 0;
    while (offset < chunk.byteLength) {
      const written = fs.writeSync(fd, chunk, offset, chunk.byteLength - offset);
      if (written <= 0) throw shortWrite(done + offset, total);
      offset += written;
    }
    done += chunk.byteLength;
  }
}

function syncFolder(directory: string): void {
  let fd: number;
  try {
    fd = fs.openSync(directory, 'r');
  } catch (error) {
    if (FOLDER_SYNC_REFUSALS.has(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!FOLDER_SYNC_REFUSALS.has(errorCode(error) ?? '')) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // A folder that refuses the removal refused the file too; the next start clears leftovers.
  }
}

/**
 * Writes `bytes` (or the pieces of it, one after the other) to `target` whole or not at all;
 * throws the file system's error otherwise.
 */
export function writeFileDurably(target: string, bytes: Uint8Array | readonly Uint8Array[], temporary = temporaryPathFor(target)): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(temporary, 'wx');
    writeAll(fd, bytes instanceof Uint8Array ? [bytes] : bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: the first error is the one worth reporting.
      }
    }
    if (errorCode(error) !== 'EEXIST') removeQuietly(temporary);
    throw error;
  }
  syncFolder(path.dirname(target));
}

/** The error code a person can act on: free some space, or give Skillgap the right to write. */
export function writeFailureCode(error: unknown): Extract<AppError['code'], 'disk-full' | 'permission-denied' | 'io-failure'> {
  const code = errorCode(error) ?? '';
  if (DISK_FULL_CODES.has(code)) return 'disk-full';
  if (PERMISSION_CODES.has(code)) return 'permission-denied';
  return 'io-failure';
}

export function isPermissionError(error: unknown): boolean {
  return PERMISSION_CODES.has(errorCode(error) ?? '');
}

/** What a failed write was writing: the store, a backup, or a file the person chose. */
export type WriteTarget = 'store' | 'backup' | { file: string };

/** A failed write as a Result, e.g. failedWrite('store', error), said in the person's language too. */
export function failedWrite(target: WriteTarget, error: unknown, field?: string) {
  const detail = error instanceof Error ? error.message : String(error);
  if (target === 'store') return fail(writeFailureCode(error), `could not write the store: ${detail}`, field, { key: 'problem.writeStore', values: { detail } });
  if (target === 'backup') return fail(writeFailureCode(error), `could not write a backup: ${detail}`, field, { key: 'problem.writeBackup', values: { detail } });
  return fail(writeFailureCode(error), `could not write "${target.file}": ${detail}`, field, { key: 'problem.writeFile', values: { path: target.file, detail } });
}
