/**
 * What the hidden print window gets instead of the full bridge (preload/print.ts, loaded only by
 * main/print/printPlan.ts): the three reads the renderer makes at start-up to lay the plan out,
 * and one signal that the page is ready to print. Nothing that changes data is exposed, and main
 * refuses every other channel from that window even if a page asked (main/ipc/register.ts).
 * Pure, like bridge.ts: the invoke function comes in, so tests need no Electron.
 */
import type { Channel, SkillgapBridge } from './channels';

/** The reads of the renderer's start-up (loadAppData): the print route needs nothing else. */
export const PRINT_READ_CHANNELS = ['app:status', 'store:load', 'catalog:builtin'] as const satisfies readonly Channel[];
export type PrintReadChannel = (typeof PRINT_READ_CHANNELS)[number];

/**
 * Handled on the print window's own webContents.ipc (main/print/printPlan.ts) and never on
 * ipcMain, so no other window can send it and main knows which print job it ends.
 */
export const PRINT_READY_CHANNEL = 'print:ready';

/** The footer label is one short line; anything longer is not what the print route sends. */
export const MAX_FOOTER_LABEL_LENGTH = 200;

export interface PrintReadySignal {
  /** 'missing' when the plan to print does not exist. */
  state: 'ready' | 'missing';
  /** "Page {page} of {total}" in the person's language: main has no dictionary of its own. */
  footerLabel: string;
}

/** window.skillgapPrint in the print window. */
export interface PrintBridge {
  ready: (signal: PrintReadySignal) => Promise<void>;
}

/** window.skillgap in the print window: the reads only. */
export type PrintDataBridge = Pick<SkillgapBridge, PrintReadChannel>;

export type PrintInvoke = (channel: PrintReadChannel | typeof PRINT_READY_CHANNEL, ...args: unknown[]) => Promise<unknown>;

export function isPrintReadChannel(channel: string): channel is PrintReadChannel {
  return (PRINT_READ_CHANNELS as readonly string[]).includes(channel);
}

/** Main's check of what arrived on PRINT_READY_CHANNEL: a signal, or a sentence saying what is wrong. */
export function parsePrintReadySignal(value: unknown): { ok: true; signal: PrintReadySignal } | { ok: false; problem: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, problem: 'the ready signal is not an object' };
  const { state, footerLabel } = value as Record<string, unknown>;
  if (state !== 'ready' && state !== 'missing') return { ok: false, problem: 'the ready signal has no valid state' };
  if (typeof footerLabel !== 'string' || footerLabel.length > MAX_FOOTER_LABEL_LENGTH) {
    return { ok: false, problem: `the footer label is not a string of at most ${MAX_FOOTER_LABEL_LENGTH} characters` };
  }
  return { ok: true, signal: { state, footerLabel } };
}

export function createPrintBridges(invoke: PrintInvoke): { data: PrintDataBridge; print: PrintBridge } {
  const data: Record<string, () => Promise<unknown>> = {};
  // The reads take no payload: none is forwarded, whatever the page passes.
  for (const channel of PRINT_READ_CHANNELS) data[channel] = () => invoke(channel);
  const print: PrintBridge = {
    ready: async (signal) => {
      // Only the two known fields cross, whatever else the page put on the object.
      await invoke(PRINT_READY_CHANNEL, { state: signal?.state, footerLabel: signal?.footerLabel });
    },
  };
  return { data: Object.freeze(data) as unknown as PrintDataBridge, print: Object.freeze(print) };
}
