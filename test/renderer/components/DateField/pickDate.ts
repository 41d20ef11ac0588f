import { waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

type User = ReturnType<typeof userEvent.setup>;

/** Years stepped through at most: the tests' dates are a few years from the one shown. */
const MAX_YEAR_STEPS = 20;

/** The calendar a date field opened (Mantine renders it in a portal, named by aria-controls). */
export async function openCalendar(user: User, field: HTMLElement): Promise<HTMLElement> {
  if (field.getAttribute('aria-expanded') !== 'true') await user.click(field);
  return waitFor(() => {
    const id = field.getAttribute('aria-controls');
    const dropdown = id ? document.getElementById(id) : null;
    if (!dropdown) throw new Error('the calendar is not shown');
    return dropdown;
  });
}

function levelOf(calendar: HTMLElement, level: 'month' | 'year'): HTMLElement {
  const element = calendar.querySelector<HTMLElement>(`[data-${level}-level]`);
  if (!element) throw new Error(`the calendar shows no ${level} level`);
  return element;
}

/** The header's middle button: "November 2026" on the month level, "2026" on the year level. */
function levelButton(level: HTMLElement): HTMLButtonElement {
  const button = level.querySelector<HTMLButtonElement>('button:not([data-direction])');
  if (!button) throw new Error('the calendar header has no level button');
  return button;
}

/**
 * Picks a day in a DateField as a person would with a mouse: opens the calendar, goes up to the
 * year view (its header is a plain number in every language), steps to the year, picks the month
 * by position, then clicks the day by its accessible name ("30 June 2027", "30 juin 2027"), which
 * is written in the app's language.
 */
export async function pickDate(user: User, field: HTMLElement, iso: string, dayLabel: string) {
  const calendar = await openCalendar(user, field);
  const [year, month] = iso.split('-').map(Number);
  await user.click(levelButton(levelOf(calendar, 'month')));
  for (let step = 0; step < MAX_YEAR_STEPS; step += 1) {
    const yearLevel = levelOf(calendar, 'year');
    const shown = Number(levelButton(yearLevel).textContent);
    if (shown === year) break;
    const arrow = yearLevel.querySelector<HTMLButtonElement>(`[data-direction="${shown < year ? 'next' : 'previous'}"]`);
    if (!arrow) throw new Error('the year view has no arrows');
    await user.click(arrow);
  }
  const months = within(levelOf(calendar, 'year').querySelector('table') as HTMLElement).getAllByRole('button', { hidden: true });
  await user.click(months[month - 1]);
  const day = within(levelOf(calendar, 'month'))
    .getAllByRole('button', { name: dayLabel, hidden: true })
    .find((button) => !button.hasAttribute('data-outside'));
  if (!day) throw new Error(`day "${dayLabel}" is not in the month shown`);
  await user.click(day);
}

/**
 * The date field (a button that opens a calendar) with this label. Its accessible name is the
 * label then the day shown ("Start date 24 Nov 2026"), so a plain label matches the start
 * of the name; the field's clear button, "Clear <label>", is left aside.
 */
export function dateField(label: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  const name = typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`) : label;
  const fields = within(container)
    .getAllByRole('button', { name })
    .filter((button) => button.hasAttribute('data-date-field'));
  if (fields.length !== 1) throw new Error(`expected one date field named ${String(label)}, found ${fields.length}`);
  return fields[0];
}

/** Picks a day in the date field with this label. */
export async function pickDateByLabel(user: User, label: string | RegExp, iso: string, dayLabel: string) {
  await pickDate(user, dateField(label), iso, dayLabel);
}
