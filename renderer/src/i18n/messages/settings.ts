import { defineMessages } from '../define';

/** The settings screen. The O*NET attribution is a licence requirement: keep the English wording exact. */
export const settingsMessages = defineMessages({
  en: {
    'settings.title': 'Settings',
    'settings.readOnly': 'Your data is read-only, so settings cannot be changed until you update Skillgap.',
    'settings.language.title': 'Language',
    'settings.language.help': 'The language of the whole app, of dates and numbers, and of the built-in matrix.',
    'settings.language.en': 'English',
    'settings.language.fr': 'Français',
    'settings.theme.title': 'Appearance',
    'settings.theme.help': 'Automatic follows the light or dark setting of your computer.',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.theme.auto': 'Automatic',
    'settings.about.title': 'About Skillgap',
    'settings.about.version': 'Version',
    'settings.about.dataFolder': 'Data folder',
    'settings.about.dataFolderHelp':
      'Your profile, plans, progress and backups are kept here, on this computer only.',
    'settings.sources.title': 'Data sources',
    'settings.sources.intro': 'Part of the built-in role-skill matrix comes from O*NET:',
    'settings.sources.onet':
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Skillgap has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  },
  fr: {
    'settings.title': 'Réglages',
    'settings.readOnly':
      'Vos données sont en lecture seule : les réglages ne peuvent pas être modifiés avant la mise à jour de Skillgap.',
    'settings.language.title': 'Langue',
    'settings.language.help': 'La langue de toute l’application, des dates et des nombres, et de la matrice intégrée.',
    'settings.language.en': 'English',
    'settings.language.fr': 'Français',
    'settings.theme.title': 'Apparence',
    'settings.theme.help': 'Automatique suit le réglage clair ou sombre de votre ordinateur.',
    'settings.theme.light': 'Clair',
    'settings.theme.dark': 'Sombre',
    'settings.theme.auto': 'Automatique',
    'settings.about.title': 'À propos de Skillgap',
    'settings.about.version': 'Version',
    'settings.about.dataFolder': 'Dossier des données',
    'settings.about.dataFolderHelp':
      'Votre profil, vos plans, votre progression et vos sauvegardes sont conservés ici, sur cet ordinateur uniquement.',
    'settings.sources.title': 'Sources des données',
    'settings.sources.intro': 'Une partie de la matrice métiers-compétences intégrée provient d’O*NET :',
    'settings.sources.onet':
      'Ce produit contient des informations issues de la base de données O*NET 29.3 du ministère du Travail des États-Unis, Administration de l’emploi et de la formation (U.S. Department of Labor, Employment and Training Administration, USDOL/ETA). Utilisées sous la licence CC BY 4.0. O*NET® est une marque de l’USDOL/ETA. Skillgap a modifié tout ou partie de ces informations. L’USDOL/ETA n’a ni approuvé, ni cautionné, ni testé ces modifications.',
  },
});
