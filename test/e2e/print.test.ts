/**
 * Printing the plan: the print route of the built renderer, in Chromium, over the real service,
 * printed with page.pdf as main prints it, then read back with poppler (pdftotext, pdfinfo) and
 * rendered to PNG (pdftoppm) for a person to look at in test-results/print/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseISO } from 'date-fns';
import { localized, type Locale } from '../../core';
import { ONET_ATTRIBUTION } from '../../core/i18n/onet';
import { builtinCatalog, closeOpenHarnesses, closeSharedBrowser, describeObservations, startHarness } from './harness';
import { REPO_ROOT } from './harness/paths';
import { printPlanRoute } from './print/printPage';
import { PRINT_TARGETS, seedTwelveMonthPlan } from './print/seedPlan';

const OUTPUT = join(REPO_ROOT, 'test-results', 'print');
const TODAY = new Date('2026-11-24T09:00:00Z');

afterEach(closeOpenHarnesses);
afterAll(closeSharedBrowser);

/** One line of text per PDF, whitespace collapsed, so wrapped cells still read as one phrase. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return flat(execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }));
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** A day and hours as core/i18n/formats.ts writes them, computed here apart from it. */
function day(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(parseISO(iso));
}
function hours(value: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} h`;
}

describe.each(['en', 'fr'] as const)('the printed plan in %s', (locale) => {
  it('holds the person, the roles, every course with dates and hours, and the O*NET attribution', async () => {
    const harness = await startHarness({ locale, now: TODAY });
    const { profile, plan } = await seedTwelveMonthPlan(harness.service(), builtinCatalog);
    const monthsLong = (parseISO(plan.readyDate!).getTime() - parseISO(plan.inputs.startDate).getTime()) / (30.44 * 86_400_000);
    expect(monthsLong).toBeGreaterThan(10);
    expect(monthsLong).toBeLessThan(14);

    const pdf = await printPlanRoute(harness.page, harness.origin, plan.id, 'a4');
    await mkdir(OUTPUT, { recursive: true });
    const file = join(OUTPUT, `plan-${locale}.pdf`);
    await writeFile(file, pdf);

    const text = pdfText(file);
    expect(text).toContain(profile.name);
    for (const roleId of PRINT_TARGETS) {
      const role = builtinCatalog.roles.find((candidate) => candidate.id === roleId)!;
      expect(text).toContain(flat(localized(role.title, locale)));
    }
    const missing: string[] = [];
    for (const item of plan.items) {
      const course = builtinCatalog.courses.find((candidate) => candidate.id === item.courseId)!;
      for (const expected of [course.title, day(item.start, locale), day(item.end, locale), hours(item.hours, locale)]) {
        if (!text.includes(flat(expected))) missing.push(`${item.id}: ${expected}`);
      }
    }
    expect(missing).toEqual([]);
    expect(text).toContain(flat(ONET_ATTRIBUTION));
    if (locale === 'fr') expect(text).toContain('Ce produit contient des informations issues de la base de données O*NET 29.3');

    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(locale === 'fr' ? `Page 1 sur ${pages}` : `Page 1 of ${pages}`);

    // No course row is cut across two pages: each title appears whole on one page.
    const pageTexts = Array.from({ length: pages }, (_, index) => pdfText(file, index + 1));
    const cut = plan.items
      .map((item) => builtinCatalog.courses.find((candidate) => candidate.id === item.courseId)!.title)
      .filter((title) => !pageTexts.some((page) => page.includes(flat(title))));
    expect(cut).toEqual([]);

    // Pages of an earlier, longer print would otherwise stay next to the new ones.
    for (const name of await readdir(OUTPUT)) if (name.startsWith(`plan-${locale}-`)) await rm(join(OUTPUT, name));
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(OUTPUT, `plan-${locale}`)]);
    const { outboundRequests, cspViolations, consoleErrors, pageErrors } = harness.observations;
    expect({ outboundRequests, cspViolations, consoleErrors, pageErrors }, describeObservations(harness.observations)).toEqual({
      outboundRequests: [],
      cspViolations: [],
      consoleErrors: [],
      pageErrors: [],
    });
    console.log(`print ${locale}: ${plan.items.length} items, ${pages} pages, ${pdf.byteLength} bytes -> ${file}`);
  });
});
