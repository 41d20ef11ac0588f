import { courseTitle, localized, type Catalog, type Course, type Locale, type PlanItem } from '../../../../core';
import type { I18n } from '../../i18n';

export function courseOf(catalog: Catalog, item: PlanItem): Course | undefined {
  return item.courseId === undefined ? undefined : catalog.courses.find((course) => course.id === item.courseId);
}

/**
 * What to call an item: its course's title (a portfolio project's in the person's language), the
 * person's own title, or (for a course since removed from the matrix) its course id, so the plan
 * stays readable.
 */
export function itemTitle(catalog: Catalog, item: PlanItem, locale: Locale): string {
  const course = courseOf(catalog, item);
  return (course && courseTitle(course, locale)) ?? item.title ?? item.courseId ?? item.id;
}

/** Who offers an item: the course's provider, "Portfolio project · idea: …", or the person's own. */
export function providerText(course: Course | undefined, t: I18n['t']): string {
  if (!course) return t('plan.item.own');
  return course.project ? t('plan.item.project', { idea: course.provider }) : course.provider;
}

export function skillName(catalog: Catalog, skillId: string, locale: Locale): string {
  const skill = catalog.skills.find((candidate) => candidate.id === skillId);
  return skill ? localized(skill.name, locale) : skillId;
}

/**
 * A role deleted after a plan was made still needs a name a person can read: custom ids are made
 * from the title (renderer/src/components/CatalogEntryForm/entryIds.ts), so "my-prompt-librarian-2"
 * reads back as "Prompt librarian".
 */
export function readableId(id: string): string {
  const words = id.replace(/^my-/, '').replace(/-\d+$/, '').split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function roleTitle(catalog: Catalog, roleId: string, locale: Locale): string {
  const role = catalog.roles.find((candidate) => candidate.id === roleId);
  return role ? localized(role.title, locale) : readableId(roleId);
}

/** Titles by item id, for lists that name many items at once. */
export function titlesById(catalog: Catalog, items: readonly PlanItem[], locale: Locale): Map<string, string> {
  return new Map(items.map((item) => [item.id, itemTitle(catalog, item, locale)]));
}
