import type { Catalog, Course } from '../model/catalog';
import type { PlanItem } from '../model/plan';
import { localized, type Locale } from '../model/text';

export function courseOfItem(catalog: Catalog, item: PlanItem): Course | undefined {
  return item.courseId === undefined ? undefined : catalog.courses.find((course) => course.id === item.courseId);
}

/** The skill's name in the language, or its id when the catalog no longer has it. */
export function skillNameOf(catalog: Catalog, skillId: string, locale: Locale): string {
  const skill = catalog.skills.find((candidate) => candidate.id === skillId);
  return skill ? localized(skill.name, locale) : skillId;
}
