import type { Translation } from '../define';
import type { cliMessages as en } from '../en/cli';

export const cliMessages: Translation<typeof en> = {
  'cli.assumed': 'Supposé d’après le parcours ou les métiers (notez-les pour confirmer) :',
  'cli.ranking': 'Métiers, du plus proche au plus lointain (socle débutant, métier complet, heures) :',
  'cli.plan': 'Plan pour {targets} : {hours} h, prêt·e le {date} ({months} mois)',
  'cli.empty': 'Plan pour {targets} : rien à apprendre, prêt·e dès maintenant',
  'cli.long': '  Plus de 12 mois : {weekly} h par semaine le feraient tenir en 12 mois.',
  'cli.closes': 'comble',
  'cli.prepares': 'prépare à',
  'cli.pinned': 'épinglé par vous',
  'cli.otherAudience': 'écrit pour un autre public : les cours écrits pour vous n’atteignent pas tous les niveaux de ce plan',
  'cli.shows': 'montre',
  'cli.project': 'Projet de portfolio :',
  'cli.estimate': 'estimation',
  'cli.uncovered': '  Hors de portée avec les cours proposés :',
  'cli.reason.no-course': 'aucun cours n’enseigne ce niveau',
  'cli.reason.language': 'seulement dans des langues que vous n’étudiez pas',
  'cli.reason.excluded': 'vous avez retiré ces cours',
  'cli.reason.expects': 'ces cours attendent plus qu’aucun cours n’enseigne',
  'cli.stone': '  Étape intermédiaire : {role} en {months} mois ({hours} h), dont {share} % comptent pour la cible.',
  'cli.stoneFirstJob': '  Étape intermédiaire : {role}, un métier qui recrute des débutant·es, comme premier poste, prêt·e le {date} ({hours} h) ; la formation vers la cible continue en parallèle.',
  'cli.experience': '  Les personnes recrutées comme {role} ont en moyenne {years} ans d’expérience (LinkedIn) : les cours sont un début.',
  'cli.ok': 'Dans ses bornes.',
  'cli.outside': 'Hors de ses bornes :',
};
