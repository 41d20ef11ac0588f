import type { SkillgapBridge } from '../../preload/channels';

declare global {
  interface Window {
    skillgap?: SkillgapBridge;
  }
}

/** The preload bridge (or, in browser tests, the harness binding with the same shape). */
export function getBridge(): SkillgapBridge {
  if (!window.skillgap) {
    throw new Error('The Skillgap bridge is missing: the page was not opened by the app.');
  }
  return window.skillgap;
}
