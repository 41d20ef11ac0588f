/**
 * The words written into exported files (calendar descriptions, CSV headers). They are part of a
 * file the person keeps, not of the interface, so they travel with the export code; the app's
 * interface strings stay in the renderer. Both languages define every key (type-checked).
 */
import type { ItemStatus } from '../model/plan';
import type { Locale } from '../model/text';
import { toHundredths } from '../model/hours';

export interface ExportLabels {
  /** Between a label and its value: French puts a (no-break) space before the colon. */
  colon: string;
  /** The lines of a study session's description in the calendar. */
  session: {
    course: string;
    provider: string;
    link: string;
    duration: string;
    skills: string;
  };
  statuses: Record<ItemStatus, string>;
  plan: {
    status: string;
    title: string;
    provider: string;
    start: string;
    end: string;
    hours: string;
    loggedHours: string;
    skills: string;
    url: string;
  };
  gaps: {
    skill: string;
    category: string;
    have: string;
    need: string;
    gap: string;
    importance: string;
    weight: string;
    share: string;
    covered: string;
    yes: string;
    no: string;
  };
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  en: {
    colon: ': ',
    session: {
      course: 'Course',
      provider: 'Provider',
      link: 'Link',
      duration: 'This session',
      skills: 'Skills',
    },
    statuses: { planned: 'planned', 'in-progress': 'in progress', done: 'done', skipped: 'skipped' },
    plan: {
      status: 'Status',
      title: 'Title',
      provider: 'Provider',
      start: 'Start',
      end: 'End',
      hours: 'Hours',
      loggedHours: 'Hours logged',
      skills: 'Skills',
      url: 'Address',
    },
    gaps: {
      skill: 'Skill',
      category: 'Category',
      have: 'Your level',
      need: 'Level needed',
      gap: 'Gap',
      importance: 'Importance',
      weight: 'Weight',
      share: 'Share of the gap (%)',
      covered: 'Covered',
      yes: 'yes',
      no: 'no',
    },
  },
  fr: {
    colon: '\u00a0: ',
    session: {
      course: 'Cours',
      provider: 'Organisme',
      link: 'Lien',
      duration: 'Cette séance',
      skills: 'Compétences',
    },
    statuses: { planned: 'prévu', 'in-progress': 'en cours', done: 'terminé', skipped: 'abandonné' },
    plan: {
      status: 'Statut',
      title: 'Titre',
      provider: 'Organisme',
      start: 'Début',
      end: 'Fin',
      hours: 'Heures',
      loggedHours: 'Heures faites',
      skills: 'Compétences',
      url: 'Adresse',
    },
    gaps: {
      skill: 'Compétence',
      category: 'Catégorie',
      have: 'Votre niveau',
      need: 'Niveau demandé',
      gap: 'Écart',
      importance: 'Importance',
      weight: 'Poids',
      share: 'Part de l’écart (%)',
      covered: 'Atteint',
      yes: 'oui',
      no: 'non',
    },
  },
};

/** Hours as the person writes them: "2.5" / "2,5", at most two decimals. */
export function formatExportHours(hours: number, locale: Locale): string {
  const text = String(toHundredths(hours));
  return locale === 'fr' ? text.replace('.', ',') : text;
}
