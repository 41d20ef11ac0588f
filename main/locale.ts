/**
 * The language of what the main process shows itself (native menu, About box, dialogs, study
 * reminders, start-up failure). The words are in the shared tables, core/i18n.
 */
import type { Locale } from '../core';

/**
 * The person's saved choice once they have one, otherwise the system's language when Skillgap
 * speaks it, otherwise English.
 */
export function menuLocale(saved: Locale | null, systemLocale: string): Locale {
  if (saved) return saved;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
