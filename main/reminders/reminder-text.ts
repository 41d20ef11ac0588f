/**
 * What a study reminder says: a fixed title and, when the person has an active plan, the item
 * they turn to next (the same "first open item in plan order" as the week screen's next item,
 * core/planning/week.ts). Pure and Electron-free; main/reminders/reminders.ts shows it.
 */
import { courseTitle, mergeCatalog, type Catalog, type PlanItem, type StoreData } from '../../core';
import { fillTemplate, menuLocale } from '../menu-strings';
import { REMINDER_STRINGS } from '../reminder-strings';

export interface ReminderText {
  title: string;
  body: string;
}

const isOpen = (item: PlanItem) => item.status !== 'done' && item.status !== 'skipped';

/**
 * The notification's words in the app's language: the saved one once the person has a profile,
 * the system's otherwise (the same rule as the native menu, main/menu-strings.ts).
 */
export function reminderText(data: StoreData, builtinCatalog: Catalog, systemLocale: string): ReminderText {
  const locale = menuLocale(data.profile !== null ? data.settings.locale : null, systemLocale);
  const strings = REMINDER_STRINGS[locale];
  const plan = data.plans.find((candidate) => candidate.id === data.activePlanId);
  if (!plan) return { title: strings.title, body: strings.bodyNoPlan };
  const next = plan.items.find(isOpen);
  if (!next) return { title: strings.title, body: strings.bodyPlanDone };
  // Only an item of a course needs the catalog; the person's own items carry their title.
  const course =
    next.courseId === undefined
      ? undefined
      : mergeCatalog(builtinCatalog, data.userCatalog).courses.find((candidate) => candidate.id === next.courseId);
  const title = (course && courseTitle(course, locale)) ?? next.title ?? next.courseId ?? next.id;
  return { title: strings.title, body: fillTemplate(strings.bodyNextItem, { title }) };
}
