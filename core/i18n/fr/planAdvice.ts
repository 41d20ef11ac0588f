import type { Translation } from '../define';
import type { planAdviceMessages as en } from '../en/planAdvice';

export const planAdviceMessages: Translation<typeof en> = {
  'plan.scope.label': 'Ce que couvre le plan',
  'plan.scope.core': 'Socle (premier poste)',
  'plan.scope.full': 'Socle + plus',
  'plan.scope.hint': 'Le socle est ce que demandent les offres de premier poste ; « plus » ajoute les exigences qui viennent avec l’expérience.',

  'plan.long.title': 'Ce plan dure {months} mois',
  'plan.long.weekly': 'À {hours} h par semaine, il se terminerait en 12 mois.',
  'plan.long.body': 'Un plan de plus d’un an est difficile à tenir. Donnez-lui plus d’heures, limitez-le au socle ou visez d’abord un métier plus proche.',
  'plan.stone.line': 'Atteignez d’abord {role}, d’ici le {date} ({hours}) ; {share} % de ce travail compte aussi pour {target}.',
  'plan.stone.firstJob':
    'Commencez par un premier poste : {role}. Ce métier recrute des débutant·es, et vous pouvez y être prêt·e d’ici le {date} ({hours}). Vous continuez à vous former pour {target} en travaillant.',
  'plan.stone.button': 'Planifier d’abord {role}',

  'plan.why.closes': 'Comble : {list}',
  'plan.why.prepares': 'Prépare à : {list}',
  'plan.why.pinned': 'Vous avez choisi ce cours.',
  'plan.why.otherAudience': 'Écrit pour un autre public : retenu parce que les cours écrits pour vous n’atteignent pas tous les niveaux de ce plan.',
  'plan.why.shows': 'Montre à un employeur : {list}',
  'plan.item.project': 'Projet de portfolio · idée : {idea}',
  'plan.item.openIdea': 'Ouvrir la source de l’idée',
  'plan.why.skillLevel': '{skill} ({level})',
  'plan.hours.estimate': '≈ {hours}, estimation',
  'plan.hours.estimateHelp': 'Le fournisseur n’indique pas la durée : ce chiffre est notre estimation.',
  'plan.why.line': 'Pourquoi : {reasons}',
};
