import type { Translation } from '../define';
import type { dateMessages as en } from '../en/dates';

export const dateMessages: Translation<typeof en> = {
  'dateField.placeholder': 'Choisir une date',
  'dateField.clear': 'Effacer « {label} »',
  'dateField.previousMonth': 'Mois précédent',
  'dateField.nextMonth': 'Mois suivant',
  'dateField.previousYear': 'Année précédente',
  'dateField.nextYear': 'Année suivante',
  'dateField.previousDecade': 'Décennie précédente',
  'dateField.nextDecade': 'Décennie suivante',
};
