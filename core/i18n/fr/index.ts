import type { Translation } from '../define';
import type { EN_TABLES } from '../en';
import { FR_SCREEN_TABLES } from './screens';
import { menuMessages } from './menu';
import { dialogMessages } from './dialogs';
import { cliMessages } from './cli';

/** Every French table by feature; each file is typed against its English twin. */
export const FR_TABLES: { [F in keyof typeof EN_TABLES]: Translation<(typeof EN_TABLES)[F]> } = {
  ...FR_SCREEN_TABLES,
  menu: menuMessages,
  dialogs: dialogMessages,
  cli: cliMessages,
};

export const FR = Object.assign({}, ...Object.values(FR_TABLES)) as Record<string, string>;
