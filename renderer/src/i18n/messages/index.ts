import { commonMessages } from './common';
import { planMessages } from './plan';
import { planAdviceMessages } from './planAdvice';
import { progressMessages } from './progress';
import { levelMessages } from './levels';
import { matrixMessages } from './matrix';
import { onboardingMessages } from './onboarding';
import { profileMessages } from './profile';
import { settingsMessages } from './settings';
import { rolesMessages } from './roles';
import { compareMessages } from './compare';
import { dataTransferMessages } from './dataTransfer';
import { dateMessages } from './dates';
import { weekMessages } from './week';
import { readinessHistoryMessages } from './readinessHistory';

/**
 * Every feature's table, merged. A feature adds its file here; key clashes are caught by the
 * unit test of the catalog of messages.
 */
export const MESSAGE_TABLES = [commonMessages, levelMessages, onboardingMessages, profileMessages, matrixMessages, settingsMessages, rolesMessages, compareMessages, planMessages, planAdviceMessages, progressMessages, dataTransferMessages, dateMessages, weekMessages, readinessHistoryMessages] as const;
