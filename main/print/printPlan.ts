/**
 * Prints the plan from the renderer's print route in a hidden window: to PDF bytes
 * (webContents.printToPDF) or through the system print dialog (webContents.print).
 *
 * The window comes from createSecureWindow like the main one (sandbox, context isolation, no
 * Node) but with the print-only preload (preload/print.ts): the reads the print route needs and a
 * ready signal, nothing that changes data. It is recorded in printWindows while it exists, so the
 * IPC sender check refuses it every other channel too (main/ipc/register.ts).
 *
 * Ready signal: the route calls window.skillgapPrint.ready once its data is loaded and
 * document.fonts.ready has resolved, with the translated footer label ('missing' when the plan
 * does not exist). Main answers it on this window's own webContents.ipc, so no other window can
 * send it and nothing is polled.
 *
 * Whatever happens the window is destroyed in `finally`; loading, the ready wait and (for PDF)
 * the rendering share one timeout that answers fail('timeout').
 */
import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';
import { fail, ok, type Result } from '../../core';
import type { PaperSize } from '../../preload/channels';
import { parsePrintReadySignal, PRINT_READY_CHANNEL } from '../../preload/print-bridge';
import type { RendererTarget } from '../paths';
import type { PlanPrinter } from '../service/exports';
import { createSecureWindow, type WindowFrame } from '../window';
import { printWindows, type PrintWindowRegistry } from './printWindows';
import {
  DEFAULT_FOOTER_LABEL,
  footerTemplate,
  HEADER_TEMPLATE,
  PAGE_SIZES,
  PDF_MARGINS_INCHES,
  printRouteHash,
  printTarget,
} from './templates';

export const PRINT_TIMEOUT_MS = 20_000;

export interface PlanPrinterOptions {
  /** The print-only preload (printPreloadPath in ./printWindows), never the main window's. */
  preloadPath: string;
  /** Where the main window's page is (main/paths.ts). */
  target: RendererTarget;
  timeoutMs?: number;
  /** Where print windows are recorded for the IPC sender check; the app's own by default. */
  registry?: PrintWindowRegistry;
}

interface PrintRequest {
  planId: string;
  paperSize: PaperSize;
}

/** Hidden, off the taskbar, always light (paper is white), tall enough for a page. */
export const PRINT_WINDOW_FRAME: WindowFrame = {
  show: false,
  skipTaskbar: true,
  width: 1000,
  height: 1400,
  backgroundColor: '#ffffff',
};

function fromMainFrame(event: IpcMainInvokeEvent, contents: WebContents): boolean {
  try {
    const frame = event.senderFrame;
    const main = contents.mainFrame;
    return frame !== null && frame.processId === main.processId && frame.routingId === main.routingId;
  } catch {
    // A frame that is already gone has nothing to say about readiness.
    return false;
  }
}

/** The page to print never said it was ready (closed, crashed, not loaded). */
const printNotReady = (message: string, detail: string) => fail('io-failure', message, undefined, { key: 'problem.printNotReady', values: { detail } });

const printFailed = (detail: string) => fail('io-failure', `printing failed: ${detail}`, undefined, { key: 'problem.printFailed', values: { detail } });

interface ReadyWait {
  /** The footer label once the page is ready, or why it never will be. */
  ready: Promise<Result<string>>;
  stop: () => void;
}

/** Listens before the page loads: the route may be ready before loadURL resolves. */
function listenForReady(contents: WebContents): ReadyWait {
  let settle: (result: Result<string>) => void = () => undefined;
  const ready = new Promise<Result<string>>((resolve) => {
    settle = resolve;
  });
  contents.ipc.handle(PRINT_READY_CHANNEL, (event, value: unknown) => {
    if (!fromMainFrame(event, contents)) return;
    const parsed = parsePrintReadySignal(value);
    if (!parsed.ok) settle(fail('invalid-payload', `the print page sent a bad ready signal: ${parsed.problem}`));
    else if (parsed.signal.state === 'missing') settle(fail('not-found', 'the plan to print does not exist', undefined, { key: 'problem.planMissing' }));
    else settle(ok(parsed.signal.footerLabel || DEFAULT_FOOTER_LABEL));
  });
  const closed = () =>
    settle(fail('io-failure', 'the print window closed before the plan was ready', undefined, { key: 'problem.printWindowClosed' }));
  const crashed = (_event: unknown, details: { reason: string }) =>
    settle(printNotReady(`the print page stopped before it was ready (${details.reason})`, details.reason));
  contents.once('destroyed', closed);
  contents.once('render-process-gone', crashed);
  return {
    ready,
    stop: () => {
      // A destroyed contents has dropped its handlers already, and throws if asked again.
      if (contents.isDestroyed()) return;
      contents.ipc.removeHandler(PRINT_READY_CHANNEL);
      contents.removeListener('destroyed', closed);
      contents.removeListener('render-process-gone', crashed);
    },
  };
}

function load(window: BrowserWindow, target: RendererTarget, request: PrintRequest): Promise<void> {
  const routed = printTarget(target, request.planId, request.paperSize);
  return routed.kind === 'file'
    ? window.loadFile(routed.path, { hash: printRouteHash(request.planId, request.paperSize) })
    : window.loadURL(routed.url);
}

/**
 * Opens the hidden window at the print route, waits for the ready signal, then runs `use`.
 * With `timeUse` the timeout also covers `use` (PDF rendering); the print dialog is not timed,
 * since the person may take their time in it.
 */
async function withPrintWindow<T>(
  options: PlanPrinterOptions,
  request: PrintRequest,
  timeUse: boolean,
  use: (contents: WebContents, footerLabel: string) => Promise<Result<T>>,
): Promise<Result<T>> {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  const registry = options.registry ?? printWindows;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Result<never>>((resolve) => {
    timer = setTimeout(() => resolve(fail('timeout', `the plan was not ready to print within ${timeoutMs} ms`)), timeoutMs);
  });
  let window: BrowserWindow | null = null;
  let tracked: { id: number } | null = null;
  let wait: ReadyWait | null = null;
  try {
    window = createSecureWindow({ preloadPath: options.preloadPath, frame: PRINT_WINDOW_FRAME, backgroundThrottling: false });
    const contents = window.webContents;
    // Recorded before anything loads, so the page's very first request meets the print rules.
    tracked = { id: contents.id };
    registry.add(tracked);
    const listening = listenForReady(contents);
    wait = listening;
    const opened = window;
    const loadAndWait = (async (): Promise<Result<string>> => {
      try {
        await load(opened, options.target, request);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return printNotReady(`the print page did not load: ${detail}`, detail);
      }
      return listening.ready;
    })();
    const ready = await Promise.race([loadAndWait, timedOut]);
    if (!ready.ok) return ready;
    const work = use(contents, ready.value);
    if (!timeUse) clearTimeout(timer);
    return await (timeUse ? Promise.race([work, timedOut]) : work);
  } catch (error) {
    return printFailed(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    wait?.stop();
    if (window && !window.isDestroyed()) window.destroy();
    // Only once the window is gone: until then its requests must still meet the print rules.
    if (tracked) registry.remove(tracked);
  }
}

export function createPlanPrinter(options: PlanPrinterOptions): PlanPrinter {
  return {
    pdf: (request) =>
      withPrintWindow(options, request, true, async (contents, footerLabel) => {
        const bytes = await contents.printToPDF({
          pageSize: PAGE_SIZES[request.paperSize],
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: footerTemplate(footerLabel),
          margins: { ...PDF_MARGINS_INCHES },
          preferCSSPageSize: false,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
        return ok(new Uint8Array(bytes));
      }),
    print: (request) =>
      withPrintWindow(options, request, false, (contents) =>
        new Promise<Result<null>>((resolve) => {
          contents.print({ silent: false, printBackground: true, pageSize: PAGE_SIZES[request.paperSize] }, (success, reason) => {
            if (success) resolve(ok(null));
            else if (reason === 'cancelled') resolve(fail('cancelled', 'the print dialog was cancelled'));
            else resolve(printFailed(reason));
          });
        }),
      ),
  };
}
