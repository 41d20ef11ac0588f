/*
 * Figures for the startup budget of docs/design.md ("from loading the page to a first screen a
 * person can use"): the built renderer in Debian's Chromium over the real service, timed from
 * navigation to the moment the first screen's main control is visible and enabled. Two cases: a
 * new person (onboarding, its name field) and a returning one with an active plan (This week,
 * tonight's Done button). Each run loads the page from about:blank, so nothing is kept in memory
 * between runs; the browser's HTTP cache is as after an install (files on local disk).
 * Needs the built renderer (`npx electron-vite build`). `npx tsx test/bench/startup.bench.ts`
 * prints it alone.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Locator } from 'playwright-core';
import { buildPlan, type Profile } from '../../core';
import { builtinCatalog, closeSharedBrowser, startHarness, type Harness } from '../e2e/harness';
import { ui } from '../e2e/harness/flows';

export interface StartupFigure {
  name: string;
  /** Median wall time of the timed runs. */
  ms: number;
  budgetMs: number;
}

/** docs/design.md "Speed budgets". */
export const STARTUP_BUDGET_MS = 1000;
const WARMUPS = 2;
const RUNS = 9;
/** A Wednesday evening of the plan below, so This week has a session tonight. */
const NOW = new Date('2027-01-06T19:00:00Z');

const returning: Profile = {
  name: 'Tom',
  background: 'education',
  skills: [
    { skillId: 'teaching-and-coaching', level: 4 },
    { skillId: 'written-communication', level: 3 },
  ],
  targetRoleIds: ['ai-learning-designer'],
  weeklyHours: 6,
  studyDays: [1, 3, 5],
  startDate: '2027-01-04',
};

async function seedReturning(harness: Harness): Promise<void> {
  const built = buildPlan({
    profile: returning,
    targetRoleIds: returning.targetRoleIds,
    catalog: builtinCatalog,
    inputs: { weeklyHours: 6, studyDays: returning.studyDays, startDate: returning.startDate, pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
    languages: ['en'],
    planId: 'plan-bench',
    createdAt: '2027-01-04T08:00:00.000Z',
    name: 'Bench plan',
  });
  if (!built.ok) throw new Error(built.error.message);
  const saved = await harness.service().saveProfile(returning);
  const created = await harness.service().createPlan(built.value.plan);
  if (!saved.ok || !created.ok) throw new Error('could not seed the returning person');
}

async function medianStartup(harness: Harness, usable: () => Locator): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < WARMUPS + RUNS; run += 1) {
    await harness.page.goto('about:blank');
    const started = performance.now();
    await harness.page.goto(`${harness.origin}/#/`);
    await usable().waitFor({ state: 'visible' });
    if (!(await usable().isEnabled())) throw new Error('the first screen’s control is not enabled');
    const elapsed = performance.now() - started;
    if (run >= WARMUPS) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchStartup(): Promise<StartupFigure[]> {
  const en = ui('en');
  const figures: StartupFigure[] = [];
  try {
    const fresh = await startHarness({ locale: 'en', now: NOW });
    try {
      const ms = await medianStartup(fresh, () => fresh.page.getByLabel(en.t('onboarding.about.name')));
      figures.push({ name: 'startup to a usable first screen: new person (onboarding)', ms, budgetMs: STARTUP_BUDGET_MS });
    } finally {
      await fresh.close();
    }
    const back = await startHarness({ locale: 'en', now: NOW });
    try {
      await seedReturning(back);
      const ms = await medianStartup(back, () => back.page.getByRole('button', { name: /^Done: log / }).first());
      figures.push({ name: 'startup to a usable first screen: returning person (This week)', ms, budgetMs: STARTUP_BUDGET_MS });
    } finally {
      await back.close();
    }
  } finally {
    await closeSharedBrowser();
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchStartup().then(
    (figures) => {
      for (const figure of figures) console.log(`${figure.name}: ${figure.ms.toFixed(1)} ms (budget ${figure.budgetMs} ms)`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
