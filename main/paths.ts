/**
 * Where the built preload and renderer sit relative to the built main process (out/main), and
 * which address counts as the app's own. Pure: the caller passes the environment in.
 */
import { join } from 'node:path';
import { APP_INDEX_URL, APP_ORIGIN } from './app-protocol';
import { devServerOrigin } from './security/trusted-url';

export type RendererTarget = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export interface RendererLocation {
  /** What the window loads. */
  target: RendererTarget;
  /** The origin isAppUrl compares against: app://skillgap or the dev server origin. */
  appUrl: string;
}

export interface RendererLocationInput {
  /** app.isPackaged: a packaged app never follows ELECTRON_RENDERER_URL. */
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
}

/** The sandboxed preload is built as CommonJS (see electron.vite.config.ts). */
export function preloadPath(mainDirectory: string): string {
  return join(mainDirectory, '..', 'preload', 'index.cjs');
}

/** The built renderer folder, the only one the app:// scheme serves (main/app-protocol.ts). */
export function rendererDirectory(mainDirectory: string): string {
  return join(mainDirectory, '..', 'renderer');
}

export function rendererIndexPath(mainDirectory: string): string {
  return join(rendererDirectory(mainDirectory), 'index.html');
}

/**
 * The dev server while `electron-vite dev` runs; otherwise the built renderer through app://
 * (never file://: the packaged app turns file:// privileges off with a fuse).
 */
export function rendererLocation({ isPackaged, devServerUrl }: RendererLocationInput): RendererLocation {
  const origin = isPackaged ? null : devServerOrigin(devServerUrl);
  if (origin) return { target: { kind: 'url', url: `${origin}/` }, appUrl: origin };
  return { target: { kind: 'url', url: APP_INDEX_URL }, appUrl: APP_ORIGIN };
}
