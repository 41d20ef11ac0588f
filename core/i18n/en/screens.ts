import { commonMessages } from './common';
import { levelMessages } from './levels';
import { onboardingMessages } from './onboarding';
import { profileMessages } from './profile';
import { matrixMessages } from './matrix';
import { settingsMessages } from './settings';
import { rolesMessages } from './roles';
import { compareMessages } from './compare';
import { planMessages } from './plan';
import { planAdviceMessages } from './planAdvice';
import { progressMessages } from './progress';
import { dataTransferMessages } from './dataTransfer';
import { dateMessages } from './dates';
import { weekMessages } from './week';
import { readinessHistoryMessages } from './readinessHistory';
import { reminderMessages } from './reminders';
import { exportMessages } from './export';
import { occupationMessages } from './occupations';

/**
 * The English tables the renderer shows: every feature but the main process's menus and
 * dialogs and the command line's words (renderer/src/i18n loads only these).
 */
export const EN_SCREEN_TABLES = {
  common: commonMessages,
  levels: levelMessages,
  onboarding: onboardingMessages,
  profile: profileMessages,
  matrix: matrixMessages,
  settings: settingsMessages,
  roles: rolesMessages,
  compare: compareMessages,
  plan: planMessages,
  planAdvice: planAdviceMessages,
  progress: progressMessages,
  dataTransfer: dataTransferMessages,
  dates: dateMessages,
  week: weekMessages,
  readinessHistory: readinessHistoryMessages,
  reminders: reminderMessages,
  export: exportMessages,
  occupations: occupationMessages,
};

export const EN_SCREENS = Object.assign({}, ...Object.values(EN_SCREEN_TABLES)) as Record<string, string>;
