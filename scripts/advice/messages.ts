/** The CLI's own words in both languages; titles and skill names come from the catalog. */
export const MESSAGES = {
  en: {
    assumed: 'Assumed from the background (rate these to confirm):',
    ranking: 'Roles, best first (entry-level core readiness, full role, hours to ready):',
    plan: 'Plan for {targets}: {hours} h, ready {date} ({months} months)',
    empty: 'Plan for {targets}: nothing to learn, ready now',
    long: '  Over 12 months: {weekly} h a week would end it within 12 months.',
    closes: 'closes',
    prepares: 'prepares for',
    pinned: 'pinned by you',
    otherAudience: 'written for another audience: the courses for you do not reach every level of this plan',
    shows: 'shows',
    project: 'Portfolio project:',
    estimate: 'estimate',
    uncovered: '  Not reachable with the courses on offer:',
    reason: { 'no-course': 'no course teaches this level', language: 'only in languages you do not study in', excluded: 'you removed the courses', expects: 'the courses expect more than any course teaches' },
    stone: '  Stepping stone: {role} in {months} months ({hours} h), {share} % of it counts toward the target.',
    stoneFirstJob: '  Stepping stone: a first job as {role}, which hires people new to the field, ready by {date} ({hours} h); study toward the target goes on meanwhile.',
    experience: '  People hired as {role} bring {years} years of experience on average (LinkedIn): courses are the start.',
    ok: 'Within its bounds.',
    outside: 'Outside its bounds:',
  },
  fr: {
    assumed: 'Supposé d’après le parcours (notez-les pour confirmer) :',
    ranking: 'Métiers, du plus proche au plus lointain (socle débutant, métier complet, heures) :',
    plan: 'Plan pour {targets} : {hours} h, prêt·e le {date} ({months} mois)',
    empty: 'Plan pour {targets} : rien à apprendre, prêt·e dès maintenant',
    long: '  Plus de 12 mois : {weekly} h par semaine le feraient tenir en 12 mois.',
    closes: 'comble',
    prepares: 'prépare à',
    pinned: 'épinglé par vous',
    otherAudience: 'écrit pour un autre public : les cours écrits pour vous n’atteignent pas tous les niveaux de ce plan',
    shows: 'montre',
    project: 'Projet de portfolio :',
    estimate: 'estimation',
    uncovered: '  Hors de portée avec les cours proposés :',
    reason: { 'no-course': 'aucun cours n’enseigne ce niveau', language: 'seulement dans des langues que vous n’étudiez pas', excluded: 'vous avez retiré ces cours', expects: 'ces cours attendent plus qu’aucun cours n’enseigne' },
    stone: '  Étape intermédiaire : {role} en {months} mois ({hours} h), dont {share} % comptent pour la cible.',
    stoneFirstJob: '  Étape intermédiaire : {role}, un métier qui recrute des débutant·es, comme premier poste, prêt·e le {date} ({hours} h) ; la formation vers la cible continue en parallèle.',
    experience: '  Les personnes recrutées comme {role} ont en moyenne {years} ans d’expérience (LinkedIn) : les cours sont un début.',
    ok: 'Dans ses bornes.',
    outside: 'Hors de ses bornes :',
  },
} as const;

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
