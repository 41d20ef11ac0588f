/**
 * The app:// scheme that serves the built renderer (out/renderer) to the window.
 *
 * Why not file://: the packaged app flips the GrantFileProtocolExtraPrivileges fuse off. With it
 * off, Electron no longer reads file:// URLs from inside app.asar and file:// pages lose the
 * special access that lets them load ES module scripts, so index.html and its module bundle
 * would not load at all. A privileged custom scheme gives the renderer a real origin
 * (app://skillgap) and can only ever reach the files of out/renderer.
 *
 * Pure apart from the file system calls, which come in as options: tests drive the handler with
 * plain Requests.
 */
import { promises as fs } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'skillgap';
/** The origin isAppUrl trusts in a built app. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads in a built app. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. `standard` gives the scheme an origin, relative URLs and
 * web storage; `secure` makes it a secure context like https. Nothing else: no CSP bypass, no
 * CORS for other origins, no service workers, no fetch() from the page (the CSP forbids it).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused unless served with a JavaScript type, so each file gets its own. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppFileLookup =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 403 | 404 };

// A segment must be a plain file or folder name: no separators of either platform, no drive
// letters or alternate data streams (":"), no NUL, and not "." or "..".
const UNSAFE_SEGMENT = /[\\/:\0]/;

function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * Maps an app:// request URL to a file inside `rendererDirectory`, or says why it cannot.
 * Chromium already normalises "." and ".." in standard URLs; the checks here do not rely on it,
 * and also catch percent-encoded separators and dots.
 */
export function resolveAppFile(requestUrl: string, rendererDirectory: string): AppFileLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return { ok: false, status: 404 };
  }
  const rawSegments = url.pathname.split('/').filter((segment) => segment !== '');
  let segments: string[];
  try {
    segments = rawSegments.map((segment) => decodeURIComponent(segment));
  } catch {
    return { ok: false, status: 400 };
  }
  if (segments.some((segment) => segment === '.' || segment === '..' || UNSAFE_SEGMENT.test(segment))) {
    return { ok: false, status: 403 };
  }
  const root = resolve(rendererDirectory);
  const path = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  if (!isInside(root, path)) return { ok: false, status: 403 };
  return { ok: true, path };
}

export interface AppProtocolOptions {
  /** out/renderer: the only folder the scheme serves. */
  rendererDirectory: string;
  /** Reads a whole file. In Electron's main process node:fs also reads inside app.asar. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** Follows links to the file itself; Electron's fs.promises.realpath also works inside app.asar. */
  realpath?: (path: string) => Promise<string>;
}

// Lookups that fail this way only say the name leads nowhere; anything else is worth a log line.
const NOT_THERE_CODES = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP']);
const MISSING_FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP']);

/**
 * The file a name really leads to, once links are followed, or null when there is none inside
 * the folder. resolveAppFile only checks the name: a link inside out/renderer (a packaging slip,
 * or something written there later) could otherwise serve any file the app can read.
 */
async function realFileInside(
  path: string,
  rendererDirectory: string,
  realpath: (path: string) => Promise<string>,
): Promise<string | null> {
  try {
    const [root, real] = await Promise.all([realpath(rendererDirectory), realpath(path)]);
    return isInside(root, real) ? real : null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    // Still a 404: the page asked for a name, and no file of ours answers to it.
    if (!code || !NOT_THERE_CODES.has(code)) console.error('Could not look up an app file', path, error);
    return null;
  }
}

/** The handler given to protocol.handle(APP_SCHEME, ...). */
export function createAppProtocolHandler({
  rendererDirectory,
  readFile,
  realpath = (path) => fs.realpath(path),
}: AppProtocolOptions) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return emptyResponse(405);
    const lookup = resolveAppFile(request.url, rendererDirectory);
    if (!lookup.ok) return emptyResponse(lookup.status);
    const real = await realFileInside(lookup.path, rendererDirectory, realpath);
    if (real === null) return emptyResponse(404);
    let body: Uint8Array;
    try {
      body = await readFile(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code && MISSING_FILE_CODES.has(code)) return emptyResponse(404);
      console.error('Could not read an app file', real, error);
      return emptyResponse(500);
    }
    // The type follows the name the page asked for: that is what it expects to run or show.
    const headers = { 'Content-Type': contentTypeFor(lookup.path), 'X-Content-Type-Options': 'nosniff' };
    // Response wants an ArrayBuffer-backed view; copying keeps a Buffer's shared pool out of it.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

function emptyResponse(status: number): Response {
  return new Response(null, { status });
}
