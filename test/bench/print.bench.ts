/*
 * Figure for the print budget of docs/design.md ("print a 12-month plan to PDF: under 500 ms"):
 * from navigating to the print route to holding the PDF bytes, in Debian's Chromium, over the
 * real service, as test/e2e/print.test.ts prints. Needs the built renderer (`npx electron-vite
 * build`). Not a vitest test: `npx tsx test/bench/print.bench.ts` prints it alone.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { builtinCatalog, closeSharedBrowser, startHarness } from '../e2e/harness';
import { printPlanRoute } from '../e2e/print/printPage';
import { seedTwelveMonthPlan } from '../e2e/print/seedPlan';

export interface PrintFigure {
  name: string;
  /** Median wall time of the timed runs. */
  ms: number;
  budgetMs: number;
}

const WARMUPS = 2;
const RUNS = 7;

export async function benchPrint(): Promise<PrintFigure[]> {
  const harness = await startHarness({ locale: 'en', now: new Date('2026-11-24T09:00:00Z') });
  try {
    const { plan } = await seedTwelveMonthPlan(harness.service(), builtinCatalog);
    const times: number[] = [];
    for (let run = 0; run < WARMUPS + RUNS; run += 1) {
      // Leave the app first, so each print loads the page from the start.
      await harness.page.goto('about:blank');
      const started = performance.now();
      const pdf = await printPlanRoute(harness.page, harness.origin, plan.id, 'a4');
      const elapsed = performance.now() - started;
      if (pdf.byteLength < 1000) throw new Error('the PDF is unexpectedly small');
      if (run >= WARMUPS) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    return [{ name: `print a 12-month plan (${plan.items.length} items) to PDF`, ms: times[Math.floor(times.length / 2)], budgetMs: 500 }];
  } finally {
    await harness.close();
    await closeSharedBrowser();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPrint().then(
    (figures) => {
      for (const figure of figures) console.log(`${figure.name}: ${figure.ms.toFixed(1)} ms (budget ${figure.budgetMs} ms)`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
