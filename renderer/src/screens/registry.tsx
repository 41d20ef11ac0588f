import type { ComponentType } from 'react';
import type { Route } from '../routing';

export interface ScreenDefinition {
  /** First path segment, e.g. "roles" for #/roles and #/roles/ai-engineer. */
  segment: string;
  component: ComponentType<{ route: Route }>;
}

/** Navigation order; the first registered one is the home screen once a profile exists. */
const ORDER = ['profile', 'roles', 'compare', 'plan', 'progress', 'matrix', 'settings', 'onboarding', 'print'];

// Each screen registers itself with one line below.
const REGISTERED: ScreenDefinition[] = [];

export const SCREENS: ScreenDefinition[] = [...REGISTERED].sort(
  (a, b) => ORDER.indexOf(a.segment) - ORDER.indexOf(b.segment),
);
