import { defineMessages } from '../define';

/**
 * What the plan says of its advice (docs/advice.md): the core or full scope, long plans and the
 * stepping stone, why each item is there, and estimated hours.
 */
export const planAdviceMessages = defineMessages({
  en: {
    'plan.scope.label': 'What the plan covers',
    'plan.scope.core': 'Core (entry level)',
    'plan.scope.full': 'Core + plus',
    'plan.scope.hint': 'Core is what entry-level postings ask for; plus adds the requirements that grow with experience.',

    'plan.long.title': 'This plan runs {months} months',
    'plan.long.weekly': 'At {hours} h a week it would end within 12 months.',
    'plan.long.body': 'Plans over a year are hard to keep up. Give it more hours, narrow it to the core, or aim at a closer role first.',
    'plan.stone.line': 'Reach {role} first, by {date} ({hours}); {share}% of that study also counts toward {target}.',
    'plan.stone.firstJob':
      'Start with a first job as {role}: it hires people new to the field, and you can be ready for it by {date} ({hours}). You keep studying toward {target} while you work.',
    'plan.stone.button': 'Plan {role} first',

    'plan.why.closes': 'Closes: {list}',
    'plan.why.prepares': 'Prepares for: {list}',
    'plan.why.pinned': 'You chose this course.',
    'plan.why.otherAudience': 'Written for another audience: chosen because the courses written for you do not reach every level this plan needs.',
    'plan.why.shows': 'Shows an employer: {list}',
    'plan.item.project': 'Portfolio project · idea: {idea}',
    'plan.item.openIdea': 'Open where the idea comes from',
    'plan.why.skillLevel': '{skill} ({level})',
    'plan.hours.estimate': '≈ {hours}, estimate',
    'plan.hours.estimateHelp': 'The provider does not state the hours: this figure is our estimate.',
    'plan.col.why': 'Why',
    'plan.why.line': 'Why: {reasons}',
  },
  fr: {
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
    'plan.col.why': 'Pourquoi',
    'plan.why.line': 'Pourquoi : {reasons}',
  },
});
