/**
 * "Start from your current job" (issue #15) end to end, in French: a new user types their job,
 * sees the levels it suggests, confirms one on a role page, explores the closest roles and
 * occupations, adds an occupation as a target and gets a plan for it. Then a person with a long
 * plan weighs a job of their choice as a step and plans it first. The built renderer in Chromium
 * against the real main-process service.
 */
import { localized, type Role } from '../../core';
import { closeSharedBrowser, startHarness, type Harness, builtinCatalog, describeObservations } from './harness';
import { chooseOption, fillRolesStep, fillSkillsStep, fillTimeStep, finishOnboarding, expectStep, nextButton, ui } from './harness/flows';
import { settle } from './harness/settle';

const TODAY = new Date('2027-01-11T09:00:00Z');
const fr = ui('fr');
const en = ui('en');
const annotator: Role = builtinCatalog.roles.find((role) => role.id === 'data-annotator')!;

afterAll(closeSharedBrowser);

describe('a new user starts from their current job, in French', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ locale: 'fr', now: TODAY });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('types a job in French, with a typo and no accent, and gets its suggested levels', async () => {
    const { page } = harness;
    await harness.openApp('/');
    await expectStep(page, fr, 'onboarding.about.title');
    await page.getByLabel(fr.t('onboarding.about.name')).fill('Inès');
    await chooseOption(page, page.getByRole('combobox', { name: fr.t('onboarding.about.background') }), fr.t('background.customer-support'));
    const job = page.getByRole('combobox', { name: fr.t('occupations.label') });
    await expect.poll(() => job.isEnabled(), { timeout: 30_000 }).toBe(true);
    await job.fill('secretaire medicale');
    const option = page.getByRole('option').filter({ hasText: /secrétaire médical/i }).first();
    await option.waitFor();
    await option.click();
    const chosen = page.getByRole('list', { name: fr.t('occupations.chosen') });
    await chosen.getByRole('listitem').first().waitFor();
    expect(await chosen.getByRole('listitem').count()).toBe(1);
    await page.getByText(/reçoivent un niveau proposé d’après ces métiers/).waitFor();
    await settle(page);
    await harness.screenshot('occupations-onboarding-fr', { fullPage: false });
    await nextButton(page, fr).click();

    await fillRolesStep(page, fr, { name: 'Inès', backgroundKey: 'background.customer-support', roleTitle: localized(annotator.title, 'fr'), levels: [2], weeklyHours: 5, startDate: '2027-01-18' });
    await fillSkillsStep(page, fr, { name: 'Inès', backgroundKey: 'background.customer-support', roleTitle: '', levels: [2], weeklyHours: 5, startDate: '2027-01-18' });
    await fillTimeStep(page, fr, { name: 'Inès', backgroundKey: 'background.customer-support', roleTitle: '', levels: [], weeklyHours: 5, startDate: '2027-01-18' });
    await finishOnboarding(page, fr);

    await expect.poll(async () => (await harness.readStoreFile()).profile?.occupations?.length, { timeout: 30_000 }).toBe(1);
    const stored = await harness.readStoreFile();
    expect(stored.profile?.occupations?.[0].code).toMatch(/^43-6013/);
    expect(stored.profile?.occupations?.[0].suggested.length).toBeGreaterThan(0);
  });

  it('confirms a suggested level on the role page', async () => {
    const { page } = harness;
    await harness.goTo(`/roles/${annotator.id}`);
    const confirm = page.getByRole('button', { name: new RegExp(`^${fr.t('gapTable.confirmFor', { level: '.*', skill: '.*' }).replace(/[()]/g, '.')}$`) }).first();
    await confirm.waitFor();
    const before = (await harness.readStoreFile()).profile!.skills.length;
    await confirm.click();
    await expect.poll(async () => (await harness.readStoreFile()).profile!.skills.length, { timeout: 30_000 }).toBe(before + 1);
  });

  it('explores the closest roles and occupations and adds an occupation as a target', async () => {
    const { page } = harness;
    await harness.goTo('/explore');
    await page.getByRole('heading', { level: 2, name: fr.t('explore.title') }).waitFor();
    const table = page.getByTestId('explore-table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.getByTestId('explore-row').count()).toBeGreaterThanOrEqual(10);
    // Occupation figures count only the skills Skillgap knows, and the screen says so.
    await page.getByTestId('explore-occupation-note').waitFor();
    expect(await table.getByText(fr.t('explore.partial')).count()).toBeGreaterThan(0);
    await settle(page);
    await harness.screenshot('occupations-explore-fr');

    // The accessible name starts with the visible text (axe label-content-name-mismatch).
    const add = table.getByRole('button', { name: new RegExp(`^${fr.t('explore.addFor', { title: '.+' })}$`) }).first();
    const label = (await add.getAttribute('aria-label'))!;
    await add.click();
    await page.getByText(fr.t('explore.added.title')).waitFor();
    await expect
      .poll(async () => (await harness.readStoreFile()).profile!.targetRoleIds.filter((id) => id.startsWith('onet-')).length, { timeout: 30_000 })
      .toBe(1);
    const stored = await harness.readStoreFile();
    const added = stored.userCatalog.roles.find((role) => role.id.startsWith('onet-'))!;
    expect(label).toContain(localized(added.title, 'fr'));
    expect(added.onetCodes).toHaveLength(1);
  });

  it('plans for the occupation it added', async () => {
    const { page } = harness;
    await harness.goTo('/plan');
    await page.getByRole('heading', { level: 3, name: fr.t('plan.builder.title') }).waitFor();
    await page.getByRole('button', { name: fr.t('plan.builder.create') }).click();
    await page.getByRole('region', { name: fr.t('plan.summary.title') }).waitFor();
    await expect.poll(async () => (await harness.readStoreFile()).activePlanId, { timeout: 30_000 }).not.toBeNull();
    const stored = await harness.readStoreFile();
    const plan = stored.plans.find((candidate) => candidate.id === stored.activePlanId)!;
    expect(plan.targetRoleIds.some((id) => id.startsWith('onet-'))).toBe(true);
    expect(harness.observations.pageErrors, describeObservations(harness.observations)).toEqual([]);
  });
});

describe('a person with a long plan weighs a job of their choice as a step', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ locale: 'en', now: TODAY });
    const saved = await harness.service().saveProfile({
      name: 'Sam',
      background: 'other',
      skills: [],
      targetRoleIds: ['data-center-operations-engineer'],
      weeklyHours: 5,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2027-01-11',
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await harness.service().flush();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('finds help-desk work to be a step toward data-center operations, and plans it first', async () => {
    const { page } = harness;
    await harness.openApp('/plan/new?roles=data-center-operations-engineer');
    const alert = page.getByTestId('long-plan-alert');
    await alert.waitFor({ timeout: 30_000 });
    await alert.getByRole('button', { name: en.t('plan.step.open') }).click();
    const dialog = page.getByRole('dialog');
    const job = dialog.getByRole('combobox', { name: en.t('plan.step.label') });
    await expect.poll(() => job.isEnabled(), { timeout: 30_000 }).toBe(true);
    await job.fill('help desk');
    const option = page.getByRole('option').filter({ hasText: 'Computer User Support Specialists' }).first();
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    const verdict = dialog.getByTestId('step-verdict');
    await verdict.waitFor();
    // A step: within 6 months, most of its study and of its gaps on the way (core/planning/steppingStone.ts).
    expect(await verdict.textContent()).toMatch(/^Computer User Support Specialists is a step: ready by .+ \([\d.]+ h\); (\d+)% of that study and (\d+)% of what it asks of you count toward Data-center operations engineer\.$/);
    const [, study, gaps] = /(\d+)% of that study and (\d+)%/.exec((await verdict.textContent())!)!;
    expect(Number(study)).toBeGreaterThanOrEqual(50);
    expect(Number(gaps)).toBeGreaterThanOrEqual(50);
    await settle(page);
    await harness.screenshot('step-weigher-en', { fullPage: false });

    await dialog.getByRole('button', { name: en.t('plan.step.plan') }).click();
    await expect
      .poll(async () => (await harness.readStoreFile()).userCatalog.roles.map((role) => role.id), { timeout: 30_000 })
      .toEqual(['onet-15-1232-00']);
    // The builder now plans the step instead of the target.
    await page.getByText('Computer User Support Specialists', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: en.t('plan.builder.create') }).click();
    await expect.poll(async () => (await harness.readStoreFile()).activePlanId, { timeout: 30_000 }).not.toBeNull();
    const stored = await harness.readStoreFile();
    expect(stored.plans.find((plan) => plan.id === stored.activePlanId)!.targetRoleIds).toEqual(['onet-15-1232-00']);
    expect(harness.observations.pageErrors, describeObservations(harness.observations)).toEqual([]);
  });
});
