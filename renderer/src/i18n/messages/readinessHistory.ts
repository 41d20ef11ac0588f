import { defineMessages } from '../define';

/** The role page's "readiness over time": its chart, table and empty state. */
export const readinessHistoryMessages = defineMessages({
  en: {
    'readinessHistory.title': 'Your readiness over time',
    'readinessHistory.intro': 'One point for each day you changed a level: after a course, or when you rated yourself again.',
    'readinessHistory.empty': 'Re-rate a skill after a course to see your progress here.',
    'readinessHistory.before': 'Before {date}',
    'readinessHistory.full': 'Full role',
    'readinessHistory.day': 'Day',
    'readinessHistory.summary': 'Entry-level core: {from} ({start}), {to} ({end}). Full role: {fullFrom}, then {fullTo}.',
    'readinessHistory.showTable': 'Show the figures as a table',
    'readinessHistory.hideTable': 'Hide the table',
    'readinessHistory.caption': 'Readiness at the end of each day a level changed',
    'readinessHistory.loading': 'Loading the chart',
  },
  fr: {
    'readinessHistory.title': 'Votre préparation au fil du temps',
    'readinessHistory.intro':
      'Un point pour chaque jour où vous avez changé un niveau : après un cours, ou en vous évaluant de nouveau.',
    'readinessHistory.empty': 'Réévaluez une compétence après un cours pour voir vos progrès ici.',
    'readinessHistory.before': 'Avant le {date}',
    'readinessHistory.full': 'Métier complet',
    'readinessHistory.day': 'Jour',
    'readinessHistory.summary':
      'Socle premier poste : {from} ({start}), {to} ({end}). Métier complet : {fullFrom}, puis {fullTo}.',
    'readinessHistory.showTable': 'Afficher les chiffres sous forme de tableau',
    'readinessHistory.hideTable': 'Masquer le tableau',
    'readinessHistory.caption': 'Préparation à la fin de chaque jour où un niveau a changé',
    'readinessHistory.loading': 'Chargement du graphique',
  },
});
