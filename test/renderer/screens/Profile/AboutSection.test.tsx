import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { renderApp } from '../../render';

const profile: Profile = {
  name: 'Ana',
  background: 'sales',
  skills: [],
  targetRoleIds: ['ai-engineer'],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
};

type FakeBridge = Awaited<ReturnType<typeof renderApp>>['fake'];
const savedProfiles = (fake: FakeBridge) =>
  (fake.bridge['profile:save'] as unknown as { mock: { calls: [Profile][] } }).mock.calls.map(([saved]) => saved);

const languages = (name: string | RegExp = 'Languages I study in') => screen.getByRole('group', { name });
const chip = (name: string, group?: HTMLElement) => within(group ?? languages()).getByRole('checkbox', { name });
const ticked = (group?: HTMLElement) =>
  within(group ?? languages())
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.getAttribute('value'));

// Whole-app flows in jsdom take a few seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

describe('Profile: languages I study in', () => {
  it('shows the default, the app language and English, while the person has not chosen', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    expect(ticked()).toEqual(['en']);
    expect(chip('French')).not.toBeChecked();
    expect(languages()).toHaveAccessibleDescription(/Not chosen yet, so Skillgap uses the app’s language and English/);
    expect(fake.bridge['profile:save']).not.toHaveBeenCalled();
  });

  it('shows French, then English by default in the French app', async () => {
    await renderApp('/profile', { data: { profile, settings: { locale: 'fr', colorScheme: 'auto' } } });
    const group = languages('Langues dans lesquelles j’étudie');
    expect(ticked(group)).toEqual(['en', 'fr']);
    expect(chip('Français', group)).toBeChecked();
    expect(chip('Anglais', group)).toBeChecked();
    expect(chip('Espagnol', group)).not.toBeChecked();
    expect(group).toHaveAccessibleDescription(/Pas encore choisies/);
  });

  it('saves a change, keeping the default languages first, and stops calling it the default', async () => {
    const { fake } = await renderApp('/profile', { data: { profile, settings: { locale: 'fr', colorScheme: 'auto' } } });
    await userEvent.click(chip('Allemand', languages('Langues dans lesquelles j’étudie')));
    await waitFor(() => expect(fake.stored().profile?.studyLanguages).toEqual(['fr', 'en', 'de']));
    expect(languages('Langues dans lesquelles j’étudie')).not.toHaveAccessibleDescription(/Pas encore choisies/);
  });

  it('saves a language taken away', async () => {
    const { fake } = await renderApp('/profile', { data: { profile: { ...profile, studyLanguages: ['es', 'en'] } } });
    expect(ticked()).toEqual(['en', 'es']);
    await userEvent.click(chip('English'));
    await waitFor(() => expect(fake.stored().profile?.studyLanguages).toEqual(['es']));
  });

  it('refuses to untick the last language, says why, saves nothing, and saves again once one is ticked', async () => {
    const { fake } = await renderApp('/profile', { data: { profile: { ...profile, studyLanguages: ['fr'] } } });
    await userEvent.click(chip('French'));
    const alert = within(languages()).getByRole('alert');
    expect(alert).toHaveTextContent('Pick at least one language. Your previous languages are kept until you do.');
    expect(languages()).toHaveAccessibleDescription(/Pick at least one language/);
    expect(ticked()).toEqual([]);
    expect(fake.bridge['profile:save']).not.toHaveBeenCalled();
    expect(fake.stored().profile?.studyLanguages).toEqual(['fr']);

    await userEvent.click(chip('German'));
    expect(within(languages()).queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(fake.stored().profile?.studyLanguages).toEqual(['de']));
    expect(savedProfiles(fake).some((saved) => saved.studyLanguages?.length === 0)).toBe(false);
  });

  it('refuses to untick the default too, and other edits still save without a language list', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    await userEvent.click(chip('English'));
    expect(within(languages()).getByRole('alert')).toHaveTextContent(/Pick at least one language/);
    const name = screen.getByRole('textbox', { name: 'First name' });
    await userEvent.type(name, 'lia');
    await waitFor(() => expect(fake.stored().profile?.name).toBe('Analia'));
    expect(fake.stored().profile).not.toHaveProperty('studyLanguages');
    expect(savedProfiles(fake).some((saved) => saved.studyLanguages !== undefined)).toBe(false);
  });
});
