import { MAX_LONG_TEXT } from './text';

/**
 * How much the person's data may hold (docs/architecture.md "Limits"). Each figure is far above a heavy
 * year of use (20 plans of 40 items, 3,000 progress entries with notes, 300 custom entries:
 * 1.1 MB), and the store's size stays well under what an import accepts (20 MB), so an export
 * always imports again. A save that would pass one is refused with a message naming it; an import
 * that passes one is refused whole.
 *
 * The schemas keep their own, larger bounds against hostile input: a file saved before a limit
 * existed still opens, and can shrink back under it (a change that does not grow past a limit is
 * always accepted).
 */
export const LIMITS = {
  /** The whole document as compact JSON, in UTF-8 bytes. */
  storeBytes: 8 * 1024 * 1024,
  plans: 200,
  itemsPerPlan: 1000,
  progressEntries: 30_000,
  /** Characters of one progress note. */
  noteChars: MAX_LONG_TEXT,
  customSkills: 2000,
  customRoles: 2000,
  customCourses: 2000,
} as const;

export type LimitName = keyof typeof LIMITS;

export function isLimitName(name: string): name is LimitName {
  return Object.hasOwn(LIMITS, name);
}
