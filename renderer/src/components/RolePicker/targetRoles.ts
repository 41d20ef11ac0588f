/**
 * Most target roles a person may hold at once, the same in onboarding and in the profile. More
 * than a handful makes a plan too long to be useful. The profile schema stores up to 50
 * (core's storage bound, for imported files); the screens ask for no more than this.
 */
export const MAX_TARGET_ROLES = 5;
