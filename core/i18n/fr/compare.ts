import type { Translation } from '../define';
import type { compareMessages as en } from '../en/compare';

export const compareMessages: Translation<typeof en> = {
  'compare.title': 'Comparer des métiers',
  'compare.intro':
    'Placez deux ou trois métiers côte à côte et voyez les écarts qu’ils partagent : les combler vous garde plusieurs portes ouvertes.',
  'compare.pick.label': 'Métiers à comparer',
  'compare.pick.description': 'Deux ou trois métiers.',
  'compare.pick.placeholder': 'Chercher un métier',
  'compare.pick.nothingFound': 'Aucun métier ne correspond.',
  'compare.pick.clear': 'Retirer tous les métiers',
  'compare.needTwo': 'Choisissez au moins deux métiers pour les comparer.',
  'compare.useTargets': 'Comparer vos métiers visés',
  'compare.unknown': 'Certains métiers de l’adresse ne sont pas dans la matrice et ont été écartés.',
  'compare.columns.title': 'Côte à côte',
  'compare.column.topGaps': 'Plus grands écarts',
  'compare.column.noGap': 'Plus aucun écart.',
  'compare.shared.title': 'À apprendre d’abord pour garder plusieurs portes ouvertes',
  'compare.shared.intro': 'Les écarts communs à plusieurs de ces métiers, les plus lourds d’abord.',
  'compare.shared.none':
    'Ces métiers n’ont aucun écart en commun : ils demandent des compétences différentes, ou vous maîtrisez déjà celles qu’ils partagent.',
  'compare.shared.caption': 'Écarts communs aux métiers comparés, par poids cumulé',
  'compare.shared.skill': 'Compétence',
  'compare.shared.you': 'Vous',
  'compare.shared.needs': 'Demandé par',
  'compare.shared.byRole': '{role} : {level}',
  'compare.shared.weight': 'Points d’écart',
  'compare.shared.weightHelp': 'Importance × niveaux manquants, additionnés sur les métiers qui partagent cet écart.',
  'compare.shared.badge': 'Commun à {count} métiers',
  'compare.shared.badgeAll': 'Commun aux {count} métiers',
  'compare.shared.showAll': 'Afficher les {count} écarts communs',
  'compare.shared.showFewer': 'N’afficher que les plus lourds',
  'compare.combined.title': 'Prêt·e pour tous',
  'compare.combined.body': '{hours} de cours ({count}) vous prépareraient aux {roles} métiers à la fois.',
  'compare.combined.bodyPartial':
    '{hours} de cours ({count}) enseignent ce que des cours peuvent enseigner pour les {roles} métiers à la fois ; seuls, ils ne suffisent pas.',
  'compare.combined.courses.one': '1 cours',
  'compare.combined.courses.other': '{count} cours',
  'compare.combined.separately': 'Additionnées métier par métier, on arriverait à {hours} : les écarts communs ne s’apprennent qu’une fois.',
  'compare.combined.ready': 'Vous remplissez déjà toutes les exigences de ces métiers.',
  'compare.combined.uncovered': 'Aucun cours ne couvre : {skills}.',
  'compare.plan': 'Planifier pour ces métiers',
};
