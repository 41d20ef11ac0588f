/**
 * Prints the renderer's print route in the browser the way main does in its hidden window:
 * navigate, wait for the ready flag, then print with the same page size, margins and footer.
 */
import type { Page } from 'playwright-core';
import { footerTemplate, HEADER_TEMPLATE, PAGE_SIZES, printRouteHash } from '../../../main/print/templates';
import type { PaperSize } from '../../../preload/channels';

export async function printPlanRoute(page: Page, origin: string, planId: string, paperSize: PaperSize): Promise<Buffer> {
  await page.goto(`${origin}/#${printRouteHash(planId, paperSize)}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  const footerLabel = await page.evaluate(() => document.body.dataset.printFooter ?? '');
  return page.pdf({
    format: PAGE_SIZES[paperSize],
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(footerLabel),
    margin: { top: '15mm', bottom: '18mm', left: '14mm', right: '14mm' },
  });
}
