import { screen } from '@testing-library/react';
import { SaveStatus } from '../../../../renderer/src/components/SaveStatus/SaveStatus';
import { renderWithProviders } from '../../render';

describe('SaveStatus', () => {
  it('says everything is saved when nothing is pending', async () => {
    await renderWithProviders(<SaveStatus />);
    expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
  });

  it('says the data is read-only when a newer version wrote it', async () => {
    await renderWithProviders(<SaveStatus />, { status: { readOnly: true } });
    expect(screen.getByRole('status')).toHaveTextContent(/Read-only/);
  });

  it('speaks French when the settings say so', async () => {
    await renderWithProviders(<SaveStatus />, {
      data: { settings: { locale: 'fr', colorScheme: 'light' } },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Toutes les modifications sont enregistrées');
  });
});
