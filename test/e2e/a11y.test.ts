/**
 * axe-core (WCAG 2.0-2.2 A and AA) over every screen of the foundation, in light and dark and in
 * English and French (A11Y_PASSES), with a full-page screenshot of each for a person to look at. Each
 * combination collects all its violations first and asserts once, so one failing screen does not
 * hide the others and every screenshot is still taken.
 */
import { localized, type Locale } from '../../core';
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
  type PageObservations,
} from './harness';
import {
  aiEngineerRole,
  expectStep,
  fillAboutStep,
  fillRolesStep,
  fillSkillsStep,
  fillTimeStep,
  finishOnboarding,
  ui,
  type OnboardingAnswers,
  type Ui,
} from './harness/flows';
import { settle } from './harness/settle';

const TODAY = new Date('2027-01-11T09:00:00Z');
const role = aiEngineerRole(builtinCatalog);

afterAll(closeSharedBrowser);

interface Audit {
  results: { label: string; violations: A11yViolation[] }[];
  run: (screen: string, options?: { fullPage?: boolean }) => Promise<void>;
}

function auditor(harness: Harness, theme: string, locale: Locale): Audit {
  const results: Audit['results'] = [];
  return {
    results,
    run: async (screen, options) => {
      // The pointer rests where the last click left it; a hovered row would change what axe sees.
      await harness.page.mouse.move(0, 0);
      await settle(harness.page);
      const label = `${screen}-${theme}-${locale}`;
      await harness.screenshot(label, options);
      results.push({ label, violations: await checkA11y(harness.page, label) });
    },
  };
}

async function heading(harness: Harness, level: 2 | 3, text: string): Promise<void> {
  await harness.page.getByRole('heading', { level, name: text, exact: true }).waitFor();
}

async function auditEveryScreen(harness: Harness, audit: Audit, locale: Locale, t: Ui): Promise<void> {
  const { page } = harness;
  const answers: OnboardingAnswers = {
    name: locale === 'fr' ? 'Aïcha' : 'Ada',
    backgroundKey: 'background.content-editorial',
    roleTitle: localized(role.title, locale),
    levels: [2, 1],
    weeklyHours: 5,
    startDate: '2027-01-18',
  };

  await harness.openApp('/');
  await expectStep(page, t, 'onboarding.about.title');
  await audit.run('onboarding-about');
  await fillAboutStep(page, t, answers);
  await expectStep(page, t, 'onboarding.roles.title');
  await audit.run('onboarding-roles');
  await fillRolesStep(page, t, answers);
  await expectStep(page, t, 'onboarding.skills.title');
  await audit.run('onboarding-skills');
  await fillSkillsStep(page, t, answers);
  await fillTimeStep(page, t, answers);
  await audit.run('onboarding-time');
  await finishOnboarding(page, t);
  await audit.run('roles-after-onboarding');
  await harness.goTo('/profile');
  await heading(harness, 2, t.t('profile.title'));
  await audit.run('profile');

  for (const [tab, title] of [
    ['roles', 'matrix.tab.roles'],
    ['skills', 'matrix.tab.skills'],
    ['courses', 'matrix.tab.courses'],
  ] as const) {
    await harness.goTo(`/matrix/${tab}`);
    await page.getByRole('tab', { name: t.t(title), selected: true }).waitFor();
    await audit.run(`matrix-${tab}`);
  }
  await harness.goTo('/matrix/roles');
  await page.getByRole('button', { name: t.t('matrix.roles.add'), exact: true }).click();
  await page.getByRole('dialog', { name: t.t('catalogEditor.role.addTitle') }).waitFor();
  await audit.run('matrix-role-editor', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await harness.goTo(`/matrix/roles/${role.id}`);
  await heading(harness, 3, localized(role.title, locale));
  await audit.run('matrix-role-detail');

  await harness.goTo('/settings');
  await heading(harness, 2, t.t('settings.title'));
  await audit.run('settings');

  // Explore loads the occupation catalogue when it opens: wait for its table, not for a time.
  await harness.goTo('/explore');
  await heading(harness, 2, t.t('explore.title'));
  await page.getByTestId('explore-table').waitFor({ timeout: 60_000 });
  await audit.run('explore');
}

/** The passes run side by side, each in its own browser context and data directory, so both cores are used. */
const PER_PASS_TIMEOUT_MS = 150_000;

describe.concurrent('accessibility of every screen', () => {
  for (const { theme, locale } of A11Y_PASSES) {
    it(
      `has no axe violations / ${theme} ${locale}`,
      async ({ expect }) => {
        const harness = await startHarness({ locale, colorScheme: theme, now: TODAY });
        let results: Audit['results'] = [];
        let observations: PageObservations;
        try {
          const audit = auditor(harness, theme, locale);
          await auditEveryScreen(harness, audit, locale, ui(locale));
          results = audit.results;
          observations = harness.observations;
        } finally {
          await harness.close();
        }
        const failing = results.filter((result) => result.violations.length > 0);
        const message = failing.map((result) => formatViolations(result.label, result.violations)).join('\n');
        // Soft, so a run reports both the axe violations and any network/CSP/console finding.
        expect.soft(failing.map((result) => result.label), message).toEqual([]);
        // Every screen also stays offline, within the CSP and free of errors.
        const { outboundRequests, cspViolations, consoleErrors, pageErrors } = observations;
        expect.soft({ outboundRequests, cspViolations, consoleErrors, pageErrors }, describeObservations(observations)).toEqual({
          outboundRequests: [],
          cspViolations: [],
          consoleErrors: [],
          pageErrors: [],
        });
      },
      PER_PASS_TIMEOUT_MS,
    );
  }
});
