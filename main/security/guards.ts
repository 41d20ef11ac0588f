/**
 * Electron's security checklist for everything that is not a BrowserWindow option: permissions,
 * navigation, redirects, new windows and webviews. Electron is only used for its types here; the
 * objects come in as parameters, so tests drive the guards with plain fakes.
 */
import type { App, Event, Session, WebContents } from 'electron';
import type { Catalog, Result, UserCatalog } from '../../core';
import { isAppUrl, knownExternalUrl, normalizeExternalUrl, urlsInCatalogs } from './trusted-url';

export interface GuardOptions {
  /** The renderer's own address (file URL of index.html, or the dev server origin). */
  appUrl: string;
  /** Opens a link in the system browser; only ever called with a URL that passed isSafeExternalUrl. */
  openInBrowser: (url: string) => Promise<void>;
}

/** Skillgap needs no camera, microphone, notifications, geolocation, USB, HID or serial access. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Keeps one web contents on the app's own pages. Navigations and redirects elsewhere are
 * cancelled; a link the person clicked (main-frame navigation or window.open) goes to the system
 * browser when it is a safe http(s) address, and never opens inside the app.
 */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  // An async function calls openInBrowser right away and turns a throw into a rejection.
  const openSafely = async (url: string): Promise<void> => {
    const safe = normalizeExternalUrl(url);
    if (safe) await options.openInBrowser(safe);
  };
  const openIfSafe = (url: string): void => {
    openSafely(url).catch((error: unknown) => console.error('Could not open a link in the browser', error));
  };
  const isForeign = (url: string): boolean => !isAppUrl(url, options.appUrl);

  contents.on('will-navigate', (event) => {
    if (!isForeign(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openIfSafe(event.url);
  });
  // Sub-frames: the app has none, so any frame navigating away is refused without opening it.
  contents.on('will-frame-navigate', (event) => {
    if (isForeign(event.url)) event.preventDefault();
  });
  // A redirect is never the person's choice, so it is refused and not opened anywhere.
  contents.on('will-redirect', (event) => {
    if (isForeign(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
}

/** Applies guardWebContents to every web contents the app ever creates, windows and all. */
export function installWebContentsGuards(app: App, options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

/**
 * Wraps the system-browser opener so that nothing reaches it but a checked public http(s) address
 * that the data links to (`knownUrls`, see urlsInCatalogs); used by the shell:openExternal
 * channel and the navigation guards. Rejects otherwise, and the handler reports the failure.
 */
export function createSafeOpener(
  openInBrowser: (url: string) => Promise<void>,
  knownUrls: () => Promise<ReadonlySet<string>>,
): (url: string) => Promise<void> {
  return async (url: string) => {
    if (!normalizeExternalUrl(url)) throw new Error('Refused to open an address that is not a public http(s) link.');
    const known = knownExternalUrl(url, await knownUrls());
    if (!known) throw new Error('Refused to open an address that no course or role of the catalog links to.');
    await openInBrowser(known);
  };
}

/** What the opener reads the links from: the running service (null before it has started). */
export interface LinkData {
  load(): Promise<Result<{ userCatalog: UserCatalog }>>;
  builtinCatalog(): Promise<Result<Catalog>>;
}

/** The links of the built-in catalog and of the person's own entries; none before the data is read. */
export async function urlsTheDataHolds(data: LinkData | null): Promise<ReadonlySet<string>> {
  if (!data) return new Set();
  const [stored, builtin] = await Promise.all([data.load(), data.builtinCatalog()]);
  const catalogs = [stored.ok ? stored.value.userCatalog : null, builtin.ok ? builtin.value : null];
  return urlsInCatalogs(catalogs.filter((catalog) => catalog !== null));
}
