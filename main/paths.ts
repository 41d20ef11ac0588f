/**
 * Where the built preload and renderer sit relative to the built main process (out/main), and
 * which address counts as the app's own. Pure: the caller passes the environment in.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { devServerOrigin } from './security/trusted-url';

export type RendererTarget = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export interface RendererLocation {
  /** What the window loads. */
  target: RendererTarget;
  /** The address isAppUrl compares against: the index.html file URL or the dev server origin. */
  appUrl: string;
}

export interface RendererLocationInput {
  /** app.isPackaged: a packaged app never follows ELECTRON_RENDERER_URL. */
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
  /** The directory of the built main bundle (out/main). */
  mainDirectory: string;
}

/** The sandboxed preload is built as CommonJS (see electron.vite.config.ts). */
export function preloadPath(mainDirectory: string): string {
  return join(mainDirectory, '..', 'preload', 'index.cjs');
}

export function rendererIndexPath(mainDirectory: string): string {
  return join(mainDirectory, '..', 'renderer', 'index.html');
}

export function rendererLocation({ isPackaged, devServerUrl, mainDirectory }: RendererLocationInput): RendererLocation {
  const origin = isPackaged ? null : devServerOrigin(devServerUrl);
  if (origin) return { target: { kind: 'url', url: `${origin}/` }, appUrl: origin };
  const indexPath = rendererIndexPath(mainDirectory);
  return { target: { kind: 'file', path: indexPath }, appUrl: pathToFileURL(indexPath).href };
}
