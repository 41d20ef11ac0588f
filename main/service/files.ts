/**
 * Writing a file where the person chose, and reading the one they picked to import. Electron-free:
 * the dialogs that choose the paths are injected (main/dialogs.ts in the app, fakes in tests).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fail, ok, type Result } from '../../core';
import type { SavedFile } from '../../preload/channels';
import { failedWrite, writeFileDurably } from '../store/durable-write';

export type ExportKind = 'pdf' | 'ics' | 'csv' | 'json';

/** The only extensions an export may have; the dialog filters and ensureExtension keep to them. */
export const EXPORT_EXTENSIONS: Record<ExportKind, string> = { pdf: 'pdf', ics: 'ics', csv: 'csv', json: 'json' };

/** An import file larger than this is refused before it is read (a full store is a few MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Whole megabytes, rounded up: a file just over the limit never reads as equal to it. */
const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

export interface FileDialogs {
  /** The path the person chose to save to, or null when they cancelled. */
  chooseSavePath(request: { kind: ExportKind; suggestedName: string }): Promise<string | null>;
  /** The Skillgap export file the person chose to import, or null when they cancelled. */
  chooseImportFile(): Promise<string | null>;
}

/** Adds the kind's extension when the chosen name lacks it, so a file is never saved as something else. */
export function ensureExtension(filePath: string, kind: ExportKind): string {
  const extension = `.${EXPORT_EXTENSIONS[kind]}`;
  return path.extname(filePath).toLowerCase() === extension ? filePath : filePath + extension;
}

/** A name for the save dialog from parts that may hold anything: only safe characters survive. */
export function suggestedFileName(parts: string[], kind: ExportKind): string {
  const stem = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return `${stem || 'skillgap'}.${EXPORT_EXTENSIONS[kind]}`;
}

/**
 * Writes the bytes to a hidden temporary file next to the target, then renames it over the target,
 * through the same durable write as the store (main/store/durable-write.ts): a crash or a full
 * disk leaves either the old file or the whole new one, and a failure says why ('disk-full',
 * 'permission-denied', 'io-failure').
 */
export function writeFileAtomically(target: string, bytes: Uint8Array): Result<SavedFile> {
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    if (fs.existsSync(target) && !fs.statSync(target).isFile()) {
      return fail('io-failure', `"${target}" is a folder, not a file`, undefined, { key: 'problem.isFolder', values: { path: target } });
    }
    writeFileDurably(target, bytes, temporary);
    return ok({ path: target, sizeBytes: bytes.byteLength });
  } catch (error) {
    return failedWrite({ file: target }, error);
  }
}

/** Asks where, then writes; a cancelled dialog is fail('cancelled') and writes nothing. */
export async function saveWithDialog(
  dialogs: FileDialogs,
  kind: ExportKind,
  suggestedName: string,
  produce: () => Promise<Result<Uint8Array>> | Result<Uint8Array>,
): Promise<Result<SavedFile>> {
  const chosen = await dialogs.chooseSavePath({ kind, suggestedName });
  if (chosen === null) return fail('cancelled', 'the save dialog was cancelled');
  const content = await produce();
  if (!content.ok) return content;
  return writeFileAtomically(ensureExtension(chosen, kind), content.value);
}

/** Reads the chosen import file as text, refusing what is not a regular file or is too large. */
export async function readImportFile(filePath: string, limitBytes = MAX_IMPORT_BYTES): Promise<Result<string>> {
  try {
    const stats = await fs.promises.stat(filePath);
    if (!stats.isFile()) return fail('invalid-file', 'the chosen path is not a file', undefined, { key: 'problem.notAFile' });
    if (stats.size > limitBytes) {
      return fail('invalid-file', `the file is ${stats.size} bytes, more than the ${limitBytes} bytes an export can be`, undefined, {
        key: 'problem.fileTooLarge',
        values: { size: megabytes(stats.size), max: megabytes(limitBytes) },
      });
    }
    const text = await fs.promises.readFile(filePath, 'utf8');
    // A byte order mark is what some editors add when the file is saved again; it is not content.
    return ok(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('io-failure', `could not read the file: ${detail}`, undefined, { key: 'problem.readFailed', values: { detail } });
  }
}
