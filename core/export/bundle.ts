/**
 * The all-data export: one JSON file holding the whole stored document, to back it up by hand or
 * move it to another computer. Reading one back validates everything before anything is changed:
 * the envelope, then the document itself (older store versions are upgraded on the way), and the
 * first problem is reported with the path of the field, e.g. "data.profile.weeklyHours".
 */
import { z } from 'zod';
import type { Catalog } from '../model/catalog';
import { describeZodError, fail, ok, type AppError, type Problem, type Result } from '../model/result';
import { StoreDataSchema, type StoreData } from '../model/store';
import { IsoDateTimeSchema, MAX_LIST } from '../model/text';
import { checkStoreRules } from '../store/rules';
import { STORE_SCHEMAS_BY_VERSION, upgradeToCurrent } from '../store/upgrades';

export const EXPORT_FORMAT = 'skillgap-export';
export const EXPORT_FORMAT_VERSION = 1;

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: IsoDateTimeSchema,
  appVersion: z.string().min(1).max(50),
  data: StoreDataSchema,
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export function createExport(data: StoreData, meta: { exportedAt: string; appVersion: string }): ExportFile {
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: meta.exportedAt, appVersion: meta.appVersion, data };
}

/** Deeper than any valid document (a plan's pauses sit at depth 6 inside an export). */
export const MAX_EXPORT_DEPTH = 32;
/** No list of a valid document is longer (the progress log allows MAX_LIST × 10). */
export const MAX_EXPORT_LIST = MAX_LIST * 10;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An import refused: the English sentence for logs and tests, the problem for the person's language. */
function invalid(message: string, path: string | undefined, problem: Problem): { ok: false; error: AppError } {
  const refused = fail('invalid-file', path ? `"${path}": ${message}` : message, path);
  return { ok: false, error: { ...refused.error, problem } };
}

/** A schema's or a rule's problem, kept with its key, as a refused import. */
function asInvalidFile(problem: AppError): { ok: false; error: AppError } {
  return { ok: false, error: { ...problem, code: 'invalid-file' } };
}

/**
 * Before any schema walks the value: keys that could pollute a prototype once the data is copied,
 * nesting deeper and lists longer than any real export. Iterative, so hostile depth is cheap.
 */
function structuralProblem(root: unknown): Result<null> {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const where = path.join('.');
    if (path.length >= MAX_EXPORT_DEPTH) return invalid('is nested too deeply', where, { key: 'problem.nestedTooDeeply' });
    if (Array.isArray(value)) {
      if (value.length > MAX_EXPORT_LIST) {
        return invalid(`has more than ${MAX_EXPORT_LIST} items`, where, { key: 'problem.tooManyItems', values: { max: MAX_EXPORT_LIST } });
      }
      value.forEach((child, index) => stack.push({ value: child, path: [...path, String(index)] }));
      continue;
    }
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(value, key)) return invalid('is a forbidden key', [...path, key].join('.'), { key: 'problem.forbiddenKey' });
    }
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return ok(null);
}

/** The store document's first problem, with its path under "data". */
function documentProblem(raw: unknown): Result<StoreData> {
  const outcome = upgradeToCurrent(raw);
  if (outcome.ok) return ok(outcome.data);
  if (outcome.reason === 'newer-version') {
    return invalid(`was written by a newer Skillgap (store version ${outcome.version}); update Skillgap to import it`, 'data.schemaVersion', {
      key: 'problem.newerStore',
      values: { version: String(outcome.version) },
    });
  }
  if (outcome.reason === 'unknown-version' || !isPlainRecord(raw) || typeof raw.schemaVersion !== 'number') {
    return invalid(outcome.detail, isPlainRecord(raw) ? 'data.schemaVersion' : 'data', { key: 'problem.invalid' });
  }
  // The file failed its own version's schema: parse again to get the field's path.
  const schema = STORE_SCHEMAS_BY_VERSION[raw.schemaVersion];
  const parsed = schema?.safeParse(raw);
  if (parsed && !parsed.success) {
    return asInvalidFile(describeZodError(parsed.error, 'data'));
  }
  return invalid(outcome.detail, 'data', { key: 'problem.invalid' });
}

/** The store rules (core/store/rules.ts) over the whole imported document, with its path under "data". */
function rulesProblem(data: StoreData, builtinCatalog?: Catalog): Result<null> {
  const problem = checkStoreRules(data, builtinCatalog);
  if (!problem) return ok(null);
  const where = problem.path ? `data.${problem.path}` : 'data';
  return asInvalidFile({ ...problem, message: `"${where}": ${problem.message}`, path: where });
}

/**
 * Validates a parsed JSON value as an export file; never throws. With the built-in catalog, a
 * prerequisite loop through the built-in skills is found too.
 */
export function parseExport(raw: unknown, builtinCatalog?: Catalog): Result<ExportFile> {
  if (!isPlainRecord(raw)) return invalid('the file does not hold a Skillgap export (a JSON object was expected)', undefined, { key: 'problem.notAnExport' });
  const structure = structuralProblem(raw);
  if (!structure.ok) return structure;
  if (raw.format !== EXPORT_FORMAT) {
    return invalid(`must be "${EXPORT_FORMAT}": this is not a Skillgap export file`, 'format', { key: 'problem.wrongExportFormat', values: { expected: EXPORT_FORMAT } });
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('must be a whole number of 1 or more', 'formatVersion', { key: 'problem.wholeNumber' });
  }
  if (version > EXPORT_FORMAT_VERSION) {
    return invalid(`is ${version}: the file was written by a newer Skillgap; update Skillgap to import it`, 'formatVersion', {
      key: 'problem.newerExport',
      values: { version },
    });
  }
  if (!('data' in raw)) return invalid('is missing', 'data', { key: 'problem.missing' });
  const data = documentProblem(raw.data);
  if (!data.ok) return data;
  const envelope = ExportFileSchema.safeParse({ ...raw, data: data.value });
  if (!envelope.success) {
    return asInvalidFile(describeZodError(envelope.error));
  }
  const rules = rulesProblem(envelope.data.data, builtinCatalog);
  return rules.ok ? ok(envelope.data) : rules;
}

/** Parses the text of a file, then validates it. */
export function parseExportText(text: string, builtinCatalog?: Catalog): Result<ExportFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return invalid(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`, undefined, { key: 'problem.notJson' });
  }
  return parseExport(raw, builtinCatalog);
}

export interface ListChange {
  added: number;
  replaced: number;
  removed: number;
  unchanged: number;
}

export interface ImportSummary {
  profile: 'added' | 'replaced' | 'removed' | 'unchanged' | 'none';
  /** The imported profile's name, so the person recognises the file. */
  incomingProfileName: string | null;
  settingsChanged: boolean;
  plans: ListChange;
  progress: ListChange;
  customRoles: ListChange;
  customSkills: ListChange;
  customCourses: ListChange;
}

/** JSON with sorted keys, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isPlainRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

function compareLists<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): ListChange {
  const before = new Map(current.map((item) => [item.id, canonical(item)]));
  const change: ListChange = { added: 0, replaced: 0, removed: 0, unchanged: 0 };
  const incomingIds = new Set<string>();
  for (const item of incoming) {
    incomingIds.add(item.id);
    const previous = before.get(item.id);
    if (previous === undefined) change.added += 1;
    else if (previous === canonical(item)) change.unchanged += 1;
    else change.replaced += 1;
  }
  for (const id of before.keys()) if (!incomingIds.has(id)) change.removed += 1;
  return change;
}

/** What importing `incoming` would change, since an import replaces everything. */
export function summarizeImport(current: StoreData, incoming: StoreData): ImportSummary {
  let profile: ImportSummary['profile'];
  if (current.profile === null) profile = incoming.profile === null ? 'none' : 'added';
  else if (incoming.profile === null) profile = 'removed';
  else profile = canonical(current.profile) === canonical(incoming.profile) ? 'unchanged' : 'replaced';
  return {
    profile,
    incomingProfileName: incoming.profile?.name ?? null,
    settingsChanged: canonical(current.settings) !== canonical(incoming.settings),
    plans: compareLists(current.plans, incoming.plans),
    progress: compareLists(current.progress, incoming.progress),
    customRoles: compareLists(current.userCatalog.roles, incoming.userCatalog.roles),
    customSkills: compareLists(current.userCatalog.skills, incoming.userCatalog.skills),
    customCourses: compareLists(current.userCatalog.courses, incoming.userCatalog.courses),
  };
}
