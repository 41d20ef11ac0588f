/**
 * Builds window.skillgap from the channel map: one function per channel, each forwarding to
 * ipcRenderer.invoke. Pure (the invoke function comes in), so the shape is tested without Electron.
 */
import { CHANNELS } from './channels';
import type { Channel, SkillgapBridge } from './channels';

export type Invoke = (channel: Channel, ...args: unknown[]) => Promise<unknown>;

export function createBridge(invoke: Invoke): SkillgapBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    bridge[channel] = (...args: unknown[]) => invoke(channel, ...args);
  }
  // The page gets a copy through contextBridge; freezing keeps this side tamper-proof too.
  return Object.freeze(bridge) as unknown as SkillgapBridge;
}
