import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { A11Y_REPORT_DIRECTORY } from './paths';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The theme and language each screen is audited in. Contrast depends on the theme and not on the
 * language, and overflow and labels on the language and not on the theme, so two passes cover
 * both themes and both languages; all four combinations doubled the slowest part of `npm test`.
 */
export const A11Y_PASSES: readonly { theme: 'light' | 'dark'; locale: 'en' | 'fr' }[] = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'fr' },
];

export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** One entry per failing element: its CSS target and axe's summary of what is wrong. */
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core over the whole page as it is now (WCAG 2.0-2.2 A and AA), plus the non-text
 * contrast of selected segments, which axe does not check. Returns the
 * violations, reduced to what a person needs to find and fix them; tests expect []. When there
 * are some, the full list is also written to test-results/a11y/<label>.json.
 */
export async function checkA11y(page: Page, label: string): Promise<A11yViolation[]> {
  // Details of passing checks are not needed, and collecting them is most of axe's time on long tables.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const axeViolations = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map(String).join(' '),
      summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
  const violations = [...axeViolations, ...(await checkSelectedSegmentContrast(page))];
  const reportPath = join(A11Y_REPORT_DIRECTORY, `${label}.json`);
  if (violations.length > 0) {
    await mkdir(A11Y_REPORT_DIRECTORY, { recursive: true });
    await writeFile(reportPath, JSON.stringify(violations, null, 2));
  } else {
    // A report left by an earlier run would describe a problem that is gone.
    await rm(reportPath, { force: true });
  }
  return violations;
}

/** Elements listed per rule in a failure message; the rest are counted. */
const NODES_SHOWN = 8;

/** A failure message listing each rule, where it fails and why (the first few elements of each). */
export function formatViolations(label: string, violations: A11yViolation[]): string {
  if (violations.length === 0) return `${label}: no violations`;
  const lines = violations.flatMap((violation) => [
    `${label}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help} ${violation.helpUrl}`,
    ...violation.nodes.slice(0, NODES_SHOWN).map((node) => `    at ${node.target}: ${node.summary}`),
    ...(violation.nodes.length > NODES_SHOWN ? [`    … and ${violation.nodes.length - NODES_SHOWN} more elements`] : []),
  ]);
  return lines.join('\n');
}

/** WCAG 1.4.11: a control's state must differ from what surrounds it by 3:1; axe checks text only. */
export const NON_TEXT_CONTRAST = 3;

/**
 * The selected segment of every segmented control against the control's own background, as the
 * browser paints them now. One violation per control under 3:1, in the shape axe uses.
 */
export async function checkSelectedSegmentContrast(page: Page): Promise<A11yViolation[]> {
  const failing = await page.evaluate((minimum) => {
    const channels = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const linear = (value: number) => {
        const s = value / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const ratio = (a: string, b: string): number => {
      const [light, dark] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const found: { target: string; summary: string }[] = [];
    // Mantine's controls paint the selection on a sliding indicator; the level control
    // (LevelControl) on the selected option itself.
    document.querySelectorAll<HTMLElement>('.mantine-SegmentedControl-root, [data-segmented-control]').forEach((root, index) => {
      const selected = root.querySelector<HTMLElement>('.mantine-SegmentedControl-indicator') ?? root.querySelector<HTMLElement>('[data-active] input:checked + *');
      if (!selected) return;
      const contrast = ratio(getComputedStyle(selected).backgroundColor, getComputedStyle(root).backgroundColor);
      if (contrast < minimum) {
        const label = root.querySelector('[data-active]')?.textContent ?? '';
        found.push({ target: `segmented control #${index + 1} ("${label}")`, summary: `selected segment contrast ${contrast.toFixed(2)}:1` });
      }
    });
    return found;
  }, NON_TEXT_CONTRAST);
  return failing.length === 0
    ? []
    : [{ id: 'non-text-contrast', impact: 'serious', help: `Selected segment must contrast ${NON_TEXT_CONTRAST}:1 with its control`, helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/non-text-contrast.html', nodes: failing }];
}
