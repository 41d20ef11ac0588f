import { defineMessages } from '../define';

/** The date picker's own controls: placeholder, clear button and the calendar's arrows. */
export const dateMessages = defineMessages({
  en: {
    'dateField.placeholder': 'Pick a date',
    'dateField.clear': 'Clear {label}',
    'dateField.previousMonth': 'Previous month',
    'dateField.nextMonth': 'Next month',
    'dateField.previousYear': 'Previous year',
    'dateField.nextYear': 'Next year',
    'dateField.previousDecade': 'Previous decade',
    'dateField.nextDecade': 'Next decade',
  },
  fr: {
    'dateField.placeholder': 'Choisir une date',
    'dateField.clear': 'Effacer « {label} »',
    'dateField.previousMonth': 'Mois précédent',
    'dateField.nextMonth': 'Mois suivant',
    'dateField.previousYear': 'Année précédente',
    'dateField.nextYear': 'Année suivante',
    'dateField.previousDecade': 'Décennie précédente',
    'dateField.nextDecade': 'Décennie suivante',
  },
});
