import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { RemindersSection } from '../../../../renderer/src/screens/Settings/RemindersSection';
import { renderApp, renderWithProviders } from '../../render';

const profile: Profile = {
  name: 'Ana',
  background: 'marketing',
  skills: [],
  targetRoleIds: [],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-11-24',
};

describe('RemindersSection', () => {
  it('starts with reminders and open at login off', async () => {
    await renderWithProviders(<RemindersSection />);
    expect(screen.getByRole('heading', { level: 3, name: 'Study reminders' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Remind me to study' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Open Skillgap when I log in' })).not.toBeChecked();
    // The days and time wait until reminders are on, showing the defaults.
    expect(screen.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Monday' })).toBeDisabled();
    expect(screen.getByRole('spinbutton', { name: 'Hour' })).toHaveValue('19');
    expect(screen.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue('00');
    expect(screen.getByRole('spinbutton', { name: 'Hour' })).toBeDisabled();
    // 24-hour in English too, as every time the app writes: no AM/PM field.
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('saves reminders turned on, a day added and removed, and a new time', async () => {
    const { fake } = await renderWithProviders(<RemindersSection />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('switch', { name: 'Remind me to study' }));
    await waitFor(() =>
      expect(fake.stored().settings.reminders).toEqual({ enabled: true, days: [1, 2, 3, 4, 5], time: '19:00' }),
    );

    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await waitFor(() => expect(fake.stored().settings.reminders?.days).toEqual([2, 3, 4, 5, 6]));

    await user.click(screen.getByRole('spinbutton', { name: 'Hour' }));
    await user.keyboard('0730');
    await waitFor(() => expect(fake.stored().settings.reminders?.time).toBe('07:30'));

    await user.click(screen.getByRole('switch', { name: 'Remind me to study' }));
    await waitFor(() =>
      expect(fake.stored().settings.reminders).toEqual({ enabled: false, days: [2, 3, 4, 5, 6], time: '07:30' }),
    );
    expect(fake.stored().settings).toEqual({
      locale: 'en',
      colorScheme: 'auto',
      reminders: { enabled: false, days: [2, 3, 4, 5, 6], time: '07:30' },
    });
  });

  it('keeps the last day chosen and says why', async () => {
    const { fake } = await renderWithProviders(<RemindersSection />, {
      data: { settings: { locale: 'en', colorScheme: 'auto', reminders: { enabled: true, days: [3], time: '18:00' } } },
    });
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Keep at least one day.');
    expect(screen.getByRole('checkbox', { name: 'Wednesday' })).toBeChecked();
    expect(fake.stored().settings.reminders?.days).toEqual([3]);
  });

  it('saves only a whole time', async () => {
    const { fake } = await renderWithProviders(<RemindersSection />, {
      data: { settings: { locale: 'en', colorScheme: 'auto', reminders: { enabled: true, days: [1], time: '18:00' } } },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('spinbutton', { name: 'Minutes' }));
    await user.keyboard('{Backspace}{Backspace}');
    expect(await screen.findByText('Enter a time, for example 19:00.')).toBeInTheDocument();
    expect(fake.bridge['settings:save']).not.toHaveBeenCalled();
    expect(fake.stored().settings.reminders?.time).toBe('18:00');
  });

  it('saves open at login', async () => {
    const { fake } = await renderWithProviders(<RemindersSection />);
    await userEvent.setup().click(screen.getByRole('switch', { name: 'Open Skillgap when I log in' }));
    await waitFor(() => expect(fake.stored().settings.openAtLogin).toBe(true));
    expect(fake.bridge['settings:save']).toHaveBeenCalledWith({ locale: 'en', colorScheme: 'auto', openAtLogin: true });
    expect(fake.stored().settings.reminders).toBeUndefined();
  });

  it('says when this system can do neither, and offers neither', async () => {
    await renderWithProviders(<RemindersSection />, { status: { systemSupport: { notifications: false, openAtLogin: false } } });
    expect(screen.getByTestId('reminders-unavailable')).toHaveTextContent('Reminders are not available on this system');
    expect(screen.getByTestId('login-unavailable')).toHaveTextContent('On Linux');
    expect(screen.getByRole('switch', { name: 'Remind me to study' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Open Skillgap when I log in' })).toBeDisabled();
  });

  it('cannot be changed while the data is read-only', async () => {
    await renderWithProviders(<RemindersSection />, { status: { readOnly: true } });
    expect(screen.getByRole('switch', { name: 'Remind me to study' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Open Skillgap when I log in' })).toBeDisabled();
    expect(screen.queryByTestId('reminders-unavailable')).not.toBeInTheDocument();
  });

  it('speaks French on the Settings screen', async () => {
    const { fake } = await renderApp('/settings', {
      data: { profile, settings: { locale: 'fr', colorScheme: 'auto' } },
      status: { systemSupport: { notifications: true, openAtLogin: false } },
    });
    // The French table is a chunk of its own: on a busy machine it may come after the shell.
    expect(await screen.findByRole('heading', { level: 3, name: 'Rappels d’étude' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/tant que Skillgap est ouvert/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'samedi' })).toBeInTheDocument();
    expect(screen.getByTestId('login-unavailable')).toHaveTextContent('Sous Linux');
    await userEvent.setup().click(screen.getByRole('switch', { name: 'Me rappeler d’étudier' }));
    await waitFor(() => expect(fake.stored().settings.reminders?.enabled).toBe(true));
    expect(screen.getByRole('switch', { name: 'Ouvrir Skillgap à l’ouverture de ma session' })).toBeDisabled();
  });
});
