import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { SettingsScreen } from '../../../../renderer/src/screens/Settings/SettingsScreen';
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

const ONET_ENGLISH =
  'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Skillgap has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.';

describe('SettingsScreen', () => {
  it('switches the whole app to French and saves the choice', async () => {
    const { fake } = await renderApp('/settings', { data: { profile } });
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Réglages' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Apparence' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Matrice des compétences' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Français' })).toBeChecked();
    await waitFor(() => expect(fake.stored().settings.locale).toBe('fr'));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('saves the theme and applies it', async () => {
    const { fake } = await renderApp('/settings', { data: { profile } });
    const user = userEvent.setup();
    expect(screen.getByRole('radio', { name: 'Automatic' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    await waitFor(() => expect(fake.stored().settings).toEqual({ locale: 'en', colorScheme: 'dark' }));
    expect(fake.bridge['settings:save']).toHaveBeenCalledWith({ locale: 'en', colorScheme: 'dark' });
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'));
  });

  it('shows the version, the data folder and the O*NET attribution word for word', async () => {
    await renderWithProviders(<SettingsScreen />, {
      status: { version: '1.2.3', dataDirectory: '/home/ana/.config/Skillgap' },
    });
    expect(screen.getByTestId('settings-version')).toHaveTextContent('1.2.3');
    expect(screen.getByTestId('settings-data-folder')).toHaveTextContent('/home/ana/.config/Skillgap');
    expect(screen.getByTestId('onet-attribution')).toHaveTextContent(ONET_ENGLISH);
  });

  it('gives the attribution in French too', async () => {
    await renderWithProviders(<SettingsScreen />, { data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    expect(screen.getByTestId('onet-attribution')).toHaveTextContent(/base de données O\*NET 29\.3/);
    expect(screen.getByTestId('onet-attribution')).toHaveTextContent(/CC BY 4\.0/);
    expect(screen.getByRole('radio', { name: 'Clair' })).toBeChecked();
  });

  it('cannot be changed while the data is read-only', async () => {
    await renderWithProviders(<SettingsScreen />, { status: { readOnly: true } });
    expect(screen.getByRole('radio', { name: 'Français' })).toBeDisabled();
    expect(screen.getByText(/settings cannot be changed/)).toBeInTheDocument();
  });
});
