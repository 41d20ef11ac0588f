import type { Translation } from '../define';
import type { reminderMessages as en } from '../en/reminders';

export const reminderMessages: Translation<typeof en> = {
  'reminder.title': 'C’est l’heure d’étudier',
  'reminder.bodyNextItem': 'Au programme : {title}',
  'reminder.bodyNoPlan': 'Ouvrez Skillgap pour prévoir votre prochaine séance d’étude.',
  'reminder.bodyPlanDone': 'Votre plan est terminé. Ouvrez Skillgap pour choisir la suite.',
};
