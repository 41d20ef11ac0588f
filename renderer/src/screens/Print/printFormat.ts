import type { Catalog, Locale } from '../../../../core';
import { skillName } from '../../components/PlanItemCard/itemInfo';

/** "September 2026" / "Septembre 2026" for a yyyy-MM month. */
export function monthLabel(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const text = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, monthNumber - 1, 1),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function skillNames(catalog: Catalog, skillIds: readonly string[], locale: Locale): string[] {
  return skillIds.map((skillId) => skillName(catalog, skillId, locale));
}
