/**
 * What a study reminder says: a fixed title and, when the person has an active plan, the item
 * they turn to next (the same "first open item in plan order" as the week screen's next item,
 * core/planning/week.ts). Pure and Electron-free; main/reminders/reminders.ts shows it.
 */
import { courseTitle, mergeCatalog, type Catalog, type PlanItem, type StoreData } from '../../core';
import { createTranslator } from '../../core/i18n';
import { menuLocale } from '../locale';

export interface ReminderText {
  title: string;
  body: string;
}

const isOpen = (item: PlanItem) => item.status !== 'done' && item.status !== 'skipped';

/**
 * The notification's words in the app's language: the saved one once the person has a profile,
 * the system's otherwise (the same rule as the native menu, main/locale.ts).
 */
export function reminderText(data: StoreData, builtinCatalog: Catalog, systemLocale: string): ReminderText {
  const locale = menuLocale(data.profile !== null ? data.settings.locale : null, systemLocale);
  const t = createTranslator(locale);
  const plan = data.plans.find((candidate) => candidate.id === data.activePlanId);
  if (!plan) return { title: t('reminder.title'), body: t('reminder.bodyNoPlan') };
  const next = plan.items.find(isOpen);
  if (!next) return { title: t('reminder.title'), body: t('reminder.bodyPlanDone') };
  // Only an item of a course needs the catalog; the person's own items carry their title.
  const course =
    next.courseId === undefined
      ? undefined
      : mergeCatalog(builtinCatalog, data.userCatalog).courses.find((candidate) => candidate.id === next.courseId);
  const title = (course && courseTitle(course, locale)) ?? next.title ?? next.courseId ?? next.id;
  return { title: t('reminder.title'), body: t('reminder.bodyNextItem', { title }) };
}
