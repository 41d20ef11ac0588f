/**
 * Pure URL checks used by the security guards and the IPC sender check. No electron import, so
 * the whole policy is exercised by plain table tests.
 */
import type { Catalog } from '../../core/model/catalog';

/** Longer addresses are not course links; they are more likely an attempt to smuggle data. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

// C0/C1 control characters, every Unicode space, zero-width characters and bidirectional
// overrides: the URL parser strips or tolerates some of them, which lets a link look different
// from where it goes, so the raw text is refused outright.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

const EXPLICIT_WEB_SCHEME = /^https?:\/\//i;
const IPV4_HOST = /^\d{1,3}(\.\d{1,3}){3}$/;
/**
 * Names that resolve to this machine or the local network rather than a public site: special-use
 * and reserved names (RFC 6761, 6762, 8375: .localhost, .local, .home.arpa, and the other .arpa
 * reverse zones) and the suffixes home and office networks commonly use.
 */
const LOCAL_NAMES = ['localhost', 'localhost.localdomain'];
const LOCAL_SUFFIXES = ['.localhost', '.localdomain', '.local', '.internal', '.arpa', '.lan', '.home', '.corp'];

/**
 * The normalised form of a link the system browser may open, or null when it must not be
 * opened. Accepted: http(s) with an explicit "//", a public DNS name (dotted, not an IP literal,
 * not localhost or a local-network suffix), no user name or password, no forbidden characters,
 * at most MAX_EXTERNAL_URL_LENGTH characters. Internationalised host names come back in their
 * punycode form, so what is opened is exactly what was checked.
 */
export function normalizeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (FORBIDDEN_CHARACTERS.test(raw) || raw.includes('\\')) return null;
  // "https:example.com" and "https:/example.com" parse as valid URLs; demand the usual form.
  if (!EXPLICIT_WEB_SCHEME.test(raw)) return null;
  const url = parseUrl(raw);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (!isPublicHostName(url.hostname)) return null;
  if (url.href.length > MAX_EXTERNAL_URL_LENGTH) return null;
  return url.href;
}

/** True when `raw` may be handed to the system browser (see normalizeExternalUrl). */
export function isSafeExternalUrl(raw: unknown): boolean {
  return normalizeExternalUrl(raw) !== null;
}

/**
 * True only for a page of the app's own renderer. `appUrl` is one of:
 * - the app:// origin (built app, main/app-protocol.ts): same scheme and host, any path;
 * - the dev server URL (development): same origin, any path;
 * - a file:// URL of an index.html (kept for a renderer loaded from disk): that file only.
 */
export function isAppUrl(raw: unknown, appUrl: string): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH || FORBIDDEN_CHARACTERS.test(raw)) return false;
  const url = parseUrl(raw);
  const app = parseUrl(appUrl);
  if (!url || !app || url.username !== '' || url.password !== '') return false;
  if (app.protocol === 'app:') {
    // A custom scheme has no URL.origin in the WHATWG parser ("null"), so compare its parts.
    return url.protocol === 'app:' && app.host !== '' && url.host === app.host;
  }
  if (app.protocol === 'file:') {
    return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return url.origin === app.origin;
  }
  return false;
}

/**
 * The dev server address electron-vite passes in ELECTRON_RENDERER_URL, accepted only when it
 * is plain http(s) on this machine, so a stray environment variable cannot point the window at a
 * remote site. Returns the origin, or null.
 */
export function devServerOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.username !== '' || url.password !== '') return null;
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return loopback ? url.origin : null;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function isPublicHostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host.startsWith('[') || IPV4_HOST.test(host)) return false;
  if (LOCAL_NAMES.includes(host) || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return false;
  const labels = host.split('.');
  // A single label ("intranet") names a machine on the local network, not a public site.
  return labels.length >= 2 && labels.every((label) => label.length > 0);
}

/** The O*NET page of an occupation, as the role screens link it (Roles/AboutSection, Matrix/RoleDetail). */
export const ONET_SUMMARY_URL = 'https://www.onetonline.org/link/summary/';

type LinkSource = Pick<Catalog, 'roles' | 'courses'>;

/**
 * Every address the app's data links to, normalised: course pages, role sources and the O*NET
 * page of each role's occupation codes, from the built-in catalog and the person's own entries.
 * Addresses that are not safe (normalizeExternalUrl) are left out.
 */
export function urlsInCatalogs(catalogs: readonly LinkSource[]): Set<string> {
  const urls = new Set<string>();
  const add = (raw: string | undefined) => {
    const safe = normalizeExternalUrl(raw);
    if (safe) urls.add(safe);
  };
  for (const catalog of catalogs) {
    for (const course of catalog.courses) add(course.url);
    for (const role of catalog.roles) {
      for (const source of role.sources) add(source.url);
      for (const code of role.onetCodes) add(`${ONET_SUMMARY_URL}${code}`);
    }
  }
  return urls;
}

/**
 * The normalised link when it is safe (normalizeExternalUrl) and one the data holds (a set from
 * urlsInCatalogs), else null. A compromised or buggy page can then only open what a course or a
 * role already links to, never an address it makes up to carry data out.
 */
export function knownExternalUrl(raw: unknown, known: ReadonlySet<string>): string | null {
  const safe = normalizeExternalUrl(raw);
  return safe !== null && known.has(safe) ? safe : null;
}
