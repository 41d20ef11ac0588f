import { ONET_ATTRIBUTION } from '../onet';

/** The settings screen. The O*NET attribution is a licence requirement: keep the English wording exact. */
export const settingsMessages = {
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
  'settings.reminders.title': 'Study reminders',
  'settings.reminders.help': 'A notification on the days and at the time you choose, while Skillgap is open.',
  'settings.reminders.enabled': 'Remind me to study',
  'settings.reminders.days': 'Days',
  'settings.reminders.daysNeeded': 'Keep at least one day.',
  'settings.reminders.time': 'Time',
  'settings.reminders.hours': 'Hour',
  'settings.reminders.minutes': 'Minutes',
  'settings.reminders.timeNeeded': 'Enter a time, for example 19:00.',
  'settings.reminders.unavailable': 'Reminders are not available on this system: it has no notification service.',
  'settings.login.title': 'Start-up',
  'settings.login.switch': 'Open Skillgap when I log in',
  'settings.login.help': 'Skillgap opens with your session, so your reminders reach you.',
  'settings.login.unavailable':
    'On Linux, each desktop keeps its own list of startup applications: add Skillgap there to open it when you log in.',
  'settings.about.title': 'About Skillgap',
  'settings.about.version': 'Version',
  'settings.about.dataFolder': 'Data folder',
  'settings.about.dataFolderHelp':
    'Your profile, plans, progress and backups are kept here, on this computer only.',
  'settings.sources.title': 'Data sources',
  'settings.sources.intro': 'Part of the built-in role-skill matrix comes from O*NET:',
  'settings.sources.onet': ONET_ATTRIBUTION,
};
