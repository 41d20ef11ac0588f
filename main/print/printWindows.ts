/**
 * Which webContents are hidden print windows, and where their preload is. The IPC sender check
 * (main/ipc/register.ts) asks here, so a print window gets the reads of preload/print-bridge.ts
 * and nothing else even if its page tried another channel.
 *
 * Ids rather than objects: event.sender and window.webContents are the same contents, and an id
 * is never reused while the app runs, so a forgotten entry could not vouch for another window.
 */
import { join } from 'node:path';
import type { WebContents } from 'electron';

/** Built next to the main preload (see electron.vite.config.ts); CommonJS for the sandbox. */
export function printPreloadPath(mainDirectory: string): string {
  return join(mainDirectory, '..', 'preload', 'print.cjs');
}

export interface PrintWindowRegistry {
  add(contents: Pick<WebContents, 'id'>): void;
  remove(contents: Pick<WebContents, 'id'>): void;
  has(contents: Pick<WebContents, 'id'>): boolean;
}

export function createPrintWindowRegistry(): PrintWindowRegistry {
  const ids = new Set<number>();
  return {
    add: (contents) => void ids.add(contents.id),
    remove: (contents) => void ids.delete(contents.id),
    has: (contents) => ids.has(contents.id),
  };
}

/** The app's one registry: the printer adds to it, the sender check reads it. */
export const printWindows: PrintWindowRegistry = createPrintWindowRegistry();
