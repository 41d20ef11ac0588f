import type { ComponentType } from 'react';
import type { Route } from '../routing';
import { PlanScreen } from './Plan/PlanScreen';
import { ProgressScreen } from './Progress/ProgressScreen';
import { OnboardingScreen } from './Onboarding/Onboarding';
import { ProfileScreen } from './Profile/Profile';
import { MatrixScreen } from './Matrix/MatrixScreen';
import { SettingsScreen } from './Settings/SettingsScreen';
import { RolesScreen } from './Roles/RolesScreen';
import { CompareScreen } from './Compare/CompareScreen';
import { PrintScreen } from './Print/PrintScreen';

export interface ScreenDefinition {
  /** First path segment, e.g. "roles" for #/roles and #/roles/ai-engineer. */
  segment: string;
  component: ComponentType<{ route: Route }>;
}

/** Navigation order; the first registered one is the home screen once a profile exists. */
const ORDER = ['profile', 'roles', 'compare', 'plan', 'progress', 'matrix', 'settings', 'onboarding', 'print'];

// Each screen registers itself with one line below.
const REGISTERED: ScreenDefinition[] = [
  { segment: 'onboarding', component: OnboardingScreen },
  { segment: 'profile', component: ProfileScreen },
  { segment: 'matrix', component: MatrixScreen },
  { segment: 'settings', component: SettingsScreen },
  { segment: 'roles', component: RolesScreen },
  { segment: 'compare', component: CompareScreen },
  { segment: 'plan', component: PlanScreen },
  { segment: 'progress', component: ProgressScreen },
  { segment: 'print', component: PrintScreen },
];

export const SCREENS: ScreenDefinition[] = [...REGISTERED].sort(
  (a, b) => ORDER.indexOf(a.segment) - ORDER.indexOf(b.segment),
);
