import type { Translation } from '../define';
import type { EN_TABLES } from '../en';
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
import { menuMessages } from './menu';
import { dialogMessages } from './dialogs';
import { reminderMessages } from './reminders';
import { cliMessages } from './cli';
import { exportMessages } from './export';
import { occupationMessages } from './occupations';

/** Every French table by feature; each file is typed against its English twin. */
export const FR_TABLES: { [F in keyof typeof EN_TABLES]: Translation<(typeof EN_TABLES)[F]> } = {
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
  menu: menuMessages,
  dialogs: dialogMessages,
  reminders: reminderMessages,
  cli: cliMessages,
  export: exportMessages,
  occupations: occupationMessages,
};

export const FR = Object.assign({}, ...Object.values(FR_TABLES)) as Record<string, string>;
