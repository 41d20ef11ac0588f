/**
 * The text of the store file, and of its backups, which are byte copies of it.
 *
 * The data is written as compact JSON with a checksum in the same object:
 *   {"checksum":"sha256-<hex>","schemaVersion":3,...}
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

/**
 * The file's bytes, as pieces to write one after the other. The data is encoded to UTF-8 once and
 * hashed as bytes, and the checksum goes in front without copying it: for a 20 MB store, a second
 * string or buffer of the whole would cost more than the rest of the save.
 */
export function serializeStore(data: StoreData): Buffer[] {
  const body = Buffer.from(JSON.stringify(data));
  const checksum = `"${CHECKSUM_KEY}":"${SHA256_PREFIX}${sha256(body)}"`;
  const separator = body.length > 2 ? ',' : '';
  return [Buffer.from(`{${checksum}${separator}`), body.subarray(1), Buffer.from('\n')];
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
