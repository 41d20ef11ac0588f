import { useSyncExternalStore } from 'react';
import { todayIso } from './today';

/** How often an open window checks whether the day has changed. */
const CHECK_EVERY_MS = 60_000;

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, CHECK_EVERY_MS);
  window.addEventListener('focus', onChange);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', onChange);
    document.removeEventListener('visibilitychange', onChange);
  };
}

/**
 * Today's date (from todayIso), kept current in a window left open overnight: re-read every
 * minute and when the window comes back, so overdue items appear without a restart.
 */
export function useToday(): string {
  return useSyncExternalStore(subscribe, todayIso, todayIso);
}
