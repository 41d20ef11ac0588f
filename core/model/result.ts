import type { z } from 'zod';

/** Every failure the person or a caller can meet, named so the UI can say what went wrong. */
export const ERROR_CODES = [
  'invalid-payload',
  'forbidden-sender',
  'unknown-channel',
  'read-only',
  'not-found',
  'conflict',
  'invalid-file',
  'io-failure',
  /** A write found no space left (ENOSPC, EDQUOT, or fewer bytes written than asked): nothing was replaced. */
  'disk-full',
  /** A write was refused (EACCES, EPERM, EROFS): nothing was replaced, and it is not retried. */
  'permission-denied',
  'impossible-plan',
  'cancelled',
  'timeout',
  /** A save or an import that would pass one of core/model/limits.ts; `path` names the limit. */
  'limit-exceeded',
  /** Two entries of one list share an id; `ids` holds it. */
  'duplicate-id',
  /** Skill prerequisites would form a loop; `ids` holds the skills around it. */
  'prerequisite-cycle',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** English sentence for logs and tests; the UI translates from code + path. */
  message: string;
  /** Where in the input the problem is, e.g. "profile.skills.3.level". */
  path?: string;
  /** The ids the problem is about, in order, so the UI can name them in the person's language. */
  ids?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, path?: string): { ok: false; error: AppError } {
  return path === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, path } };
}

/** The first issue of a failed parse, as one sentence naming the field. */
export function describeZodError(error: z.ZodError, root = ''): AppError {
  const issue = error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const where = path ? `"${path}"` : 'the value';
  return { code: 'invalid-payload', message: `${where}: ${issue?.message ?? 'is invalid'}`, path };
}
