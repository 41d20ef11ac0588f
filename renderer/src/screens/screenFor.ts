import type { StoreData } from '../../../core';
import type { Route } from '../routing';
import { SCREENS, type ScreenDefinition } from './registry';

export interface ChosenScreen {
  screen: ScreenDefinition;
  /** No profile yet: onboarding, whatever the route asked for, and no navigation. */
  needsOnboarding: boolean;
  /** The print route (#/print/<planId>) is a sheet of paper: no header, no navigation. */
  printing: boolean;
}

/**
 * The screen a route shows for this data. App.tsx renders it and, at start-up, loads its chunk
 * together with the data, so both ask the same question the same way.
 */
export function screenFor(route: Route, data: Pick<StoreData, 'profile' | 'plans' | 'activePlanId'>): ChosenScreen | null {
  const onboarding = SCREENS.find((screen) => screen.segment === 'onboarding');
  const needsOnboarding = data.profile === null && onboarding !== undefined;
  const requested = SCREENS.find((screen) => screen.segment === route.segments[0]);
  if (requested?.segment === 'print') return { screen: requested, needsOnboarding: false, printing: true };
  // "This week" is the home once there is a week to show; before that, the profile.
  const hasActivePlan = data.plans.some((plan) => plan.id === data.activePlanId);
  const home = SCREENS.find((screen) => screen.segment !== 'onboarding' && (hasActivePlan || screen.segment !== 'week'));
  const screen = needsOnboarding ? onboarding : requested && requested.segment !== 'onboarding' ? requested : home;
  return screen ? { screen, needsOnboarding, printing: false } : null;
}
