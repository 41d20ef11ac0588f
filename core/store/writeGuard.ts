/**
 * The last check before the disk: never write a document that would not read back. A whole-store
 * parse costs about 23 ms on a heavy year of data (test/core/store/heavyStore.ts), on the main
 * process's event loop, for every save, while a command changes one plan or adds one progress
 * entry. Commands never modify what they are given (core/store/commands.ts), so an object that
 * passed its schema once is the same object, still valid, in every later document: the guard
 * remembers those by identity and checks only what is new. Its verdict is the whole-store parse's
 * (test/core/store/writeGuard.test.ts holds the two side by side).
 *
 * The memory is a WeakSet: an object dropped from the document is forgotten with it.
 */
import type { z } from 'zod';
import { UserCatalogSchema } from '../model/catalog';
import { describeZodError, fail, ok, type Result } from '../model/result';
import { MAX_PLANS, MAX_PROGRESS_ENTRIES, StoreDataSchema, type StoreData } from '../model/store';
import { MAX_LIST } from '../model/text';

type Part =
  | { kind: 'value'; schema: z.ZodType }
  | { kind: 'list'; element: z.ZodType; max: number }
  | { kind: 'record'; parts: Record<string, Part> };

const store = StoreDataSchema.shape;
const catalog = UserCatalogSchema.shape;

/** The document's shape, in the schema's key order so the first problem found is the parse's. */
export const STORE_PARTS: Extract<Part, { kind: 'record' }> = {
  kind: 'record',
  parts: {
    schemaVersion: { kind: 'value', schema: store.schemaVersion },
    profile: { kind: 'value', schema: store.profile },
    userCatalog: {
      kind: 'record',
      parts: {
        skills: { kind: 'list', element: catalog.skills.element, max: MAX_LIST },
        roles: { kind: 'list', element: catalog.roles.element, max: MAX_LIST },
        courses: { kind: 'list', element: catalog.courses.element, max: MAX_LIST },
      },
    },
    settings: { kind: 'value', schema: store.settings },
    plans: { kind: 'list', element: store.plans.element, max: MAX_PLANS },
    activePlanId: { kind: 'value', schema: store.activePlanId },
    progress: { kind: 'list', element: store.progress.element, max: MAX_PROGRESS_ENTRIES },
    ratingHistory: { kind: 'list', element: store.ratingHistory.element, max: MAX_PROGRESS_ENTRIES },
    lastCheckIn: { kind: 'value', schema: store.lastCheckIn },
    reviews: { kind: 'list', element: store.reviews.element, max: MAX_PROGRESS_ENTRIES },
  },
};

type Problem = { message: string; path?: string };

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

export interface WriteGuard {
  /** ok when the whole-store schema would accept `data`; else the first problem, with its path. */
  check: (data: unknown) => Result<StoreData>;
}

export function createWriteGuard(): WriteGuard {
  const valid = new WeakSet<object>();

  const checkValue = (schema: z.ZodType, value: unknown, path: string): Problem | null => {
    if (isObject(value) && valid.has(value)) return null;
    const parsed = schema.safeParse(value);
    if (!parsed.success) return describeZodError(parsed.error, path);
    if (isObject(value)) valid.add(value);
    return null;
  };

  const checkPart = (part: Part, value: unknown, path: string): Problem | null => {
    const here = (key: string | number) => (path ? `${path}.${key}` : String(key));
    switch (part.kind) {
      case 'value':
        return checkValue(part.schema, value, path);
      case 'list': {
        if (!Array.isArray(value)) return { message: `"${path}": expected an array`, path };
        if (value.length > part.max) return { message: `"${path}": has more than ${part.max} entries`, path };
        for (let index = 0; index < value.length; index += 1) {
          const problem = checkValue(part.element, value[index], here(index));
          if (problem) return problem;
        }
        return null;
      }
      case 'record': {
        if (!isObject(value) || Array.isArray(value)) return { message: `"${path || 'the store'}": expected an object`, path };
        for (const [key, inner] of Object.entries(part.parts)) {
          const problem = checkPart(inner, (value as Record<string, unknown>)[key], here(key));
          if (problem) return problem;
        }
        const unknown = Object.keys(value).find((key) => !(key in part.parts));
        return unknown === undefined ? null : { message: `"${here(unknown)}": is not a field Skillgap stores`, path: here(unknown) };
      }
    }
  };

  return {
    check: (data) => {
      const problem = checkPart(STORE_PARTS, data, '');
      return problem ? fail('invalid-payload', problem.message, problem.path) : ok(data as StoreData);
    },
  };
}
