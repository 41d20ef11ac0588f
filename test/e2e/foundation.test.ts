/**
 * The foundation end to end: the built renderer in Chromium, talking to the real main-process
 * service on a temp directory. One person's journey runs through the tests of the first block in
 * order (each step builds on the previous one); the data-safety block starts from files on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localized, type Profile, type StoreData } from '../../core';
import { STORE_FILE_NAME } from '../../main/store/names';
import {
  builtinCatalog,
  closeOpenHarnesses,
  closeSharedBrowser,
  createDataDirectory,
  describeObservations,
  removeDataDirectories,
  startHarness,
  type Harness,
} from './harness';
import {
  aiEngineerRole,
  chooseOption,
  completeOnboarding,
  escapeRegExp,
  levelControl,
  setLevel,
  skillIdByName,
  ui,
  waitForSavedAt,
  type OnboardingAnswers,
} from './harness/flows';

const TODAY = new Date('2027-01-11T09:00:00Z');
const en = ui('en');
const role = aiEngineerRole(builtinCatalog);
const roleTitle = localized(role.title, 'en');
const CUSTOM_ROLE_TITLE = 'Prompt librarian';

const answers: OnboardingAnswers = {
  name: 'Ada',
  backgroundKey: 'background.customer-support',
  roleTitle,
  levels: [2, 1],
  weeklyHours: 6,
  startDate: '2027-01-18',
};

afterAll(async () => {
  await closeSharedBrowser();
  await removeDataDirectories();
});

describe('a first run, edits and a restart', () => {
  let harness: Harness;
  let ratedNames: string[] = [];

  beforeAll(async () => {
    harness = await startHarness({ now: TODAY });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('shows onboarding on first launch and saves the profile it builds', async () => {
    const { page } = harness;
    await harness.openApp('/');
    await page.getByRole('heading', { level: 2, name: en.t('onboarding.title') }).waitFor();
    // Nothing to navigate to before a profile exists.
    expect(await page.getByRole('navigation').count()).toBe(0);

    ratedNames = await completeOnboarding(page, en, answers);
    expect(page.url()).toMatch(/#\/?roles$/);

    await expect.poll(async () => (await harness.readStoreFile()).profile, { timeout: 30_000 }).not.toBeNull();
    const { profile } = await harness.readStoreFile();
    const ratedIds = ratedNames.map((name) => skillIdByName(builtinCatalog, 'en', name));
    expect(profile).toMatchObject({
      name: 'Ada',
      background: 'customer-support',
      targetRoleIds: [role.id],
      weeklyHours: 6,
      startDate: '2027-01-18',
    });
    const levels = Object.fromEntries((profile as Profile).skills.map((rating) => [rating.skillId, rating.level]));
    expect(levels[ratedIds[0]]).toBe(2);
    expect(levels[ratedIds[1]]).toBe(1);
  });

  it('saves edits of a level and of the weekly hours, and says when', async () => {
    const { page } = harness;
    await harness.goTo('/profile');
    await page.getByRole('heading', { level: 2, name: en.t('profile.title'), exact: true }).waitFor();
    await setLevel(page, en, ratedNames[0], 3);
    await page.getByLabel(en.t('profile.time.hours')).fill('8');
    await page.getByLabel(en.t('profile.time.hours')).blur();
    await waitForSavedAt(page, en);

    const firstId = skillIdByName(builtinCatalog, 'en', ratedNames[0]);
    await expect
      .poll(async () => {
        const { profile } = await harness.readStoreFile();
        return { hours: profile?.weeklyHours, level: profile?.skills.find((r) => r.skillId === firstId)?.level };
      }, { timeout: 30_000 })
      .toEqual({ hours: 8, level: 3 });
  });

  it('adds a role of the person’s own to the matrix, marked as theirs', async () => {
    const { page } = harness;
    await harness.goTo('/matrix/roles');
    await page.getByRole('button', { name: en.t('matrix.roles.add'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: en.t('catalogEditor.role.addTitle') });
    await dialog.getByLabel(en.t('catalogEditor.role.title')).fill(CUSTOM_ROLE_TITLE);
    await chooseOption(page, dialog.getByRole('combobox', { name: en.t('catalogEditor.role.family') }), en.t('family.ai-consulting'));
    const skillInput = dialog.getByRole('combobox', { name: en.t('catalogEditor.rows.skillNumbered', { n: 1 }), exact: true });
    await skillInput.fill(ratedNames[0]);
    await page.getByRole('option', { name: ratedNames[0], exact: true }).click();
    await dialog.getByRole('button', { name: en.t('action.save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await harness.goTo('/matrix/roles');
    const row = page.getByRole('row').filter({ hasText: CUSTOM_ROLE_TITLE });
    await row.getByText(en.t('custom.badge'), { exact: true }).waitFor();

    await expect
      .poll(async () => (await harness.readStoreFile()).userCatalog.roles.map((entry) => localized(entry.title, 'en')), { timeout: 30_000 })
      .toContain(CUSTOM_ROLE_TITLE);
  });

  it('finds the edits and the custom role again after a restart', async () => {
    const { page } = harness;
    await harness.restart();

    await harness.goTo('/profile');
    await page.getByRole('heading', { level: 2, name: en.t('profile.title') }).waitFor();
    await expect.poll(() => page.getByLabel(en.t('profile.time.hours')).inputValue()).toBe('8 h');
    const checked = levelControl(page, en, ratedNames[0]).getByRole('radio', { checked: true });
    expect(await checked.getAttribute('value')).toBe('3');

    await harness.goTo('/matrix/roles');
    const row = page.getByRole('row').filter({ hasText: CUSTOM_ROLE_TITLE });
    await row.getByText(en.t('custom.badge'), { exact: true }).waitFor();
  });

  it('opens on the screen the address names with no loading spinner in its place', async () => {
    const { page } = harness;
    // Recorded from the first byte of each page load: did the stand-in for a screen ever show?
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="screen-loading"]')) document.documentElement.dataset.sawScreenLoading = 'yes';
      }).observe(document, { childList: true, subtree: true });
    });
    await harness.openApp('/settings');
    await page.getByRole('heading', { level: 2, name: en.t('settings.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.sawScreenLoading ?? 'no')).toBe('no');
  });

  it('kept every request on 127.0.0.1, broke no CSP rule and logged no error during the whole run', () => {
    const { observations, openedUrls } = harness;
    const report = describeObservations(observations);
    expect(observations.outboundRequests, report).toEqual([]);
    expect(observations.cspViolations, report).toEqual([]);
    expect(observations.pageErrors, report).toEqual([]);
    expect(observations.consoleErrors, report).toEqual([]);
    expect(openedUrls).toEqual([]);
  });
});

describe('data safety at start-up', () => {
  afterEach(closeOpenHarnesses);

  it('keeps a corrupt store file aside and says where', async () => {
    const directory = await createDataDirectory({ [STORE_FILE_NAME]: '{"schemaVersion": 3, "profile": ' });

    const harness = await startHarness({ dataDirectory: directory, now: TODAY });
    await harness.openApp('/');
    const banner = harness.page.getByTestId('recovery-banner');
    await banner.getByText(en.t('status.recoveredTitle')).waitFor();

    const kept = (await readdir(directory)).filter((name) => /^skillgap\.corrupt-.+\.json$/.test(name));
    expect(kept).toHaveLength(1);
    expect(await banner.innerText()).toMatch(new RegExp(escapeRegExp(kept[0])));
    expect(await readFile(join(directory, kept[0]), 'utf8')).toBe('{"schemaVersion": 3, "profile": ');
    expect(harness.observations.pageErrors, describeObservations(harness.observations)).toEqual([]);
  });

  it('opens a store from a newer version read-only and leaves the file untouched', async () => {
    const text = JSON.stringify(newerStore(), null, 2);
    const directory = await createDataDirectory({ [STORE_FILE_NAME]: text });

    const harness = await startHarness({ dataDirectory: directory, now: TODAY });
    const { page } = harness;
    await harness.openApp('/profile');
    await page.getByTestId('read-only-banner').getByText(en.t('status.readOnlyTitle')).waitFor();
    await page.getByRole('heading', { level: 2, name: en.t('profile.title') }).waitFor();

    // Try to edit: the app may accept the keystrokes on screen, but the service refuses the
    // save and nothing reaches the disk.
    await page.getByLabel(en.t('profile.time.hours')).fill('12');
    await page.getByLabel(en.t('profile.time.hours')).blur();
    await expect
      .poll(() => harness.calls.filter((call) => call.channel === 'profile:save').map((call) => call.result), { timeout: 30_000 })
      .toContainEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'read-only' }) }));
    await harness.service().flush();
    expect(await readFile(join(directory, STORE_FILE_NAME), 'utf8')).toBe(text);
    expect(await harness.page.getByRole('banner').getByRole('status').innerText()).toBe(en.t('save.readOnly'));
    expect(harness.observations.pageErrors, describeObservations(harness.observations)).toEqual([]);
  });
});

/** A store as a future Skillgap (schema version 99) might write it, with an extra field. */
function newerStore(): Record<string, unknown> {
  const data: StoreData & { futureField: string } = {
    schemaVersion: 6,
    profile: {
      name: 'Grace',
      background: 'marketing',
      skills: [],
      targetRoleIds: [role.id],
      weeklyHours: 5,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2027-01-11',
    },
    userCatalog: { skills: [], roles: [], courses: [] },
    settings: { locale: 'en', colorScheme: 'light' },
    plans: [],
    activePlanId: null,
    progress: [],
    ratingHistory: [],
    lastCheckIn: null,
    reviews: [],
    futureField: 'written by Skillgap 9',
  };
  return { ...data, schemaVersion: 99 };
}

describe('a screen whose code cannot be read', () => {
  afterEach(closeOpenHarnesses);

  it('says so in place of the screen, keeps the navigation, and the other screens open', async () => {
    const harness = await startHarness({ now: TODAY });
    const { page } = harness;
    const saved = await harness.service().saveProfile({
      name: 'Ada',
      background: 'customer-support',
      skills: [],
      targetRoleIds: [role.id],
      weeklyHours: 6,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2027-01-18',
    });
    expect(saved.ok).toBe(true);
    // As after a damaged install: the settings screen's chunk is gone.
    let fetches = 0;
    await page.route(/\/assets\/SettingsScreen-[\w-]+\.js$/, (route) => {
      fetches += 1;
      return route.fulfill({ status: 404, body: 'missing' });
    });
    await harness.openApp('/settings');
    const alert = page.getByRole('alert').filter({ hasText: en.t('app.screenFailedTitle') });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(en.t('app.screenCodeMissing'));
    await page.getByRole('navigation').getByRole('link', { name: en.t('nav.profile') }).click();
    await page.getByRole('heading', { level: 2, name: en.t('profile.title') }).waitFor();
    expect(await alert.count()).toBe(0);
    // Loaded once on opening and at most once more ahead of use, each load asking for the file at
    // most twice (Vite's module preload, then the import): drawing a failed screen does not fetch
    // its code again and again (it did, for as long as the screen was shown).
    expect(fetches).toBeGreaterThanOrEqual(1);
    expect(fetches).toBeLessThanOrEqual(4);
  });
});
