/**
 * Roles, role detail, compare and "a role from a job ad" end to end: the built renderer in
 * Chromium against the real main-process service. The journey block runs in order (each step
 * builds on the previous one); the accessibility block audits every new screen in both languages
 * and both themes, with a screenshot of each for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyzeFit, localized, type Locale, type Profile, type Role } from '../../core';
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
import { escapeRegExp, levelControl, setLevel, ui, waitForSavedAt, type Ui } from './harness/flows';
import { REPO_ROOT } from './harness/paths';
import { settle } from './harness/settle';

const TODAY = new Date('2027-01-11T09:00:00Z');
const en = ui('en');

function role(id: string): Role {
  const found = builtinCatalog.roles.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The built-in matrix has no role "${id}".`);
  return found;
}

const engineer = role('ai-engineer');
const annotator = role('data-annotator');

/** Someone from support who rated three of the AI engineer's most important skills. */
function seededProfile(): Profile {
  const top = [...engineer.requirements].sort((a, b) => b.importance - a.importance).slice(0, 3);
  return {
    name: 'Ada',
    background: 'customer-support',
    skills: top.map((requirement, index) => ({ skillId: requirement.skillId, level: ([2, 1, 2] as const)[index] })),
    targetRoleIds: [engineer.id, annotator.id],
    weeklyHours: 6,
    studyDays: [1, 2, 3, 4, 5],
    startDate: '2027-01-18',
  };
}

async function seed(harness: Harness, profile: Profile): Promise<void> {
  const saved = await harness.service().saveProfile(profile);
  if (!saved.ok) throw new Error(`profile:save failed: ${saved.error.message}`);
  await harness.service().flush();
}

const readinessOf = (page: Page, roleTitle: string) =>
  page.getByRole('article', { name: roleTitle, exact: true }).getByTestId('readiness-percent');
const percentNumber = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

afterAll(closeSharedBrowser);

describe('roles, a role’s detail, compare and a role from a job ad', () => {
  let harness: Harness;
  const profile = seededProfile();
  const engineerTitle = localized(engineer.title, 'en');
  const annotatorTitle = localized(annotator.title, 'en');

  beforeAll(async () => {
    harness = await startHarness({ now: TODAY, locale: 'en', colorScheme: 'light' });
    await seed(harness, profile);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('ranks every role with the readiness the analysis gives, target roles pinned first', async () => {
    const { page } = harness;
    await harness.openApp('/roles');
    await page.getByRole('heading', { level: 2, name: en.t('roles.title') }).waitFor();
    const pinned = page.getByRole('region', { name: en.t('roles.targets.title') });
    expect(await pinned.getByRole('article').count()).toBe(2);
    expect(await page.getByRole('article').count()).toBe(builtinCatalog.roles.length);

    const expected = analyzeFit(profile, engineer, builtinCatalog).coreExplanation.percent;
    expect(await readinessOf(page, engineerTitle).innerText()).toBe(`${expected}%`);
    await harness.screenshot('roles-journey-overview');
  });

  it('raises a level on the role’s page and sees readiness, radar and ranking follow', async () => {
    const { page } = harness;
    const before = percentNumber(await readinessOf(page, engineerTitle).innerText());
    await page.getByRole('link', { name: engineerTitle, exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: engineerTitle }).waitFor();
    const readiness = page.getByTestId('readiness-percent').first();
    expect(percentNumber(await readiness.innerText())).toBe(before);

    // The first row of the gap table is the largest gap; raise it to Expert.
    const firstRow = page.getByTestId('gap-table').locator('tbody tr').first();
    const skillId = (await firstRow.getAttribute('data-skill-id')) ?? '';
    const skillName = localized(builtinCatalog.skills.find((skill) => skill.id === skillId)!.name, 'en');
    const radarRow = page.getByTestId('fit-radar-table').getByRole('row', { name: new RegExp(`^${escapeRegExp(skillName)}`) });
    // The radar is lazy-loaded and repaints in a deferred render: wait for it, then poll it.
    await page.getByTestId('fit-radar-chart').waitFor();
    const radarBefore = (await radarRow.count()) > 0 ? await radarRow.innerText() : null;

    await setLevel(page, en, skillName, 4);
    await expect.poll(async () => percentNumber(await readiness.innerText())).toBeGreaterThan(before);
    if (radarBefore !== null) await expect.poll(() => radarRow.innerText()).not.toBe(radarBefore);
    expect(await levelControl(page, en, skillName).getByRole('radio', { checked: true }).getAttribute('value')).toBe('4');
    await waitForSavedAt(page, en);
    await expect
      .poll(async () => (await harness.readStoreFile()).profile?.skills.find((rating) => rating.skillId === skillId)?.level, { timeout: 30_000 })
      .toBe(4);
    const after = percentNumber(await readiness.innerText());
    await harness.screenshot('roles-journey-detail-raised');

    await harness.goTo('/roles');
    expect(percentNumber(await readinessOf(page, engineerTitle).innerText())).toBe(after);
  });

  it('compares two roles and shows the gaps they share', async () => {
    const { page } = harness;
    await harness.goTo('/roles');
    await page.getByRole('checkbox', { name: en.t('roles.compare.checkFor', { role: engineerTitle }) }).first().check();
    await page.getByRole('checkbox', { name: en.t('roles.compare.checkFor', { role: annotatorTitle }) }).first().check();
    await page.getByRole('button', { name: en.t('roles.compare.action') }).click();
    await page.getByRole('heading', { level: 2, name: en.t('compare.title') }).waitFor();
    expect(page.url()).toMatch(/#\/compare\?roles=ai-engineer,data-annotator$/);
    const columns = page.getByRole('article');
    expect(await columns.count()).toBe(2);
    const shared = page.getByRole('region', { name: en.t('compare.shared.title') });
    await shared.waitFor();
    const sharedRows = shared.getByTestId('shared-gaps').locator('tbody tr');
    if ((await sharedRows.count()) > 0) {
      expect(await sharedRows.first().innerText()).toContain(en.t('compare.shared.badge', { count: 2 }));
    } else {
      await shared.getByText(en.t('compare.shared.none')).waitFor();
    }
    await harness.screenshot('roles-journey-compare');
  });

  it('creates a role from a pasted job ad and opens it', async () => {
    const { page } = harness;
    const ad = await readFile(join(REPO_ROOT, 'test', 'fixtures', 'job-ads', 'data-annotator.txt'), 'utf8');
    await harness.goTo('/roles');
    await page.getByRole('button', { name: en.t('roles.jobAd.open') }).click();
    const dialog = page.getByRole('dialog', { name: en.t('jobAd.title') });
    await dialog.getByLabel(en.t('jobAd.text')).fill(ad);
    await dialog.getByLabel(en.t('jobAd.roleTitle')).fill('Annotation specialist');
    await dialog.getByRole('button', { name: en.t('jobAd.find') }).click();
    const review = dialog.getByTestId('job-ad-review');
    await review.waitFor();
    expect(await review.locator('tbody tr').count()).toBeGreaterThan(2);
    await dialog.getByRole('button', { name: en.t('jobAd.save') }).click();

    await page.getByRole('heading', { level: 2, name: 'Annotation specialist' }).waitFor();
    expect(page.url()).toMatch(/#\/roles\/my-annotation-specialist$/);
    await expect
      .poll(async () => (await harness.readStoreFile()).userCatalog.roles.map((entry) => entry.id), { timeout: 30_000 })
      .toContain('my-annotation-specialist');
    const saved = (await harness.readStoreFile()).userCatalog.roles.find((entry) => entry.id === 'my-annotation-specialist');
    expect(saved?.custom).toBe(true);
    expect(saved?.requirements.length).toBeGreaterThan(2);
  });

  it('kept every request local, broke no CSP rule and logged no error', () => {
    const { observations, openedUrls } = harness;
    const report = describeObservations(observations);
    expect(observations.outboundRequests, report).toEqual([]);
    expect(observations.cspViolations, report).toEqual([]);
    expect(observations.pageErrors, report).toEqual([]);
    expect(observations.consoleErrors, report).toEqual([]);
    expect(openedUrls).toEqual([]);
  });
});

/** Space kept between the readiness column's text and the edge of the content, in CSS pixels. */
const MIN_EDGE_CLEARANCE_PX = 16;

describe('the role page’s header in French at 1280 px', () => {
  it('wraps the hours line inside its column, clear of the window’s edge, for every role', async () => {
    const harness = await startHarness({ now: TODAY, locale: 'fr', colorScheme: 'light' });
    try {
      await seed(harness, seededProfile());
      const { page } = harness;
      await harness.openApp('/roles');
      const measured: string[] = [];
      for (const entry of builtinCatalog.roles) {
        await harness.goTo(`/roles/${entry.id}`);
        await page.getByRole('heading', { level: 2, name: localized(entry.title, 'fr') }).waitFor();
        const box = await page.getByTestId('role-header').evaluate((header) => {
          const side = header.querySelector('[data-testid="role-header-side"]') as HTMLElement;
          const range = document.createRange();
          range.selectNodeContents(side);
          return {
            headerRight: header.getBoundingClientRect().right,
            textRight: range.getBoundingClientRect().right,
            headerOverflow: header.scrollWidth - header.clientWidth,
            pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        measured.push(`${entry.id}: ${JSON.stringify(box)}`);
        expect(box.textRight, measured.join('\n')).toBeLessThanOrEqual(box.headerRight - MIN_EDGE_CLEARANCE_PX);
        expect(box.headerOverflow, entry.id).toBeLessThanOrEqual(0);
        expect(box.pageOverflow, entry.id).toBeLessThanOrEqual(0);
      }
      await harness.goTo(`/roles/${engineer.id}`);
      await page.getByTestId('role-header').waitFor();
      await settle(page);
      await harness.screenshot('roles-detail-header-fr', { fullPage: false });
    } finally {
      await harness.close();
    }
  }, 90_000);

  it('shows every badge of the overview whole: long French family names wrap rather than end in “…”', async () => {
    const harness = await startHarness({ now: TODAY, locale: 'fr', colorScheme: 'light' });
    try {
      await seed(harness, seededProfile());
      const { page } = harness;
      await harness.openApp('/roles');
      await page.getByText(localized(engineer.title, 'fr'), { exact: true }).first().waitFor();
      const cut = await page.locator('.mantine-Badge-label').evaluateAll((labels) =>
        labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent),
      );
      expect(await page.locator('.mantine-Badge-label').count()).toBeGreaterThan(20);
      expect(cut).toEqual([]);
    } finally {
      await harness.close();
    }
  }, 90_000);
});

const AD_OF: Record<Locale, string> = { en: 'ai-engineer.txt', fr: 'consultant-ia.fr.txt' };

type Results = { label: string; violations: A11yViolation[] }[];

async function auditRoleScreens(harness: Harness, theme: string, locale: Locale, t: Ui, results: Results): Promise<void> {
  const { page } = harness;
  const run = async (screen: string, options?: { fullPage?: boolean }) => {
    await settle(page);
    const label = `roles-${screen}-${theme}-${locale}`;
    await harness.screenshot(label, options);
    results.push({ label, violations: await checkA11y(page, label) });
  };

  await harness.openApp('/roles');
  await page.getByRole('heading', { level: 2, name: t.t('roles.title') }).waitFor();
  await run('overview');

  await harness.goTo(`/roles/${engineer.id}`);
  await page.getByRole('heading', { level: 2, name: localized(engineer.title, locale) }).waitFor();
  await page.getByTestId('fit-radar-chart').locator('svg').first().waitFor();
  await run('detail');

  await harness.goTo(`/compare?roles=${engineer.id},${annotator.id},ai-consultant`);
  await page.getByRole('region', { name: t.t('compare.shared.title') }).waitFor();
  await run('compare');

  await harness.goTo('/roles');
  await page.getByRole('button', { name: t.t('roles.jobAd.open') }).click();
  const dialog = page.getByRole('dialog', { name: t.t('jobAd.title') });
  await dialog.waitFor();
  await run('jobad-paste', { fullPage: false });
  const ad = await readFile(join(REPO_ROOT, 'test', 'fixtures', 'job-ads', AD_OF[locale]), 'utf8');
  await dialog.getByLabel(t.t('jobAd.text')).fill(ad);
  await dialog.getByRole('button', { name: t.t('jobAd.find') }).click();
  await dialog.getByTestId('job-ad-review').waitFor();
  await run('jobad-review', { fullPage: false });
}

const PER_PASS_TIMEOUT_MS = 150_000;

describe.concurrent('accessibility of the roles screens', () => {
  for (const { theme, locale } of A11Y_PASSES) {
    it(
      `has no axe violations / ${theme} ${locale}`,
      async ({ expect }) => {
        const results: Results = [];
        const harness = await startHarness({ locale, colorScheme: theme, now: TODAY });
        try {
          await seed(harness, seededProfile());
          await auditRoleScreens(harness, theme, locale, ui(locale), results);
        } finally {
          await harness.close();
        }
        const failing = results.filter((result) => result.violations.length > 0);
        const message = failing.map((result) => formatViolations(result.label, result.violations)).join('\n');
        expect(failing.map((result) => result.label), message).toEqual([]);
      },
      PER_PASS_TIMEOUT_MS,
    );
  }
});
