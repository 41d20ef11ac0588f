import type { ComponentType } from 'react';
import type { Route } from '../routing';

export type ScreenComponent = ComponentType<{ route: Route }>;

export interface ScreenDefinition {
  /** First path segment, e.g. "roles" for #/roles and #/roles/ai-engineer. */
  segment: string;
  /** Fetches the screen's chunk, once: later calls get the same promise. */
  load: () => Promise<ScreenComponent>;
  /** The component once its chunk is in memory, so it can be drawn without suspending. */
  loaded: () => ScreenComponent | null;
}

/**
 * Navigation order. The home screen is "This week" once a plan is active, else the first after
 * it (App.tsx).
 */
const ORDER = ['week', 'profile', 'roles', 'explore', 'compare', 'plan', 'progress', 'matrix', 'settings', 'onboarding', 'print'];

/**
 * Each screen is its own chunk, loaded the first time it is needed: the first screen then waits
 * for the shell and one screen, not for all nine, their charts and their date pickers
 * (docs/design.md "Speed budgets"). App.tsx loads the first screen together with the data, so
 * it is never replaced by a spinner: React holds a revealed Suspense fallback for at least
 * 300 ms, which used to be a third of the time to a usable first screen and of printing a plan.
 */
const screen = <Name extends string>(
  importModule: () => Promise<Record<Name, ScreenComponent>>,
  name: Name,
): Pick<ScreenDefinition, 'load' | 'loaded'> => {
  let loading: Promise<ScreenComponent> | null = null;
  let component: ScreenComponent | null = null;
  const load = () => {
    loading ??= importModule().then(
      (module) => (component = module[name]),
      (error: unknown) => {
        // A failed fetch is tried again next time rather than remembered.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return { load, loaded: () => component };
};

// Each screen registers itself with one line below.
const REGISTERED: ScreenDefinition[] = [
  { segment: 'week', ...screen(() => import('./Week/WeekScreen'), 'WeekScreen') },
  { segment: 'onboarding', ...screen(() => import('./Onboarding/Onboarding'), 'OnboardingScreen') },
  { segment: 'profile', ...screen(() => import('./Profile/Profile'), 'ProfileScreen') },
  { segment: 'matrix', ...screen(() => import('./Matrix/MatrixScreen'), 'MatrixScreen') },
  { segment: 'settings', ...screen(() => import('./Settings/SettingsScreen'), 'SettingsScreen') },
  { segment: 'roles', ...screen(() => import('./Roles/RolesScreen'), 'RolesScreen') },
  { segment: 'compare', ...screen(() => import('./Compare/CompareScreen'), 'CompareScreen') },
  { segment: 'explore', ...screen(() => import('./Explore/ExploreScreen'), 'ExploreScreen') },
  { segment: 'plan', ...screen(() => import('./Plan/PlanScreen'), 'PlanScreen') },
  { segment: 'progress', ...screen(() => import('./Progress/ProgressScreen'), 'ProgressScreen') },
  { segment: 'print', ...screen(() => import('./Print/PrintScreen'), 'PrintScreen') },
];

export const SCREENS: ScreenDefinition[] = [...REGISTERED].sort(
  (a, b) => ORDER.indexOf(a.segment) - ORDER.indexOf(b.segment),
);

/**
 * Fetches the other screens' chunks once the browser is idle after the first screen shows, so
 * opening one later draws it at once instead of a spinner held for React's 300 ms. Where there
 * is no idle callback (the component tests' jsdom), nothing is fetched ahead.
 */
export function prefetchScreens(except: readonly string[]): () => void {
  if (typeof window.requestIdleCallback !== 'function') return () => undefined;
  const handle = window.requestIdleCallback(() => {
    for (const screen of SCREENS) {
      if (!except.includes(screen.segment)) screen.load().catch(() => undefined);
    }
  });
  return () => window.cancelIdleCallback(handle);
}
