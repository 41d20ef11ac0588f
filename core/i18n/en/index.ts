import { EN_SCREEN_TABLES } from './screens';
import { menuMessages } from './menu';
import { dialogMessages } from './dialogs';
import { cliMessages } from './cli';

/**
 * Every English table by feature, for the test that no key is defined twice. A feature the
 * renderer shows adds its file to ./screens.ts, one only the main process or `npm run advice`
 * shows adds it here; the French side mirrors it.
 */
export const EN_TABLES = {
  ...EN_SCREEN_TABLES,
  menu: menuMessages,
  dialogs: dialogMessages,
  cli: cliMessages,
};

/** The English messages, merged: the reference every other language must match key for key. */
export const EN = Object.assign({}, ...Object.values(EN_TABLES)) as UnionToIntersection<(typeof EN_TABLES)[keyof typeof EN_TABLES]>;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
