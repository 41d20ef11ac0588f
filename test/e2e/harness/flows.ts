import type { Locator, Page } from 'playwright-core';
import { localized, type Catalog, type Level, type Locale, type Role } from '../../../core';
import { MAX_TARGET_ROLES } from '../../../renderer/src/components/RolePicker/targetRoles';
import { MESSAGES } from '../../../core/i18n';
import { createI18n, provideMessages, translate, type MessageKey, type MessageParams } from '../../../renderer/src/i18n';

// The steps name elements in either language: both tables, as the app would load them.
provideMessages('en', MESSAGES.en);
provideMessages('fr', MESSAGES.fr);

/**
 * UI steps shared by the browser tests. Elements are found by role and accessible name, and
 * every name comes from the app's own message tables, so the same steps run in English and
 * French and do not break when a CSS class or a layout changes.
 */
export interface Ui {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export function ui(locale: Locale): Ui {
  return { locale, t: (key, params) => translate(locale, key, params) };
}

/** The role the onboarding flow targets: the AI engineer of the built-in matrix. */
export function aiEngineerRole(catalog: Catalog): Role {
  const role = catalog.roles.find((candidate) => candidate.id === 'ai-engineer') ?? catalog.roles.find((candidate) => candidate.family === 'ai-engineering');
  if (!role) throw new Error('The built-in matrix has no AI engineering role.');
  return role;
}

export function skillIdByName(catalog: Catalog, locale: Locale, name: string): string {
  const skill = catalog.skills.find((candidate) => localized(candidate.name, locale) === name);
  if (!skill) throw new Error(`No skill named "${name}" in the matrix.`);
  return skill.id;
}

/** Picks an option of a Mantine Select / MultiSelect by the option's visible label. */
export async function chooseOption(page: Page, input: Locator, optionLabel: string): Promise<void> {
  await input.click();
  await page.getByRole('option', { name: optionLabel, exact: true }).click();
}

/** The name the date picker's calendar gives a day's button: "1 June 2027", "1 juin 2027". */
export function calendarDayName(isoDay: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDay}T00:00:00Z`));
}

/** How a date field writes a day: as every date of the app, through the app's own formatDay. */
export function dateFieldText(isoDay: string, locale: Locale): string {
  return createI18n(locale).formatDay(isoDay);
}

/** Years stepped through at most when looking for a day. */
const MAX_YEAR_STEPS = 20;

/**
 * Picks a day in a date field (Mantine's DatePickerInput, a button that opens a calendar) as a
 * person would with a mouse: the header goes up to the year view, whose title is a plain number
 * in every language; arrows reach the year, the month is picked by position, then the day by its
 * accessible name in the app's language.
 */
export async function pickDate(page: Page, field: Locator, isoDay: string, locale: Locale): Promise<void> {
  await field.click();
  // The calendar opens once its chunk has come (DateField fetches it when the field first shows).
  await field.and(page.locator('[aria-expanded="true"]')).waitFor();
  const calendarId = await field.getAttribute('aria-controls');
  if (!calendarId) throw new Error('the date field opened no calendar');
  const calendar = page.locator(`[id="${calendarId}"]`);
  await calendar.waitFor();
  const [year, month] = isoDay.split('-').map(Number);
  // The header's level button comes first; the day buttons follow it.
  await calendar.locator('[data-month-level] button:not([data-direction])').first().click();
  const yearLevel = calendar.locator('[data-year-level]');
  for (let step = 0; step < MAX_YEAR_STEPS; step += 1) {
    const shown = Number(await yearLevel.locator('button:not([data-direction])').first().innerText());
    if (shown === year) break;
    await yearLevel.locator(`[data-direction="${shown < year ? 'next' : 'previous'}"]`).click();
  }
  await yearLevel.locator('table button').nth(month - 1).click();
  const dayName = calendarDayName(isoDay, locale);
  await calendar.locator(`[data-month-level] button[aria-label="${dayName}"]:not([data-outside])`).click();
  await calendar.waitFor({ state: 'hidden' });
}

/**
 * The date field with this label. Its accessible name is the label then the day shown ("Start
 * date 18 Jan 2027"); its clear button, "Clear <label>", is another button.
 */
export function dateField(page: Page, label: string): Locator {
  return page.locator('[data-date-field]').and(page.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}( |$)`) }));
}

/** The level control ("Level for Python") of one skill. */
export function levelControl(scope: Page | Locator, ui: Ui, skillName: string): Locator {
  return scope.getByRole('radiogroup', { name: ui.t('rating.levelFor', { skill: skillName }), exact: true });
}

export async function setLevel(scope: Page | Locator, ui: Ui, skillName: string, level: Level): Promise<void> {
  await levelControl(scope, ui, skillName).getByText(ui.t(`level.${level}`), { exact: true }).click();
}

/** The accessible names of the level controls on screen, in order, as skill names. */
export async function ratedSkillNames(scope: Page | Locator, ui: Ui, count: number): Promise<string[]> {
  const prefix = ui.t('rating.levelFor', { skill: '' });
  const groups = scope.getByRole('radiogroup', { name: prefix });
  await groups.first().waitFor();
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const label = (await groups.nth(index).getAttribute('aria-label')) ?? '';
    names.push(label.slice(prefix.length));
  }
  return names;
}

export function nextButton(page: Page, ui: Ui): Locator {
  return page.getByRole('button', { name: ui.t('action.next'), exact: true });
}

/** Waits for an onboarding step's heading (h3) to be the one shown. */
export async function expectStep(page: Page, ui: Ui, titleKey: MessageKey): Promise<void> {
  await page.getByRole('heading', { level: 3, name: ui.t(titleKey), exact: true }).waitFor();
}

export interface OnboardingAnswers {
  name: string;
  backgroundKey: MessageKey;
  roleTitle: string;
  /** Levels for the first skills listed (most important first). */
  levels: Level[];
  weeklyHours: number;
  startDate: string;
}

export async function fillAboutStep(page: Page, ui: Ui, answers: OnboardingAnswers): Promise<void> {
  await expectStep(page, ui, 'onboarding.about.title');
  await page.getByLabel(ui.t('onboarding.about.name')).fill(answers.name);
  await chooseOption(page, page.getByRole('combobox', { name: ui.t('onboarding.about.background') }), ui.t(answers.backgroundKey));
  await nextButton(page, ui).click();
}

export async function fillRolesStep(page: Page, ui: Ui, answers: OnboardingAnswers): Promise<void> {
  await expectStep(page, ui, 'onboarding.roles.title');
  const card = page.getByRole('checkbox', { name: answers.roleTitle, exact: true });
  await card.click();
  await page.getByText(ui.t('rolePicker.chosen', { count: 1, max: MAX_TARGET_ROLES })).waitFor();
  await nextButton(page, ui).click();
}

/** Rates the first skills listed; returns their names in the order rated. */
export async function fillSkillsStep(page: Page, ui: Ui, answers: OnboardingAnswers): Promise<string[]> {
  await expectStep(page, ui, 'onboarding.skills.title');
  const names = await ratedSkillNames(page, ui, answers.levels.length);
  for (const [index, level] of answers.levels.entries()) await setLevel(page, ui, names[index], level);
  await nextButton(page, ui).click();
  return names;
}

export async function fillTimeStep(page: Page, ui: Ui, answers: OnboardingAnswers): Promise<void> {
  await expectStep(page, ui, 'onboarding.time.title');
  await page.getByLabel(ui.t('onboarding.time.hours')).fill(String(answers.weeklyHours));
  await pickDate(page, dateField(page, ui.t('onboarding.time.start')), answers.startDate, ui.locale);
  await dateField(page, ui.t('onboarding.time.start')).getByText(dateFieldText(answers.startDate, ui.locale)).waitFor();
}

export async function finishOnboarding(page: Page, ui: Ui): Promise<void> {
  await page.getByRole('button', { name: ui.t('onboarding.finish'), exact: true }).click();
  // Finishing opens the roles overview, best fits first.
  await page.getByRole('heading', { level: 2, name: ui.t('roles.title'), exact: true }).waitFor();
}

/** All four steps, then Finish; returns the names of the skills rated. */
export async function completeOnboarding(page: Page, ui: Ui, answers: OnboardingAnswers): Promise<string[]> {
  await fillAboutStep(page, ui, answers);
  await fillRolesStep(page, ui, answers);
  const names = await fillSkillsStep(page, ui, answers);
  await fillTimeStep(page, ui, answers);
  await finishOnboarding(page, ui);
  return names;
}

/** The header's save status ("Saved at 09:01"). */
export function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('status');
}

export async function waitForSavedAt(page: Page, ui: Ui): Promise<string> {
  const prefix = ui.t('save.saved', { time: '' }).trim();
  const status = saveStatus(page);
  await status.getByText(new RegExp(`^${escapeRegExp(prefix)} \\d{2}:\\d{2}$`)).waitFor();
  return (await status.innerText()).trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
