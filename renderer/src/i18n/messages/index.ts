import { commonMessages } from './common';
import { levelMessages } from './levels';

/**
 * Every feature's table, merged. A feature adds its file here; key clashes are caught by the
 * unit test of the catalog of messages.
 */
export const MESSAGE_TABLES = [commonMessages, levelMessages] as const;
