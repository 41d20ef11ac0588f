/**
 * Words of the study-reminder notification, which main shows itself (the renderer may not even
 * have a window open). Every locale defines every key: the Record type fails to compile when one
 * is missing, and test/main/reminder-strings.test.ts checks the texts.
 */
import type { Locale } from '../core';

export const REMINDER_STRING_KEYS = ['title', 'bodyNextItem', 'bodyNoPlan', 'bodyPlanDone'] as const;
export type ReminderStringKey = (typeof REMINDER_STRING_KEYS)[number];
export type ReminderStrings = Record<ReminderStringKey, string>;

export const REMINDER_STRINGS: Record<Locale, ReminderStrings> = {
  en: {
    title: 'Time to study',
    bodyNextItem: 'Next up: {title}',
    bodyNoPlan: 'Open Skillgap to plan your next study session.',
    bodyPlanDone: 'Your plan is complete. Open Skillgap to choose what comes next.',
  },
  fr: {
    title: 'C’est l’heure d’étudier',
    bodyNextItem: 'Au programme : {title}',
    bodyNoPlan: 'Ouvrez Skillgap pour prévoir votre prochaine séance d’étude.',
    bodyPlanDone: 'Votre plan est terminé. Ouvrez Skillgap pour choisir la suite.',
  },
};
