/**
 * Wires the channel handlers to ipcMain.handle, one per channel of the shared map, behind a
 * sender check. Handlers themselves validate payloads (main/ipc/handlers.ts); this file only
 * decides who may call them.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { fail } from '../../core';
import { CHANNELS } from '../../preload/channels';
import type { Channel, ChannelResult } from '../../preload/channels';
import { isPrintReadChannel } from '../../preload/print-bridge';
import { printWindows } from '../print/printWindows';
import { isAppUrl } from '../security/trusted-url';

/** Same shape as ChannelHandlers in main/ipc/handlers.ts: one function per channel, never throwing. */
export type ChannelHandlerTable = { [C in Channel]: (args: unknown[]) => Promise<ChannelResult<C>> };

export type SenderCheck = (event: IpcMainInvokeEvent, channel: Channel) => boolean;

export interface SenderCheckOptions {
  /** The renderer's own address (see main/paths.ts). */
  appUrl: string;
  /** True when the contents belong to a window this process created (BrowserWindow.fromWebContents). */
  isOurWindow: (contents: WebContents) => boolean;
  /** True for the hidden print windows (main/print/printWindows.ts, the app's registry by default). */
  isPrintWindow?: (contents: WebContents) => boolean;
}

/**
 * A request is trusted when it comes from the main frame of one of our windows and that frame
 * shows the app's own page. A sub-frame, a foreign page, or a frame that is already gone is not.
 * A print window is trusted only with the reads its print bridge has (preload/print-bridge.ts):
 * it prints, it never changes the store or the catalog.
 */
export function createSenderCheck({
  appUrl,
  isOurWindow,
  isPrintWindow = (contents) => printWindows.has(contents),
}: SenderCheckOptions): SenderCheck {
  return (event, channel) => {
    try {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null) return false;
      const mainFrame = event.sender.mainFrame;
      if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
      if (!isAppUrl(frame.url, appUrl) || !isOurWindow(event.sender)) return false;
      return !isPrintWindow(event.sender) || isPrintReadChannel(channel);
    } catch {
      // Reading a disposed frame throws; a frame that no longer exists is not trusted.
      return false;
    }
  };
}

/** Registers every channel of CHANNELS with ipcMain.handle, exactly once, and nothing else. */
export function registerChannelHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ChannelHandlerTable,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event, channel)) {
        return fail('forbidden-sender', `"${channel}" was refused: the request did not come from a Skillgap window that may use it.`);
      }
      try {
        return await handlers[channel](args);
      } catch (error) {
        // Handlers are written not to throw; if one does, the renderer still gets a Result.
        console.error(`The handler of "${channel}" failed`, error);
        return fail('io-failure', `"${channel}" failed unexpectedly.`);
      }
    });
  }
}
