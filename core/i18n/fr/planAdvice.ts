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
  'plan.stone.none': 'Aucun métier de Skillgap n’est une étape plus courte. Un métier en tête ? Évaluez-le.',
  'plan.step.open': 'Évaluer un métier comme étape',
  'plan.step.title': 'Un métier sur le chemin de {target} ?',
  'plan.step.description': 'Une étape prend 6 mois au plus, et l’essentiel de sa formation et de ce qu’elle vous demande va dans le même sens.',
  'plan.step.label': 'Quel métier ?',
  'plan.step.plan': 'Planifier d’abord ce métier',
  'plan.step.onTheWay': '{role} est une étape : prêt·e d’ici le {date} ({hours}) ; {share} % de ce travail et {gaps} % de ce qu’il vous demande comptent pour {target}.',
  'plan.step.target': '{role} est une cible de ce plan.',
  'plan.step.alreadyReady': 'Vous avez déjà ce que demande {role} : aucun cours à suivre.',
  'plan.step.tooLong': '{role} n’est pas une étape rapide : {hours} de cours, jusqu’au {date} ; {share} % de ce travail compte pour {target}.',
  'plan.step.uncovered.one': 'Skillgap ne peut pas planifier {role} : {count} compétence demandée n’a aucun cours accessible.',
  'plan.step.uncovered.other': 'Skillgap ne peut pas planifier {role} : {count} compétences demandées n’ont aucun cours accessible.',
  'plan.step.offTheWay': '{role} est surtout hors du chemin : {share} % de ses {hours} de formation et {gaps} % de ce qu’il vous demande comptent pour {target} ; une étape demande la moitié des deux.',
  'plan.step.noPlan': '{role} ne peut pas être planifié avec ce temps d’étude.',
  'plan.step.notDescribed': 'Les compétences de Skillgap décrivent trop peu {role} pour l’évaluer (moins de {min} exigences).',

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
