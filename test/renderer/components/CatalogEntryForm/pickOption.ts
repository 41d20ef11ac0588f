import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

type User = ReturnType<typeof userEvent.setup>;

/**
 * Opens a Mantine select and clicks one option of its own list. Mantine keeps the lists of
 * closed selects in the page, so the list is found through the input's aria-controls.
 */
export async function pickOption(user: User, combobox: HTMLElement, option: string, typed?: string) {
  await user.click(combobox);
  if (typed) await user.type(combobox, typed);
  const listbox = await waitFor(() => {
    const id = combobox.getAttribute('aria-controls');
    const element = id ? document.getElementById(id) : null;
    if (!element) throw new Error('the options are not shown');
    return element;
  });
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

/** The same, for a select found by its label anywhere on the page. */
export async function pickOptionByLabel(user: User, label: string | RegExp, option: string) {
  await pickOption(user, screen.getByRole('combobox', { name: label }), option);
}

/** Types a whole value at once (typing key by key through Mantine inputs is slow in jsdom). */
export async function fillIn(user: User, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}
