import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { A11Y_REPORT_DIRECTORY } from './paths';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** One entry per failing element: its CSS target and axe's summary of what is wrong. */
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core over the whole page as it is now (WCAG 2.0-2.2 A and AA). Returns the
 * violations, reduced to what a person needs to find and fix them; tests expect []. When there
 * are some, the full list is also written to test-results/a11y/<label>.json.
 */
export async function checkA11y(page: Page, label: string): Promise<A11yViolation[]> {
  // Details of passing checks are not needed, and collecting them is most of axe's time on long tables.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map(String).join(' '),
      summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
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
