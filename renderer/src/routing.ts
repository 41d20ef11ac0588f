import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Screens are addressed by the URL hash (#/roles/ai-engineer) so the print window can open a
 * route directly and the back/forward keys work, without a router dependency.
 */
export interface Route {
  path: string;
  segments: string[];
  query: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?');
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { path: '/' + segments.join('/'), segments, query: new URLSearchParams(queryPart) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  // The same object while the address stays, so what is memoised on the route holds.
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useNavigate(): (path: string) => void {
  return useCallback((path: string) => navigate(path), []);
}
