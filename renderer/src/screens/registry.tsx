import { lazy, type ComponentType } from 'react';
import type { Route } from '../routing';

export interface ScreenDefinition {
  /** First path segment, e.g. "roles" for #/roles and #/roles/ai-engineer. */
  segment: string;
  component: ComponentType<{ route: Route }>;
}

/**
 * Navigation order. The home screen is "This week" once a plan is active, else the first after
 * it (App.tsx).
 */
const ORDER = ['week', 'profile', 'roles', 'explore', 'compare', 'plan', 'progress', 'matrix', 'settings', 'onboarding', 'print'];

/**
 * Each screen is its own chunk, loaded the first time it is shown (App.tsx wraps it in Suspense):
 * the first screen then waits for the shell and one screen, not for all nine, their charts and
 * their date pickers (docs/design.md "Speed budgets").
 */
const screen = <Name extends string>(load: () => Promise<Record<Name, ComponentType<{ route: Route }>>>, name: Name) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

// Each screen registers itself with one line below.
const REGISTERED: ScreenDefinition[] = [
  { segment: 'week', component: screen(() => import('./Week/WeekScreen'), 'WeekScreen') },
  { segment: 'onboarding', component: screen(() => import('./Onboarding/Onboarding'), 'OnboardingScreen') },
  { segment: 'profile', component: screen(() => import('./Profile/Profile'), 'ProfileScreen') },
  { segment: 'matrix', component: screen(() => import('./Matrix/MatrixScreen'), 'MatrixScreen') },
  { segment: 'settings', component: screen(() => import('./Settings/SettingsScreen'), 'SettingsScreen') },
  { segment: 'roles', component: screen(() => import('./Roles/RolesScreen'), 'RolesScreen') },
  { segment: 'compare', component: screen(() => import('./Compare/CompareScreen'), 'CompareScreen') },
  { segment: 'explore', component: screen(() => import('./Explore/ExploreScreen'), 'ExploreScreen') },
  { segment: 'plan', component: screen(() => import('./Plan/PlanScreen'), 'PlanScreen') },
  { segment: 'progress', component: screen(() => import('./Progress/ProgressScreen'), 'ProgressScreen') },
  { segment: 'print', component: screen(() => import('./Print/PrintScreen'), 'PrintScreen') },
];

export const SCREENS: ScreenDefinition[] = [...REGISTERED].sort(
  (a, b) => ORDER.indexOf(a.segment) - ORDER.indexOf(b.segment),
);
