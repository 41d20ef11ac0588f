import { lazyComponent, type LazyComponent } from '../lazyComponent';
import type { Route } from '../routing';

export interface ScreenDefinition extends LazyComponent<{ route: Route }> {
  /** First path segment, e.g. "roles" for #/roles and #/roles/ai-engineer. */
  segment: string;
}

/**
 * Navigation order. The home screen is "This week" once a plan is active, else the first after
 * it (App.tsx).
 */
const ORDER = ['week', 'profile', 'roles', 'explore', 'compare', 'plan', 'progress', 'matrix', 'settings', 'onboarding', 'print'];

/**
 * Each screen is its own chunk, loaded the first time it is needed: the first screen then waits
 * for the shell and one screen, not for all nine, their charts and their date pickers
 * (docs/design.md "Speed budgets"). App.tsx loads the first screen together with the data and
 * the others when idle, so none is replaced by a spinner (renderer/src/lazyComponent.ts).
 *
 * Each screen registers itself with one line below.
 */
const REGISTERED: ScreenDefinition[] = [
  { segment: 'week', ...lazyComponent(() => import('./Week/WeekScreen'), 'WeekScreen') },
  { segment: 'onboarding', ...lazyComponent(() => import('./Onboarding/Onboarding'), 'OnboardingScreen') },
  { segment: 'profile', ...lazyComponent(() => import('./Profile/Profile'), 'ProfileScreen') },
  { segment: 'matrix', ...lazyComponent(() => import('./Matrix/MatrixScreen'), 'MatrixScreen') },
  { segment: 'settings', ...lazyComponent(() => import('./Settings/SettingsScreen'), 'SettingsScreen') },
  { segment: 'roles', ...lazyComponent(() => import('./Roles/RolesScreen'), 'RolesScreen') },
  { segment: 'compare', ...lazyComponent(() => import('./Compare/CompareScreen'), 'CompareScreen') },
  { segment: 'explore', ...lazyComponent(() => import('./Explore/ExploreScreen'), 'ExploreScreen') },
  { segment: 'plan', ...lazyComponent(() => import('./Plan/PlanScreen'), 'PlanScreen') },
  { segment: 'progress', ...lazyComponent(() => import('./Progress/ProgressScreen'), 'ProgressScreen') },
  { segment: 'print', ...lazyComponent(() => import('./Print/PrintScreen'), 'PrintScreen') },
];

export const SCREENS: ScreenDefinition[] = [...REGISTERED].sort(
  (a, b) => ORDER.indexOf(a.segment) - ORDER.indexOf(b.segment),
);

/**
 * Fetches the other screens' chunks while the browser is idle after the first screen shows, so
 * opening one later draws it at once instead of a spinner held for React's 300 ms. One screen
 * per idle period, so the work the person started (the occupations loading as they type their
 * job, say) is never queued behind all of them. Where there is no idle callback (the component
 * tests' jsdom), nothing is fetched ahead.
 */
export function prefetchScreens(except: readonly string[]): () => void {
  if (typeof window.requestIdleCallback !== 'function') return () => undefined;
  const waiting = SCREENS.filter((screen) => !except.includes(screen.segment) && screen.loaded() === null);
  let handle = 0;
  let stopped = false;
  const next = () => {
    const screen = waiting.shift();
    if (stopped || !screen) return;
    handle = window.requestIdleCallback(() => {
      void screen
        .load()
        .catch(() => undefined)
        .then(next);
    });
  };
  next();
  return () => {
    stopped = true;
    window.cancelIdleCallback(handle);
  };
}
