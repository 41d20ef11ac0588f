/**
 * What the printed plan shows, computed from the stored data with core: the fit for each target
 * role, the items grouped by the month they start, hours logged, and the sources to cite.
 * Pure, so it is tested without rendering.
 */
import {
  analyzeFit,
  loggedHoursByItem,
  toHundredths,
  fitProfileOf,
  type Catalog,
  type Course,
  type Locale,
  type ItemStatus,
  type Plan,
  type PlanItem,
  type Profile,
  type ProgressEntry,
  type Role,
  type RoleFit,
} from '../../../../core';
import { courseOf, itemTitle } from '../../components/PlanItemCard/itemInfo';

export interface PrintedItem {
  id: string;
  title: string;
  course: Course | undefined;
  skillIds: string[];
  start: string;
  end: string;
  hours: number;
  logged: number;
  status: ItemStatus;
  /** Why the planner chose the item; absent for the person's own items and older plans. */
  why?: PlanItem['why'];
  /** The notes the person wrote when logging hours on it, oldest first. */
  notes: { date: string; text: string }[];
}

export interface MonthGroup {
  /** yyyy-MM of the items' start. */
  month: string;
  items: PrintedItem[];
}

export interface PrintedRole {
  role: Role;
  fit: RoleFit | null;
}

export interface PrintModel {
  roles: PrintedRole[];
  months: MonthGroup[];
  totalHours: number;
  loggedHours: number;
  remainingHours: number;
  doneCount: number;
  inProgressCount: number;
  courses: Course[];
}


export function buildPrintModel(
  plan: Plan,
  profile: Profile | null,
  catalog: Catalog,
  progress: readonly ProgressEntry[],
  /** The person's study languages (studyLanguagesOf), so the fit's hours match the app's. */
  languages: readonly string[] | undefined,
  locale: Locale,
): PrintModel {
  const logged = loggedHoursByItem(plan, progress);
  const notesOf = new Map<string, { date: string; text: string }[]>();
  for (const entry of progress) {
    const text = entry.note?.trim();
    if (entry.planId !== plan.id || !text) continue;
    notesOf.set(entry.itemId, [...(notesOf.get(entry.itemId) ?? []), { date: entry.date, text }]);
  }
  const items: PrintedItem[] = plan.items.map((item) => {
    return {
      id: item.id,
      title: itemTitle(catalog, item, locale),
      course: courseOf(catalog, item),
      skillIds: item.skillIds,
      start: item.start,
      end: item.end,
      hours: item.hours,
      logged: toHundredths(logged.get(item.id) ?? 0),
      status: item.status,
      ...(item.why ? { why: item.why } : {}),
      notes: (notesOf.get(item.id) ?? []).sort((a, b) => a.date.localeCompare(b.date)),
    };
  });
  // Plan order is prerequisite order; the printed list follows the calendar, keeping that order on ties.
  const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.start.localeCompare(b.item.start) || a.index - b.index);
  const months: MonthGroup[] = [];
  for (const { item } of ordered) {
    const month = item.start.slice(0, 7);
    const last = months.at(-1);
    if (last && last.month === month) last.items.push(item);
    else months.push({ month, items: [item] });
  }
  const roles = plan.targetRoleIds.flatMap((roleId) => {
    const role = catalog.roles.find((candidate) => candidate.id === roleId);
    const person = profile ? fitProfileOf(profile, languages) : null;
    return role ? [{ role, fit: person ? analyzeFit(person, role, catalog) : null }] : [];
  });
  const totalHours = toHundredths(items.reduce((sum, item) => sum + item.hours, 0));
  const loggedHours = toHundredths(items.reduce((sum, item) => sum + item.logged, 0));
  const remainingHours = toHundredths(
    items.reduce((sum, item) => sum + (item.status === 'done' || item.status === 'skipped' ? 0 : Math.max(0, item.hours - item.logged)), 0),
  );
  const seen = new Set<string>();
  const usedCourses = items.flatMap((item) => {
    if (!item.course || seen.has(item.course.id)) return [];
    seen.add(item.course.id);
    return [item.course];
  });
  return {
    roles,
    months,
    totalHours,
    loggedHours,
    remainingHours,
    doneCount: items.filter((item) => item.status === 'done').length,
    inProgressCount: items.filter((item) => item.status === 'in-progress').length,
    courses: usedCourses,
  };
}

/** ☑ done, ☒ skipped, ☐ otherwise: a box the person ticks with a pen. */
export function statusBox(status: ItemStatus): string {
  if (status === 'done') return '\u2611';
  if (status === 'skipped') return '\u2612';
  return '\u2610';
}
