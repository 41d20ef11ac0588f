/**
 * The pure parts of printing: the print route's address, Chromium's page size names, margins and
 * the header/footer templates. Electron-free, so tests check them directly.
 */
import type { PaperSize } from '../../preload/channels';
import type { RendererTarget } from '../paths';

/** The hash route the renderer's print screen answers (renderer/src/screens/Print). */
export function printRouteHash(planId: string, paperSize: PaperSize): string {
  return `/print/${encodeURIComponent(planId)}?paper=${paperSize}`;
}

/** Where the hidden window goes: the same page as the main window, at the print route. */
export function printTarget(target: RendererTarget, planId: string, paperSize: PaperSize): RendererTarget {
  const hash = printRouteHash(planId, paperSize);
  if (target.kind === 'file') return target;
  const base = target.url.split('#')[0];
  return { kind: 'url', url: `${base}#${hash}` };
}

export const PAGE_SIZES: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/**
 * Page margins in inches, the same as the print route's @page rule (15 / 18 / 14 mm) so the
 * footer sits in the bottom margin whether Chromium or the CSS decides.
 */
export const PDF_MARGINS_INCHES = { top: 0.59, bottom: 0.71, left: 0.55, right: 0.55 } as const;

/** The page's label for the footer, e.g. "Page {page} of {total}"; the renderer translates it. */
export const DEFAULT_FOOTER_LABEL = 'Page {page} of {total}';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Chromium fills the elements with class pageNumber and totalPages. The label comes from the page,
 * so it is escaped: only our two placeholders become markup.
 */
export function footerTemplate(label: string): string {
  const safe = escapeHtml(label.slice(0, 120))
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  return `<div style="width:100%;font-family:'DejaVu Sans',Arial,sans-serif;font-size:8px;color:#444;text-align:center;">${safe}</div>`;
}

/** An empty header: without one Chromium prints the date and the page title there. */
export const HEADER_TEMPLATE = '<div></div>';
