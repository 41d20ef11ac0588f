import type { Page } from 'playwright-core';
import { fail, type Result } from '../../../core';
import { CHANNELS, type Channel } from '../../../preload/channels';

/** The shape main/ipc/handlers.ts gives: one function per channel taking the payload list. */
export type ChannelHandlerTable = { [C in Channel]: (args: unknown[]) => Promise<Result<unknown>> };

export const INVOKE_BINDING = '__skillgapInvoke';

/** One request the page made through the bridge, with what the service answered. */
export interface BridgeCall {
  channel: Channel;
  result: Result<unknown>;
}

/**
 * Runs in the page before any of its scripts. It stands in for preload/index.ts: an object with
 * exactly one function per channel, each forwarding its arguments to the Node side. It is
 * serialised by Playwright, so it may only use its argument and the page's globals.
 */
function defineBridgeInPage(input: { channels: string[]; binding: string }): void {
  const target = window as unknown as Record<string, unknown>;
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of input.channels) {
    bridge[channel] = (...args: unknown[]) => {
      // Looked up at call time: Playwright may define the binding after this script ran.
      const invoke = target[input.binding] as (channel: string, args: unknown[]) => Promise<unknown>;
      return invoke(channel, args);
    };
  }
  Object.defineProperty(window, 'skillgap', { value: Object.freeze(bridge), enumerable: true });
}

/**
 * Binds window.skillgap in `page` to the handler table `currentHandlers()` returns at each call,
 * so a restarted service is picked up without re-binding. `onCall` sees every answered request.
 */
export async function installBridge(
  page: Page,
  currentHandlers: () => ChannelHandlerTable,
  onCall: (call: BridgeCall) => void = () => undefined,
): Promise<void> {
  await page.exposeBinding(INVOKE_BINDING, async (_source, channel: unknown, args: unknown) => {
    const handlers = currentHandlers();
    if (typeof channel !== 'string' || !Object.hasOwn(handlers, channel)) {
      return fail('unknown-channel', `no handler for ${String(channel)}`);
    }
    const result = await handlers[channel as Channel](Array.isArray(args) ? args : []);
    onCall({ channel: channel as Channel, result });
    return result;
  });
  await page.addInitScript(defineBridgeInPage, { channels: [...CHANNELS], binding: INVOKE_BINDING });
}
