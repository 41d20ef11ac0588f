import type { Translation } from '../define';
import type { settingsMessages as en } from '../en/settings';

export const settingsMessages: Translation<typeof en> = {
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
  'settings.reminders.title': 'Rappels d’étude',
  'settings.reminders.help': 'Une notification les jours et à l’heure que vous choisissez, tant que Skillgap est ouvert.',
  'settings.reminders.enabled': 'Me rappeler d’étudier',
  'settings.reminders.days': 'Jours',
  'settings.reminders.daysNeeded': 'Gardez au moins un jour.',
  'settings.reminders.time': 'Heure',
  'settings.reminders.hours': 'Heures',
  'settings.reminders.minutes': 'Minutes',
  'settings.reminders.timeNeeded': 'Indiquez une heure, par exemple 19:00.',
  'settings.reminders.unavailable': 'Les rappels ne sont pas disponibles sur ce système : il n’a pas de service de notifications.',
  'settings.login.title': 'Démarrage',
  'settings.login.switch': 'Ouvrir Skillgap à l’ouverture de ma session',
  'settings.login.help': 'Skillgap s’ouvre avec votre session, pour que vos rappels vous parviennent.',
  'settings.login.unavailable':
    'Sous Linux, chaque bureau a sa propre liste d’applications au démarrage : ajoutez-y Skillgap pour l’ouvrir à la connexion.',
  'settings.about.title': 'À propos de Skillgap',
  'settings.about.version': 'Version',
  'settings.about.dataFolder': 'Dossier des données',
  'settings.about.dataFolderHelp':
    'Votre profil, vos plans, votre progression et vos sauvegardes sont conservés ici, sur cet ordinateur uniquement.',
  'settings.sources.title': 'Sources des données',
  'settings.sources.intro': 'Une partie de la matrice métiers-compétences intégrée provient d’O*NET :',
  'settings.sources.onet':
    'Ce produit contient des informations issues de la base de données O*NET 29.3 du ministère du Travail des États-Unis, Administration de l’emploi et de la formation (U.S. Department of Labor, Employment and Training Administration, USDOL/ETA). Utilisées sous la licence CC BY 4.0. O*NET® est une marque de l’USDOL/ETA. Skillgap a modifié tout ou partie de ces informations. L’USDOL/ETA n’a ni approuvé, ni cautionné, ni testé ces modifications.',
};
