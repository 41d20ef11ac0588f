import type { Translation } from '../define';
import type { readinessHistoryMessages as en } from '../en/readinessHistory';

export const readinessHistoryMessages: Translation<typeof en> = {
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
};
