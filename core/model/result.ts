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
  /**
   * What is wrong at `path`, as a message key of core/i18n (`problem.*`) and its values, so the
   * UI can say it in the person's language; `message` keeps the English for logs.
   */
  problem?: Problem;
}

export interface Problem {
  key: ProblemKey;
  values?: Record<string, string | number>;
}

/** The problems a file or a payload can have, each a `problem.<name>` message in both languages. */
export type ProblemKey =
  | 'problem.tooSmall'
  | 'problem.tooShort'
  | 'problem.tooBig'
  | 'problem.tooLong'
  | 'problem.wrongType'
  | 'problem.notAllowed'
  | 'problem.badFormat'
  | 'problem.unknownKeys'
  | 'problem.invalid'
  | 'problem.nestedTooDeeply'
  | 'problem.tooManyItems'
  | 'problem.forbiddenKey'
  | 'problem.notAnExport'
  | 'problem.wrongExportFormat'
  | 'problem.wholeNumber'
  | 'problem.newerExport'
  | 'problem.newerStore'
  | 'problem.missing'
  | 'problem.notJson'
  | 'problem.overLimit'
  | 'problem.duplicateId'
  | 'problem.cycle'
  | 'problem.activePlanMissing'
  | 'problem.writeStore'
  | 'problem.writeBackup'
  | 'problem.writeFile'
  | 'problem.isFolder'
  | 'problem.notAFile'
  | 'problem.fileTooLarge'
  | 'problem.readFailed'
  | 'problem.planMissing'
  | 'problem.roleMissing'
  | 'problem.noProfileYet'
  | 'problem.importExpired'
  | 'problem.backupMissing'
  | 'problem.backupUnreadable'
  | 'problem.printNotReady'
  | 'problem.printWindowClosed'
  | 'problem.printFailed'
  | 'problem.unexpected';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure; `problem` is what the person reads, in their language, after the code's lead-in. */
export function fail(code: ErrorCode, message: string, path?: string, problem?: Problem): { ok: false; error: AppError } {
  const error: AppError = { code, message };
  if (path !== undefined) error.path = path;
  if (problem !== undefined) error.problem = problem;
  return { ok: false, error };
}

/** A failure nobody planned for (a bug, or the system): English detail for logs, and a problem the screen can say. */
export function unexpectedFailure(what: string, error: unknown): { ok: false; error: AppError } {
  const detail = error instanceof Error ? error.message : String(error);
  return fail('io-failure', `"${what}" failed: ${detail}`, undefined, { key: 'problem.unexpected', values: { detail } });
}

/** The first issue of a failed parse, as one sentence naming the field, and as a problem key. */
export function describeZodError(error: z.ZodError, root = ''): AppError {
  const issue = error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const where = path ? `"${path}"` : 'the value';
  return { code: 'invalid-payload', message: `${where}: ${issue?.message ?? 'is invalid'}`, path, problem: problemOf(issue) };
}

/** A zod issue as one of the problems the UI can say in both languages. */
function problemOf(issue: z.core.$ZodIssue | undefined): Problem {
  if (!issue) return { key: 'problem.invalid' };
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'
        ? { key: 'problem.tooShort', values: { count: minimum } }
        : { key: 'problem.tooSmall', values: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      return issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set'
        ? { key: 'problem.tooLong', values: { count: maximum } }
        : { key: 'problem.tooBig', values: { maximum } };
    }
    case 'invalid_type':
      return { key: 'problem.wrongType', values: { expected: issue.expected } };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'problem.notAllowed' };
    case 'invalid_format':
      return { key: 'problem.badFormat' };
    case 'unrecognized_keys':
      return { key: 'problem.unknownKeys', values: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'problem.invalid' };
  }
}
