/**
 * The text of the store file, and of its backups, which are byte copies of it.
 *
 * The data is written as compact JSON with a checksum in the same object:
 *   {"checksum":"sha256-<hex>","schemaVersion":4,...}
 * The hash is over JSON.stringify of the data without that key. JSON.parse then JSON.stringify
 * gives those exact characters back whatever the layout of the file, so a reader checks it
 * without knowing how the file was written, and damage that still parses (a flipped digit, a
 * changed letter) is found instead of loaded (issue #12). A file without the key (written before
 * checksums, or edited by hand) is accepted as it is, and so is an algorithm this version does not
 * know, which only a newer Skillgap would write.
 *
 * A leading byte order mark is not content: some editors add one when they save the file again.
 */
import { createHash } from 'node:crypto';
import type { StoreData } from '../../core';

const CHECKSUM_KEY = 'checksum';
const SHA256_PREFIX = 'sha256-';
const BYTE_ORDER_MARK = /^\uFEFF/;

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** Encoded entries of the store's lists, reused by every later save that still holds them. */
const encodedEntries = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');
/** Pieces are joined into writes of about this size: one system call per entry would cost more. */
const WRITE_BATCH_BYTES = 1024 * 1024;

/**
 * Appends the UTF-8 bytes of JSON.stringify(value) to `out`, as pieces. Lists and the top two
 * levels of objects are walked; an object below them (a plan, a progress entry, a custom skill)
 * is stringified once and its bytes kept for as long as it is in the store, as jsonBytes in
 * core/store/rules.ts keeps its size. Commands never modify an object they are given (core/store/commands.ts), so
 * an entry with the same identity has the same text.
 */
function appendJson(value: unknown, depth: number, out: Buffer[]): void {
  if (typeof value !== 'object' || value === null || (!Array.isArray(value) && depth >= 2)) {
    const cached = typeof value === 'object' && value !== null ? encodedEntries.get(value) : undefined;
    if (cached) {
      out.push(cached);
      return;
    }
    const bytes = Buffer.from(JSON.stringify(value) ?? 'null');
    if (typeof value === 'object' && value !== null) encodedEntries.set(value, bytes);
    out.push(bytes);
    return;
  }
  if (Array.isArray(value)) {
    out.push(Buffer.from('['));
    value.forEach((element, index) => {
      if (index > 0) out.push(COMMA);
      appendJson(element === undefined || typeof element === 'function' ? null : element, depth + 1, out);
    });
    out.push(Buffer.from(']'));
    return;
  }
  let first = true;
  out.push(Buffer.from('{'));
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function') continue;
    out.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(key)}:`));
    first = false;
    appendJson(field, depth + 1, out);
  }
  out.push(Buffer.from('}'));
}

/** `pieces` joined into buffers of about WRITE_BATCH_BYTES each. */
function batched(pieces: readonly Buffer[]): Buffer[] {
  const batches: Buffer[] = [];
  let pending: Buffer[] = [];
  let size = 0;
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= WRITE_BATCH_BYTES) {
      batches.push(Buffer.concat(pending, size));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) batches.push(Buffer.concat(pending, size));
  return batches;
}

/**
 * The file's bytes, as pieces to write one after the other: exactly the UTF-8 of
 * JSON.stringify(data), with the checksum of those bytes as the first key. A save encodes only
 * the entries that changed since the last one; for a store at its size limit, stringifying and
 * encoding the whole document again was most of the time a save held the main process.
 */
export function serializeStore(data: StoreData): Buffer[] {
  const pieces: Buffer[] = [];
  appendJson(data, 0, pieces);
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  const checksum = `"${CHECKSUM_KEY}":"${SHA256_PREFIX}${hash.digest('hex')}"`;
  // pieces[0] is the document's opening brace; the checksum goes right after it.
  const empty = pieces.length === 2;
  return [Buffer.from(`{${checksum}${empty ? '' : ','}`), ...batched(pieces.slice(1)), Buffer.from('\n')];
}

export type ParsedStoreText =
  | { ok: true; raw: unknown }
  | { ok: false; reason: 'unparsable' | 'checksum-mismatch'; detail: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the file's text and checks its checksum; `raw` is the data without the checksum. */
export function parseStoreText(text: string): ParsedStoreText {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(BYTE_ORDER_MARK, ''));
  } catch (error) {
    return { ok: false, reason: 'unparsable', detail: (error as Error).message };
  }
  if (!isRecord(parsed) || !Object.hasOwn(parsed, CHECKSUM_KEY)) return { ok: true, raw: parsed };
  const { [CHECKSUM_KEY]: checksum, ...data } = parsed;
  if (typeof checksum !== 'string' || !checksum.startsWith(SHA256_PREFIX)) return { ok: true, raw: data };
  const expected = checksum.slice(SHA256_PREFIX.length);
  const actual = sha256(JSON.stringify(data));
  if (actual !== expected) {
    return { ok: false, reason: 'checksum-mismatch', detail: `the content does not match its checksum (sha256 ${actual}, file says ${expected})` };
  }
  return { ok: true, raw: data };
}
