/**
 * The rules a store document keeps beyond the shape its schema checks: one id per entry in each
 * list, an active plan that exists, the limits of core/model/limits.ts, and no prerequisite loop
 * among the skills once the person's own are merged over the built-in ones (a loop makes
 * buildPlan refuse every role). The commands (commands.ts) check what one change can break; an
 * import checks the whole document with checkStoreRules.
 *
 * A stored file is read with the shape alone, so a document saved before a rule existed still
 * opens, and every change that does not make it worse is still accepted.
 */
import { mergeCatalog } from '../catalog/merge';
import { findPrerequisiteCycleThrough } from '../catalog/cycles';
import { EMPTY_USER_CATALOG, type Catalog, type UserCatalog } from '../model/catalog';
import { LIMITS, type LimitName } from '../model/limits';
import type { AppError } from '../model/result';
import type { StoreData } from '../model/store';

/** Sizes already measured; store values are never modified in place, so a size stays true. */
const measured = new WeakMap<object, number>();

/** UTF-8 bytes of a JSON text (JSON.stringify leaves no lone surrogate in it). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      at += 1;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * The size of JSON.stringify(value) in UTF-8 bytes. The document's lists are walked and each
 * entry (a plan, a progress entry, a custom skill) is measured once and remembered, so measuring
 * the document after a change costs only what the change made new: the renderer measures it on
 * every keystroke of the profile.
 */
export function jsonBytes(value: unknown, depth = 0): number {
  if (value === undefined || typeof value === 'function') return 0;
  if (typeof value !== 'object' || value === null) return utf8Bytes(JSON.stringify(value));
  const known = measured.get(value);
  if (known !== undefined) return known;
  let size: number;
  if (Array.isArray(value)) {
    size = 2 + Math.max(0, value.length - 1);
    for (const element of value) size += element === undefined || typeof element === 'function' ? 4 : jsonBytes(element, depth + 1);
  } else if (depth >= 2) {
    // An entry of a list: one native stringify costs less than a walk of its fields.
    size = utf8Bytes(JSON.stringify(value));
  } else {
    size = 2;
    let fields = 0;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || typeof field === 'function') continue;
      size += utf8Bytes(JSON.stringify(key)) + 1 + jsonBytes(field, depth + 1);
      fields += 1;
    }
    size += Math.max(0, fields - 1);
  }
  measured.set(value, size);
  return size;
}

const LIMIT_WORDS: Record<LimitName, string> = {
  storeBytes: 'bytes of data',
  plans: 'plans',
  itemsPerPlan: 'items in a plan',
  progressEntries: 'progress entries',
  noteChars: 'characters in a note',
  customSkills: 'custom skills',
  customRoles: 'custom roles',
  customCourses: 'custom courses',
};

/** A refused save: the path names the limit, which the UI translates with its figure. */
export function limitError(limit: LimitName): AppError {
  return {
    code: 'limit-exceeded',
    message: `Skillgap keeps at most ${LIMITS[limit]} ${LIMIT_WORDS[limit]}`,
    path: limit,
    problem: { key: 'problem.overLimit', values: { max: LIMITS[limit] } },
  };
}

/** The counted limits and where each one's list is in a document. */
const LIST_LIMITS: ReadonlyArray<{ limit: LimitName; path: string; count: (data: StoreData) => number }> = [
  { limit: 'plans', path: 'plans', count: (data) => data.plans.length },
  { limit: 'progressEntries', path: 'progress', count: (data) => data.progress.length },
  { limit: 'customSkills', path: 'userCatalog.skills', count: (data) => data.userCatalog.skills.length },
  { limit: 'customRoles', path: 'userCatalog.roles', count: (data) => data.userCatalog.roles.length },
  { limit: 'customCourses', path: 'userCatalog.courses', count: (data) => data.userCatalog.courses.length },
];

/**
 * The first limit `after` passes by growing beyond `before`, or null. Shrinking, or staying as
 * large as a document that was already past a limit, is never refused: nothing would be gained
 * by locking the person out of their own data.
 */
export function limitProblem(before: StoreData, after: StoreData): AppError | null {
  for (const { limit, count } of LIST_LIMITS) {
    const grown = count(after);
    if (grown > LIMITS[limit] && grown > count(before)) return limitError(limit);
  }
  if (after.plans !== before.plans) {
    const previous = new Map(before.plans.map((plan) => [plan.id, plan]));
    for (const plan of after.plans) {
      const old = previous.get(plan.id);
      if (old === plan || plan.items.length <= LIMITS.itemsPerPlan) continue;
      if (!old || plan.items.length > old.items.length) return limitError('itemsPerPlan');
    }
  }
  if (after.progress !== before.progress) {
    const kept = new Set(before.progress);
    const longNote = after.progress.some((entry) => !kept.has(entry) && (entry.note?.length ?? 0) > LIMITS.noteChars);
    if (longNote) return limitError('noteChars');
  }
  const size = jsonBytes(after);
  if (size > LIMITS.storeBytes && size > jsonBytes(before)) return limitError('storeBytes');
  return null;
}

/** The first id used twice in `items`, as an error naming both places. */
export function duplicateIdProblem(items: ReadonlyArray<{ id: string }>, where: string, what: string): AppError | null {
  const first = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const at = first.get(item.id);
    if (at !== undefined) {
      return {
        code: 'duplicate-id',
        message: `${what} id "${item.id}" appears twice (${where}.${at} and ${where}.${index})`,
        path: `${where}.${index}.id`,
        ids: [item.id],
        problem: { key: 'problem.duplicateId', values: { id: item.id } },
      };
    }
    first.set(item.id, index);
  }
  return null;
}

/** A loop told as the skill ids around it, e.g. "a → b → a". */
export function cycleError(cycle: readonly string[], path: string): AppError {
  return {
    code: 'prerequisite-cycle',
    message: `the prerequisites form a loop: ${cycle.join(' → ')}`,
    path,
    ids: [...cycle],
    problem: { key: 'problem.cycle', values: { cycle: cycle.join(' → ') } },
  };
}

/** A loop through one of `skillIds` once the person's skills are merged over the built-in ones. */
export function prerequisiteLoop(userCatalog: UserCatalog, builtin: Catalog, skillIds: Iterable<string>): string[] | null {
  return findPrerequisiteCycleThrough(mergeCatalog(builtin, userCatalog).skills, skillIds);
}

const EMPTY_CATALOG: Catalog = { version: 'none', ...EMPTY_USER_CATALOG };

/**
 * Every rule over a whole document, for an import: the first problem, with its path in the
 * document, or null. Without the built-in catalog, loops among the person's own skills are still
 * found.
 */
export function checkStoreRules(data: StoreData, builtin: Catalog = EMPTY_CATALOG): AppError | null {
  const duplicate =
    duplicateIdProblem(data.plans, 'plans', 'plan') ??
    data.plans.reduce<AppError | null>(
      (found, plan, index) => found ?? duplicateIdProblem(plan.items, `plans.${index}.items`, `plan "${plan.id}": item`),
      null,
    ) ??
    duplicateIdProblem(data.progress, 'progress', 'progress entry') ??
    duplicateIdProblem(data.userCatalog.skills, 'userCatalog.skills', 'custom skill') ??
    duplicateIdProblem(data.userCatalog.roles, 'userCatalog.roles', 'custom role') ??
    duplicateIdProblem(data.userCatalog.courses, 'userCatalog.courses', 'custom course');
  if (duplicate) return duplicate;
  if (data.activePlanId !== null && !data.plans.some((plan) => plan.id === data.activePlanId)) {
    return {
      code: 'not-found',
      message: `names plan "${data.activePlanId}", which is not in the file`,
      path: 'activePlanId',
      problem: { key: 'problem.activePlanMissing', values: { id: data.activePlanId } },
    };
  }
  for (const { limit, path, count } of LIST_LIMITS) {
    if (count(data) > LIMITS[limit]) return { ...limitError(limit), message: `holds ${count(data)} ${LIMIT_WORDS[limit]}; ${limitError(limit).message}`, path };
  }
  const longPlan = data.plans.findIndex((plan) => plan.items.length > LIMITS.itemsPerPlan);
  if (longPlan >= 0) return { ...limitError('itemsPerPlan'), path: `plans.${longPlan}.items` };
  const longNote = data.progress.findIndex((entry) => (entry.note?.length ?? 0) > LIMITS.noteChars);
  if (longNote >= 0) return { ...limitError('noteChars'), path: `progress.${longNote}.note` };
  const size = jsonBytes(data);
  if (size > LIMITS.storeBytes) return { ...limitError('storeBytes'), message: `holds ${size} bytes; ${limitError('storeBytes').message}`, path: '' };
  // Only a loop through the person's own skills: the built-in catalog is checked when it is made.
  const cycle = prerequisiteLoop(data.userCatalog, builtin, data.userCatalog.skills.map((skill) => skill.id));
  if (!cycle) return null;
  const index = data.userCatalog.skills.findIndex((skill) => skill.id === cycle[0]);
  return cycleError(cycle, `userCatalog.skills.${index}.prerequisites`);
}
