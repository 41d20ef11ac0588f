import {
  localized,
  type Course,
  type CourseCost,
  type Locale,
  type Role,
  type RoleFamily,
  type Skill,
  type SkillCategory,
} from '../../../../core';
import type { CourseLanguage } from '../../components/CatalogEntryForm/courseLanguages';

/** Lowercase without accents, so "ingenieur" finds "Ingénieur". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of the query appears somewhere in the texts (an empty query matches all). */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(texts.join(' \u0000 '));
  return words.every((word) => haystack.includes(word));
}

export interface RoleFilter {
  query: string;
  family: RoleFamily | null;
}
export interface SkillFilter {
  query: string;
  category: SkillCategory | null;
}
export interface CourseFilter {
  query: string;
  cost: CourseCost | null;
  language: CourseLanguage | null;
  /** Only courses that teach this skill. */
  skillId: string | null;
}

export const NO_ROLE_FILTER: RoleFilter = { query: '', family: null };
export const NO_SKILL_FILTER: SkillFilter = { query: '', category: null };
export const NO_COURSE_FILTER: CourseFilter = { query: '', cost: null, language: null, skillId: null };

/** Whether any search or filter narrows the list (an empty list then means "no match", not "empty"). */
export function isFiltering(filter: RoleFilter | SkillFilter | CourseFilter): boolean {
  return Object.values(filter).some((value) => value !== null && value !== '');
}

function sortedBy<T>(items: T[], label: (item: T) => string, locale: Locale): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return items.sort((a, b) => collator.compare(label(a), label(b)));
}

/** Roles matching the filter, by title in the person's language. Titles are searched in both languages. */
export function filterRoles(roles: readonly Role[], filter: RoleFilter, locale: Locale): Role[] {
  const found = roles.filter(
    (role) =>
      (filter.family === null || role.family === filter.family) &&
      matchesQuery([role.title.en, role.title.fr, role.id], filter.query),
  );
  return sortedBy(found, (role) => localized(role.title, locale), locale);
}

/** Skills matching the filter; names in both languages and the aliases of job ads are searched. */
export function filterSkills(skills: readonly Skill[], filter: SkillFilter, locale: Locale): Skill[] {
  const found = skills.filter(
    (skill) =>
      (filter.category === null || skill.category === filter.category) &&
      matchesQuery([skill.name.en, skill.name.fr, skill.id, ...skill.aliases], filter.query),
  );
  return sortedBy(found, (skill) => localized(skill.name, locale), locale);
}

/** Courses matching the filter; title and provider are searched. */
export function filterCourses(courses: readonly Course[], filter: CourseFilter, locale: Locale): Course[] {
  const found = courses.filter(
    (course) =>
      (filter.cost === null || course.cost === filter.cost) &&
      (filter.language === null || course.languages.includes(filter.language)) &&
      (filter.skillId === null || course.teaches.some((taught) => taught.skillId === filter.skillId)) &&
      matchesQuery([course.title, course.provider], filter.query),
  );
  return sortedBy(found, (course) => course.title, locale);
}
