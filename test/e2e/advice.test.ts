/**
 * The advice as a person sees it (docs/advice.md): the built renderer in Chromium against the
 * real main-process service. Sam (English, long plan) and Léa (French, studies in French and
 * English) from the personas: the role page shows the entry-level core first and the full role
 * second, the builder and the plan show the same hours as the role page, each item says why it
 * is there, estimated hours are marked, and Sam is offered a stepping stone he can plan in one
 * step. Screenshots in light and dark for a person to look at.
 */
import type { Page } from 'playwright-core';
import { analyzeFit, buildPlan, localized, type Locale, type Profile } from '../../core';
import { offersSteppingStone, steppingStoneFor } from '../../core/planning/steppingStone';
import { builtinCatalog, closeSharedBrowser, describeObservations, startHarness, type Harness } from './harness';
import { ui } from './harness/flows';
import { settle } from './harness/settle';

const START = new Date('2027-01-04T09:00:00Z');

afterAll(closeSharedBrowser);

interface Persona {
  locale: Locale;
  profile: Profile;
  languages: string[];
}

const SAM: Persona = {
  locale: 'en',
  languages: ['en'],
  profile: {
    name: 'Sam',
    background: 'other',
    skills: [{ skillId: 'written-communication', level: 3 }],
    targetRoleIds: ['ai-engineer'],
    weeklyHours: 10,
    studyDays: [1, 2, 3, 4, 5],
    startDate: '2027-01-04',
  },
};

const LEA: Persona = {
  locale: 'fr',
  languages: ['fr', 'en'],
  profile: {
    name: 'Léa',
    background: 'customer-support',
    skills: [
      { skillId: 'customer-service', level: 4 },
      { skillId: 'written-communication', level: 3 },
      { skillId: 'troubleshooting', level: 2 },
      { skillId: 'spreadsheets', level: 2 },
    ],
    targetRoleIds: ['ai-trainer'],
    weeklyHours: 5,
    studyDays: [1, 2, 3, 4, 5],
    startDate: '2027-01-04',
    studyLanguages: ['fr', 'en'],
  },
};

function roleOf(id: string) {
  const role = builtinCatalog.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`no role ${id}`);
  return role;
}

function plannedFor(persona: Persona, targetRoleIds = persona.profile.targetRoleIds) {
  const built = buildPlan({
    profile: persona.profile,
    languages: persona.languages,
    targetRoleIds,
    catalog: builtinCatalog,
    inputs: { weeklyHours: persona.profile.weeklyHours, studyDays: persona.profile.studyDays, startDate: persona.profile.startDate, pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
    planId: 'expected',
    createdAt: '2027-01-04T09:00:00.000Z',
    name: 'expected',
  });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

async function openFor(persona: Persona, colorScheme: 'light' | 'dark'): Promise<Harness> {
  const harness = await startHarness({ now: START, locale: persona.locale, colorScheme });
  const saved = await harness.service().saveProfile(persona.profile);
  if (!saved.ok) throw new Error(saved.error.message);
  await harness.service().flush();
  return harness;
}

async function hoursShownOnRolePage(page: Page, persona: Persona): Promise<void> {
  const t = ui(persona.locale);
  const role = roleOf(persona.profile.targetRoleIds[0]);
  const fit = analyzeFit({ ...persona.profile, languages: persona.languages }, role, builtinCatalog);
  await page.getByRole('heading', { level: 2, name: localized(role.title, persona.locale) }).waitFor();
  // The headline is the entry-level core; the full role comes second.
  await page.getByText(t.t('fit.coreLabel')).first().waitFor();
  await page.getByText(new RegExp(`${fit.coreExplanation.percent}\\s?%`)).first().waitFor();
  await page.getByText(new RegExp(`${fit.explanation.percent}\\s?%`)).first().waitFor();
}

describe('the advice on screen', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`Sam (English, ${colorScheme}): core first, one hours figure, a stepping stone planned in one step`, async () => {
      const harness = await openFor(SAM, colorScheme);
      const { page } = harness;
      const t = ui('en');
      const expected = plannedFor(SAM);
      expect(offersSteppingStone(expected.months)).toBe(true);
      const stone = steppingStoneFor({
        profile: SAM.profile,
        languages: SAM.languages,
        targetRoleIds: SAM.profile.targetRoleIds,
        catalog: builtinCatalog,
        inputs: { weeklyHours: 10, studyDays: [1, 2, 3, 4, 5], startDate: '2027-01-04', pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
        createdAt: '2027-01-04T09:00:00.000Z',
      }, expected.months);
      expect(stone).not.toBeNull();

      await harness.openApp('/roles/ai-engineer');
      await hoursShownOnRolePage(page, SAM);
      await settle(page);
      await harness.screenshot(`advice-sam-role-${colorScheme}`);

      await harness.goTo('/plan');
      await page.getByRole('heading', { level: 3, name: t.t('plan.builder.title') }).waitFor();
      const alert = page.getByTestId('long-plan-alert');
      await alert.getByTestId('stepping-stone').waitFor();
      expect(await alert.innerText()).toContain(localized(roleOf(stone!.roleId).title, 'en'));
      await settle(page);
      await harness.screenshot(`advice-sam-builder-${colorScheme}`);

      // One step: the builder now plans the stepping stone, which ends within six months.
      const stoneTitle = localized(roleOf(stone!.roleId).title, 'en');
      await alert.getByRole('button', { name: t.t('plan.stone.button', { role: stoneTitle }) }).click();
      await page.getByTestId('long-plan-alert').waitFor({ state: 'detached' });
      await page.getByText(stoneTitle).first().waitFor();
      const planned = plannedFor(SAM, [stone!.roleId]);
      expect(planned.plan.readyDate! <= '2027-07-03').toBe(true);
      const { pageErrors, consoleErrors } = harness.observations;
      expect({ pageErrors, consoleErrors }, describeObservations(harness.observations)).toEqual({ pageErrors: [], consoleErrors: [] });
      await harness.close();
    });
  }

  it('Léa (French): the plan says why each course is there and marks estimated hours', async () => {
    const harness = await openFor(LEA, 'light');
    const { page } = harness;
    const t = ui('fr');
    const expected = plannedFor(LEA);
    expect(expected.totalHours).toBeLessThanOrEqual(80);

    await harness.openApp('/roles/ai-trainer');
    await hoursShownOnRolePage(page, LEA);
    await settle(page);
    await harness.screenshot('advice-lea-role-fr');

    await harness.goTo('/plan');
    await page.getByRole('button', { name: t.t('plan.builder.create') }).click();
    await page.getByRole('region', { name: t.t('plan.summary.title') }).waitFor();
    // The screen shows the plan before the service's delayed write reaches the disk.
    await expect.poll(async () => (await harness.readStoreFile()).activePlanId, { timeout: 30_000 }).not.toBeNull();
    const stored = await harness.readStoreFile();
    const plan = stored.plans.find((candidate) => candidate.id === stored.activePlanId)!;
    expect(plan.items.map((item) => item.courseId)).toEqual(expected.plan.items.map((item) => item.courseId));
    expect(plan.inputs.scope).toBe('core');
    // Every item is there for a reason the card spells out.
    for (const item of plan.items) {
      const reasons = (item.why?.closes.length ?? 0) + (item.why?.prepares.length ?? 0) + (item.why?.shows?.length ?? 0);
      expect(reasons, item.id).toBeGreaterThan(0);
    }
    // The AI trainer's portfolio project comes last, named in French, with what it shows an employer.
    const project = builtinCatalog.courses.find((course) => course.id === plan.items.at(-1)!.courseId)!;
    expect(project.project?.roleIds).toContain('ai-trainer');
    const projectCard = page.getByRole('article', { name: project.project!.title.fr, exact: true });
    await projectCard.getByText(project.project!.deliverable.fr).waitFor();
    await projectCard.getByText(new RegExp(`^${escape(t.t('plan.why.shows', { list: '\u0000' }).split('\u0000')[0])}`)).waitFor();
    const firstCourse = builtinCatalog.courses.find((course) => course.id === plan.items[0].courseId)!;
    const firstCard = page.getByRole('article', { name: firstCourse.title, exact: true });
    const closesPrefix = t.t('plan.why.closes', { list: '\u0000' }).split('\u0000')[0];
    const preparesPrefix = t.t('plan.why.prepares', { list: '\u0000' }).split('\u0000')[0];
    await firstCard.getByText(new RegExp(`^(${escape(closesPrefix)}|${escape(preparesPrefix)})`)).first().waitFor();
    const estimated = plan.items.find((item) => !builtinCatalog.courses.find((course) => course.id === item.courseId)!.hoursStated)!;
    const estimatedTitle = builtinCatalog.courses.find((course) => course.id === estimated.courseId)!.title;
    await page.getByRole('article', { name: estimatedTitle, exact: true }).getByText(/≈/).first().waitFor();
    await settle(page);
    await harness.screenshot('advice-lea-plan-fr');
    await harness.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
