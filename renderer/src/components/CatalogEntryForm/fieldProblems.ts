import type { z } from 'zod';
import type { MessageKey, MessageParams } from '../../i18n';

/** Something wrong with one field of an editor, as a message key the form translates. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. "title" or "requirements.2.skillId". */
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

export type FieldProblems = Record<string, FieldProblem>;

/** "title.en" and "title.fr" are the one title field the person typed into. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  while (parts.length > 0 && (parts[parts.length - 1] === 'en' || parts[parts.length - 1] === 'fr')) parts.pop();
  return parts.join('.');
}

function asNumber(value: number | bigint): number {
  return typeof value === 'bigint' ? Number(value) : value;
}

/** Turns a schema issue into words a person understands, keeping the field it names. */
export function problemFromIssue(issue: z.core.$ZodIssue): FieldProblem {
  const path = fieldPath(issue.path);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { path, key: 'catalogEditor.error.required' };
      if (issue.origin === 'array') return { path, key: 'catalogEditor.error.atLeastOne' };
      return issue.inclusive
        ? { path, key: 'catalogEditor.error.atLeast', params: { min: asNumber(issue.minimum) } }
        : { path, key: 'catalogEditor.error.positive' };
    case 'too_big':
      if (issue.origin === 'string') return { path, key: 'catalogEditor.error.tooLong', params: { max: asNumber(issue.maximum) } };
      if (issue.origin === 'array') return { path, key: 'catalogEditor.error.tooMany', params: { max: asNumber(issue.maximum) } };
      return { path, key: 'catalogEditor.error.atMost', params: { max: asNumber(issue.maximum) } };
    case 'invalid_type':
      return { path, key: 'catalogEditor.error.required' };
    case 'custom':
      // The only refinement on an editable field is the http(s) check of web addresses.
      return path.endsWith('url') ? { path, key: 'catalogEditor.error.url' } : { path, key: 'catalogEditor.error.invalid' };
    case 'invalid_value':
    case 'invalid_union':
      return { path, key: 'catalogEditor.error.choose' };
    default:
      return { path, key: 'catalogEditor.error.invalid' };
  }
}

/** The first problem of each field, in the order found (the form's own checks come first). */
export function collectProblems(problems: readonly FieldProblem[]): FieldProblems {
  const byPath: FieldProblems = {};
  for (const problem of problems) if (!(problem.path in byPath)) byPath[problem.path] = problem;
  return byPath;
}

/** Validates a candidate with a core schema plus the form's own checks. */
export function validateEntry<T>(
  schema: z.ZodType<T>,
  candidate: unknown,
  ownChecks: readonly FieldProblem[],
): { ok: true; value: T } | { ok: false; problems: FieldProblems } {
  const parsed = schema.safeParse(candidate);
  if (parsed.success && ownChecks.length === 0) return { ok: true, value: parsed.data };
  const fromSchema = parsed.success ? [] : parsed.error.issues.map(problemFromIssue);
  return { ok: false, problems: collectProblems([...ownChecks, ...fromSchema]) };
}
