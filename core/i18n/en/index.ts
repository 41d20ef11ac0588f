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

/**
 * Every English table by feature, for the test that no key is defined twice. A feature adds its
 * file here and in ../fr/index.ts.
 */
export const EN_TABLES = {
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

/** The English messages, merged: the reference every other language must match key for key. */
export const EN = Object.assign({}, ...Object.values(EN_TABLES)) as UnionToIntersection<(typeof EN_TABLES)[keyof typeof EN_TABLES]>;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
