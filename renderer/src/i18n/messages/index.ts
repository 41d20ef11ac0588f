import { commonMessages } from './common';
import { levelMessages } from './levels';
import { matrixMessages } from './matrix';
import { onboardingMessages } from './onboarding';
import { profileMessages } from './profile';
import { settingsMessages } from './settings';

/**
 * Every feature's table, merged. A feature adds its file here; key clashes are caught by the
 * unit test of the catalog of messages.
 */
export const MESSAGE_TABLES = [commonMessages, levelMessages, onboardingMessages, profileMessages, matrixMessages, settingsMessages] as const;
