/**
 * Prints the plan from the renderer's print route in a hidden window: to PDF bytes
 * (webContents.printToPDF) or through the system print dialog (webContents.print).
 *
 * The window comes from createSecureWindow like the main one: the same secure preferences
 * (sandbox, context isolation, no Node) and the same preload, because the print route reads the
 * plan through the bridge like any screen.
 *
 * Ready signal: main polls a DOM flag with executeJavaScript rather than waiting for an IPC
 * message. The route sets document.body.dataset.printReady = 'true' once its data is loaded and
 * document.fonts.ready has resolved ('missing' when the plan does not exist). Polling needs no new
 * channel (a 'print:ready' message would widen the bridge every page sees and would have to be
 * matched to its window), and the browser tests wait for the very same flag before page.pdf.
 *
 * Whatever happens the window is destroyed in `finally`; loading, the ready wait and (for PDF)
 * the rendering share one timeout that answers fail('timeout').
 */
import type { BrowserWindow, WebContents } from 'electron';
import { fail, ok, type Result } from '../../core';
import type { PaperSize } from '../../preload/channels';
import type { RendererTarget } from '../paths';
import type { PlanPrinter } from '../service/exports';
import { createSecureWindow, type WindowFrame } from '../window';
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
const POLL_INTERVAL_MS = 50;

export interface PlanPrinterOptions {
  preloadPath: string;
  /** Where the main window's page is (main/paths.ts). */
  target: RendererTarget;
  timeoutMs?: number;
  pollIntervalMs?: number;
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

/** Runs in the page: the flag and the translated footer label the print route sets. */
const READ_READY_FLAG =
  '(() => { const data = document.body ? document.body.dataset : {}; ' +
  'return { ready: data.printReady || "", footer: data.printFooter || "" }; })()';

interface ReadyFlag {
  ready: string;
  footer: string;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitForReady(contents: WebContents, pollMs: number, stopped: () => boolean): Promise<Result<string>> {
  while (!stopped()) {
    if (contents.isDestroyed()) return fail('io-failure', 'the print window closed before the plan was ready');
    let flag: ReadyFlag | null = null;
    try {
      flag = (await contents.executeJavaScript(READ_READY_FLAG, false)) as ReadyFlag;
    } catch {
      // The page is still loading (no document yet): ask again.
    }
    if (flag?.ready === 'true') return ok(flag.footer || DEFAULT_FOOTER_LABEL);
    if (flag?.ready === 'missing') return fail('not-found', 'the plan to print does not exist', 'planId');
    await pause(pollMs);
  }
  return fail('timeout', 'stopped waiting for the print page');
}

function load(window: BrowserWindow, target: RendererTarget, request: PrintRequest): Promise<void> {
  const routed = printTarget(target, request.planId, request.paperSize);
  return routed.kind === 'file'
    ? window.loadFile(routed.path, { hash: printRouteHash(request.planId, request.paperSize) })
    : window.loadURL(routed.url);
}

/**
 * Opens the hidden window at the print route, waits for the ready flag, then runs `use`.
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
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<Result<never>>((resolve) => {
    timer = setTimeout(() => resolve(fail('timeout', `the plan was not ready to print within ${timeoutMs} ms`)), timeoutMs);
  });
  let window: BrowserWindow | null = null;
  try {
    window = createSecureWindow({ preloadPath: options.preloadPath, frame: PRINT_WINDOW_FRAME, backgroundThrottling: false });
    const contents = window.webContents;
    const opened = window;
    const loadAndWait = (async (): Promise<Result<string>> => {
      try {
        await load(opened, options.target, request);
      } catch (error) {
        return fail('io-failure', `the print page did not load: ${error instanceof Error ? error.message : String(error)}`);
      }
      return waitForReady(contents, options.pollIntervalMs ?? POLL_INTERVAL_MS, () => stopped);
    })();
    const ready = await Promise.race([loadAndWait, timedOut]);
    if (!ready.ok) return ready;
    const work = use(contents, ready.value);
    if (!timeUse) clearTimeout(timer);
    return await (timeUse ? Promise.race([work, timedOut]) : work);
  } catch (error) {
    return fail('io-failure', `printing failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stopped = true;
    clearTimeout(timer);
    if (window && !window.isDestroyed()) window.destroy();
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
            else resolve(fail('io-failure', `printing failed: ${reason}`));
          });
        }),
      ),
  };
}
