/**
 * The plan and progress screens end to end: the built renderer in Chromium, talking to the real
 * main-process service on a temp directory, with the page's clock injected so "today" is known.
 * The first block is one person's journey (each step builds on the previous one): build a plan,
 * log hours, finish items, fall behind when the clock moves on, re-plan, restart. The second
 * block runs axe over both screens in light and dark, in English and French, with screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { buildPlan, type Locale, type Plan, type Profile, type ProgressEntry } from '../../core';
import { itemTitle } from '../../renderer/src/components/PlanItemCard/itemInfo';
import { createI18n } from '../../renderer/src/i18n';
import {
  A11Y_PASSES,
  builtinCatalog,
  checkA11y,
  closeSharedBrowser,
  describeObservations,
  formatViolations,
  startHarness,
  type A11yViolation,
  type Harness,
} from './harness';
import { dateField, escapeRegExp, pickDate, ui, type Ui } from './harness/flows';
import { settle } from './harness/settle';

/** A Monday; the plan starts that day. */
const START = new Date('2027-01-11T09:00:00Z');
/** Five weeks later: the first items have ended, some without being done. */
const LATER = new Date('2027-02-15T09:00:00Z');
const en = ui('en');
const english = createI18n('en');

const profile: Profile = {
  name: 'Sam',
  background: 'customer-support',
  skills: [{ skillId: 'customer-service', level: 3 }],
  targetRoleIds: ['ai-learning-designer'],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2027-01-11',
};

afterAll(closeSharedBrowser);

function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title, exact: true });
}

async function storedPlan(harness: Harness): Promise<Plan> {
  const data = await harness.readStoreFile();
  const plan = data.plans.find((candidate) => candidate.id === data.activePlanId);
  if (!plan) throw new Error('no active plan on disk');
  return plan;
}

/** The plan core builds for the profile from a start date, as the builder would. */
function corePlan(startDate: string, name: string): Plan {
  const result = buildPlan({
    profile,
    targetRoleIds: profile.targetRoleIds,
    catalog: builtinCatalog,
    inputs: { weeklyHours: 6, studyDays: [1, 2, 3, 4, 5], startDate, pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
    // The app studies in its language plus English; the harness runs in English.
    languages: ['en'],
    planId: 'plan-seeded',
    createdAt: '2027-01-11T09:00:00.000Z',
    name,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.plan;
}

async function logHours(page: Page, t: Ui, title: string, hours: string): Promise<void> {
  await card(page, title).getByRole('button', { name: t.t('plan.item.logFor', { item: title }) }).click();
  const form = page.getByRole('form', { name: t.t('logHours.formFor', { item: title }) });
  await form.getByLabel(t.t('logHours.hours')).fill(hours);
  await form.getByRole('button', { name: t.t('logHours.submit') }).click();
  await form.waitFor({ state: 'detached' });
}

async function setStatus(page: Page, t: Ui, title: string, status: 'done' | 'in-progress'): Promise<void> {
  const group = card(page, title).getByRole('radiogroup', { name: t.t('plan.item.statusOf', { item: title }) });
  await group.getByText(t.t(`plan.status.${status}`), { exact: true }).click();
}

describe('a plan built, followed, re-planned and found again', () => {
  let harness: Harness;
  let plan: Plan;
  const titleOf = (index: number) => itemTitle(builtinCatalog, plan.items[index], 'en');

  beforeAll(async () => {
    harness = await startHarness({ now: START });
    const saved = await harness.service().saveProfile(profile);
    if (!saved.ok) throw new Error(saved.error.message);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('builds a plan whose ready date follows the slider, and saves it as the active plan', async () => {
    const { page } = harness;
    await harness.openApp('/plan');
    await page.getByRole('heading', { level: 3, name: en.t('plan.builder.title') }).waitFor();
    const projected = page.getByTestId('projected-ready-date');
    const expected = corePlan('2027-01-11', 'x');
    const readyText = en.t('plan.builder.readyOn', { date: english.formatDay(expected.readyDate!) });
    await expect.poll(() => projected.innerText()).toBe(readyText);

    const slider = page.getByRole('slider', { name: en.t('plan.builder.hoursSlider') });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('40');
    const fast = await projected.innerText();
    expect(fast).not.toBe(readyText);
    await page.keyboard.press('Home');
    await expect.poll(() => projected.innerText()).not.toBe(fast);
    await page.getByRole('textbox', { name: en.t('plan.builder.hours'), exact: true }).fill('6');
    await expect.poll(() => projected.innerText()).toBe(readyText);

    const target = dateField(page, en.t('plan.builder.target'));
    // Before the ready date at 6 h a week, so the builder says how many hours it would take.
    await pickDate(page, target, '2027-03-01', 'en');
    expect(await target.innerText()).toBe('1 Mar 2027');
    await page.getByText(/Needs [\d.]+ h a week to reach 1 Mar 2027\.$/).waitFor();
    await settle(page);
    await harness.screenshot('plan-builder-en-light');
    await page.getByRole('button', { name: en.t('dateField.clear', { label: en.t('plan.builder.target') }), exact: true }).click();
    await target.getByText(en.t('dateField.placeholder')).waitFor();

    await page.getByRole('button', { name: en.t('plan.builder.create') }).click();
    await page.getByRole('region', { name: en.t('plan.summary.title') }).waitFor();
    await expect.poll(async () => (await harness.readStoreFile()).activePlanId, { timeout: 30_000 }).not.toBeNull();
    plan = await storedPlan(harness);
    expect(plan.items).toEqual(expected.items);
    expect(plan.name).toBe('Plan of 11 Jan 2027 — AI-augmented learning designer');
  });

  it('logs hours, marks an item done and raises the levels it taught', async () => {
    const { page } = harness;
    await logHours(page, en, titleOf(0), '2');
    await card(page, titleOf(0)).getByText('11 Jan 2027: 2 h').waitFor();
    await setStatus(page, en, titleOf(0), 'done');
    const offer = page.getByRole('dialog', { name: en.t('plan.raise.title') });
    await offer.waitFor();
    await settle(page);
    await harness.screenshot('plan-raise-levels-en-light', { fullPage: false });
    await offer.getByRole('button', { name: en.t('plan.raise.apply') }).click();
    await offer.waitFor({ state: 'hidden' });
    await logHours(page, en, titleOf(1), '1');

    const taught = builtinCatalog.courses.find((course) => course.id === plan.items[0].courseId)!.teaches;
    await expect
      .poll(async () => {
        const data = await harness.readStoreFile();
        const saved = data.plans[0];
        return {
          entries: data.progress.map((entry) => [entry.itemId, entry.date, entry.hours]),
          statuses: saved.items.slice(0, 2).map((item) => item.status),
          raised: taught.every((skill) => (data.profile?.skills.find((rating) => rating.skillId === skill.skillId)?.level ?? 0) >= skill.level),
        };
      }, { timeout: 30_000 })
      .toEqual({
        entries: [
          [plan.items[0].id, '2027-01-11', 2],
          [plan.items[1].id, '2027-01-11', 1],
        ],
        statuses: ['done', 'in-progress'],
        raised: true,
      });
  });

  it('shows the items past their end as overdue once the clock has moved on', async () => {
    const { page, context } = harness;
    await context.clock.setSystemTime(LATER);
    // Same URL, so a reload (not a hash change) makes the app read the new day.
    await page.reload();
    await page.getByRole('region', { name: en.t('plan.summary.title') }).waitFor();
    const late = card(page, titleOf(1));
    const lateSince = english.formatDay(plan.items[1].end);
    expect(plan.items[1].end < '2027-02-15').toBe(true);
    await late.getByText(`Overdue since ${lateSince}`).waitFor();
    expect(await card(page, titleOf(0)).getByText(/Overdue/).count()).toBe(0);
    const overdueCount = plan.items.filter((item, index) => index > 0 && item.end < '2027-02-15').length;
    await page.getByText(en.t('plan.overdueCount', { count: overdueCount })).waitFor();
    await settle(page);
    await harness.screenshot('plan-overdue-en-light');

    await page.getByRole('radiogroup', { name: en.t('plan.layout.label') }).getByText(en.t('plan.layout.timeline')).click();
    const region = page.getByRole('region', { name: en.t('timeline.region') });
    await region.getByRole('img', { name: new RegExp(`^${escapeRegExp(titleOf(1))}: .*Overdue since ${lateSince}$`) }).waitFor();
    await region.getByText(en.t('timeline.todayIs', { date: '15 Feb 2027' })).waitFor({ state: 'attached' });
    await settle(page);
    await harness.screenshot('plan-timeline-en-light');
    await page.getByRole('radiogroup', { name: en.t('plan.layout.label') }).getByText(en.t('plan.layout.list')).click();
  });

  it('previews a re-plan from today and applies it', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: en.t('replan.button') }).first().click();
    const dialog = page.getByRole('dialog', { name: en.t('replan.title') });
    await dialog.getByTestId('replan-ready').waitFor();
    const oldReady = english.formatDay(plan.readyDate!);
    expect(await dialog.getByTestId('replan-ready').innerText()).toMatch(new RegExp(`^Ready date: ${oldReady} → \\d+ \\w+ 20\\d\\d$`));
    await dialog.getByText(new RegExp(`^To keep ${oldReady}, you would need [\\d.]+ h a week\\.$`)).waitFor();
    expect(await dialog.getByRole('row').count()).toBeGreaterThan(2);
    await settle(page);
    await harness.screenshot('plan-replan-en-light', { fullPage: false });
    await dialog.getByRole('button', { name: en.t('replan.apply') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText(/Overdue since/).count()).toBe(0);

    await expect
      .poll(async () => {
        const saved = await storedPlan(harness);
        return saved.items.filter((item) => item.status !== 'done' && item.start < '2027-02-15' && item.status !== 'in-progress').length;
      }, { timeout: 30_000 })
      .toBe(0);
    const saved = await storedPlan(harness);
    expect(saved.items[0]).toMatchObject({ status: 'done', start: plan.items[0].start, end: plan.items[0].end });
    expect(saved.readyDate! > plan.readyDate!).toBe(true);
    plan = saved;
  });

  it('shows the progress screen with totals, the chart and its table', async () => {
    const { page } = harness;
    await harness.goTo('/progress');
    await page.getByRole('heading', { level: 2, name: en.t('progress.title') }).waitFor();
    const totals = page.getByRole('region', { name: en.t('progress.totals.title') });
    // Re-planned today: 3 h logged; planned to date is the done first item in full plus what was
    // logged on the started second one, so the person is on schedule.
    const plannedToDate = plan.items[0].hours + 1;
    await expect.poll(() => totals.getByRole('button', { name: '3 h', exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await totals.getByRole('button', { name: `${plannedToDate} h`, exact: true }).waitFor();
    await totals.getByText(en.t('progress.onTrack')).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.getByRole('button', { name: en.t('progress.chart.showTable') }).click();
    await page.getByRole('table', { name: en.t('progress.chart.caption') }).waitFor();
    await settle(page);
    await harness.screenshot('progress-journey-en-light');
  });

  it('finds the plan, its statuses and the logged hours after a restart', async () => {
    const { page } = harness;
    await harness.restart();
    await harness.goTo('/plan');
    await page.getByRole('region', { name: en.t('plan.summary.title') }).waitFor();
    const done = card(page, titleOf(0)).getByRole('radio', { name: en.t('plan.status.done') });
    expect(await done.isChecked()).toBe(true);
    await card(page, titleOf(0)).getByText('11 Jan 2027: 2 h').waitFor();
    await card(page, titleOf(1)).getByText('11 Jan 2027: 1 h').waitFor();
    expect(await storedPlan(harness)).toEqual(plan);

    await harness.goTo('/progress');
    await page.getByRole('region', { name: en.t('progress.totals.title') }).getByRole('button', { name: '3 h', exact: true }).first().waitFor();

    const { outboundRequests, cspViolations, consoleErrors, pageErrors } = harness.observations;
    expect({ outboundRequests, cspViolations, consoleErrors, pageErrors }, describeObservations(harness.observations)).toEqual({
      outboundRequests: [],
      cspViolations: [],
      consoleErrors: [],
      pageErrors: [],
    });
  });
});

const PER_PASS_TIMEOUT_MS = 180_000;

/** A followed plan seen on LATER: two items done or started with hours, later ones overdue. */
async function seedFollowedPlan(harness: Harness, locale: Locale): Promise<Plan> {
  const service = harness.service();
  const built = corePlan('2027-01-11', locale === 'fr' ? 'Plan du 11 janv. 2027 — Concepteur·rice pédagogique' : 'Plan of 11 Jan 2027 — AI-augmented learning designer');
  const plan: Plan = {
    ...built,
    items: built.items.map((item, index) => (index === 0 ? { ...item, status: 'done' } : index === 1 ? { ...item, status: 'in-progress' } : item)),
  };
  const entries: ProgressEntry[] = [
    { id: 'entry-one', planId: plan.id, itemId: plan.items[0].id, date: '2027-01-11', hours: 2, note: locale === 'fr' ? 'Premier module' : 'First module' },
    { id: 'entry-two', planId: plan.id, itemId: plan.items[1].id, date: '2027-01-13', hours: 1 },
  ];
  for (const result of [
    await service.saveProfile(profile),
    await service.savePlan(plan),
    await service.setActivePlan({ id: plan.id }),
    ...(await Promise.all(entries.map((entry) => service.addProgress(entry)))),
  ]) {
    if (!result.ok) throw new Error(result.error.message);
  }
  return plan;
}

async function auditPlanScreens(harness: Harness, plan: Plan, theme: string, locale: Locale, t: Ui) {
  const { page } = harness;
  const results: { label: string; violations: A11yViolation[] }[] = [];
  const audit = async (screen: string, options?: { fullPage?: boolean }) => {
    // A full-page shot draws the fixed header where the page is scrolled to; start from the top.
    if (options?.fullPage !== false) await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    const label = `${screen}-${theme}-${locale}`;
    await harness.screenshot(label, options);
    results.push({ label, violations: await checkA11y(page, label) });
  };

  await harness.openApp('/plan');
  await page.getByRole('region', { name: t.t('plan.summary.title') }).waitFor();
  await page.getByText(t.t('plan.overdueSince', { date: createI18n(locale).formatDay(plan.items[1].end) })).first().waitFor();
  await audit('plan-list');

  await page.getByRole('radiogroup', { name: t.t('plan.layout.label') }).getByText(t.t('plan.layout.timeline')).click();
  await page.getByRole('region', { name: t.t('timeline.region') }).waitFor();
  await audit('plan-timeline');

  await page.getByRole('button', { name: t.t('replan.button') }).first().click();
  await page.getByRole('dialog', { name: t.t('replan.title') }).getByTestId('replan-ready').waitFor();
  await audit('plan-replan', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await harness.goTo('/plan/new');
  await page.getByRole('heading', { level: 3, name: t.t('plan.builder.title') }).waitFor();
  await audit('plan-builder');
  // The date picker's calendar, open: its days, arrows and header in both themes.
  await dateField(page, t.t('plan.builder.start')).click();
  await page.locator('[data-date-calendar]').waitFor();
  await audit('plan-builder-calendar', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.locator('[data-date-calendar]').waitFor({ state: 'hidden' });

  await harness.goTo('/week');
  await page.getByRole('region', { name: t.t('week.figures') }).waitFor();
  await audit('week');

  await harness.goTo('/progress');
  await page.getByRole('region', { name: t.t('progress.totals.title') }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  await page.getByRole('button', { name: t.t('progress.chart.showTable') }).click();
  await audit('progress');
  return results;
}

describe.concurrent('accessibility of the plan and progress screens', () => {
  for (const { theme, locale } of A11Y_PASSES) {
    it(
      `has no axe violations / ${theme} ${locale}`,
      async ({ expect }) => {
        const harness = await startHarness({ locale, colorScheme: theme, now: LATER });
        try {
          const plan = await seedFollowedPlan(harness, locale);
          const results = await auditPlanScreens(harness, plan, theme, locale, ui(locale));
          const { outboundRequests, cspViolations, consoleErrors, pageErrors } = harness.observations;
          expect
            .soft({ outboundRequests, cspViolations, consoleErrors, pageErrors }, describeObservations(harness.observations))
            .toEqual({ outboundRequests: [], cspViolations: [], consoleErrors: [], pageErrors: [] });
          const failing = results.filter((result) => result.violations.length > 0);
          const message = failing.map((result) => formatViolations(result.label, result.violations)).join('\n');
          expect(failing.map((result) => result.label), message).toEqual([]);
        } finally {
          await harness.close();
        }
      },
      PER_PASS_TIMEOUT_MS,
    );
  }
});
