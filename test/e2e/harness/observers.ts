import type { Page } from 'playwright-core';

export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

export interface PageObservations {
  /** Requests to anywhere but the local test server (data: and blob: never leave the page). */
  outboundRequests: string[];
  cspViolations: CspViolation[];
  consoleErrors: string[];
  pageErrors: string[];
}

const CSP_BINDING = '__skillgapReportCsp';

/**
 * Console errors that are not the app's fault, each with the reason it is tolerated. Kept empty
 * unless a run shows one; a new entry needs a reason a reviewer can check.
 */
export const BENIGN_CONSOLE_ERRORS: { pattern: RegExp; reason: string }[] = [];

function isBenign(text: string): boolean {
  return BENIGN_CONSOLE_ERRORS.some(({ pattern }) => pattern.test(text));
}

/** Listens in the page for CSP reports; reports go to Node too so a reload does not lose them. */
function listenForCspViolations(binding: string): void {
  const target = window as unknown as { __cspViolations?: unknown[] } & Record<string, unknown>;
  target.__cspViolations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation = {
        violatedDirective: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
      };
      target.__cspViolations?.push(violation);
      const report = target[binding] as ((violation: unknown) => Promise<void>) | undefined;
      void report?.(violation);
    },
    true,
  );
}

/**
 * Records, for the whole life of `page` (reloads included), every request that would leave the
 * machine, every CSP violation, console error and uncaught page error. Tests expect all four
 * lists to stay empty.
 */
export async function recordNetworkAndCsp(page: Page, localOrigin: string): Promise<PageObservations> {
  const observations: PageObservations = { outboundRequests: [], cspViolations: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => {
    const url = request.url();
    const local = url === localOrigin || url.startsWith(`${localOrigin}/`);
    if (!local && !url.startsWith('data:') && !url.startsWith('blob:')) observations.outboundRequests.push(url);
  });
  page.on('websocket', (socket) => observations.outboundRequests.push(socket.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const text = `${message.text()} (${url}:${lineNumber})`;
    if (!isBenign(text)) observations.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => observations.pageErrors.push(error.stack ?? error.message));
  await page.exposeBinding(CSP_BINDING, (_source, violation: CspViolation) => {
    observations.cspViolations.push(violation);
  });
  await page.addInitScript(listenForCspViolations, CSP_BINDING);
  return observations;
}

/** One readable block for a failure message, with a hint for causes already met. */
export function describeObservations(observations: PageObservations): string {
  const hints: string[] = [];
  if (observations.cspViolations.some((violation) => violation.blockedURI === 'eval')) {
    hints.push(
      "Hint: a blocked 'eval' from the bundle is usually zod 4 probing `new Function('')` on its first object " +
        'parse; calling z.config({ jitless: true }) before any parse in the renderer stops the probe.',
    );
  }
  return [JSON.stringify(observations, null, 2), ...hints].join('\n');
}
