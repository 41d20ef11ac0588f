import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SaveStatus } from '../../../../renderer/src/components/SaveStatus/SaveStatus';
import { useAppData } from '../../../../renderer/src/data/AppDataProvider';
import { renderWithProviders } from '../../render';

/** A button that saves the settings, to see what the status says after a save. */
function SaveButton() {
  const { data, updateSettings } = useAppData();
  return (
    <button type="button" onClick={() => updateSettings({ ...data.settings, colorScheme: 'dark' })}>
      save
    </button>
  );
}

describe('SaveStatus', () => {
  it('says everything is saved when nothing is pending', async () => {
    await renderWithProviders(<SaveStatus />);
    expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
  });

  it('says the data is read-only when a newer version wrote it', async () => {
    await renderWithProviders(<SaveStatus />, { status: { readOnly: true } });
    expect(screen.getByRole('status')).toHaveTextContent(/Read-only: this data was written by a newer Skillgap/);
  });

  it('does not blame a newer version when the data is read-only for another reason', async () => {
    await renderWithProviders(<SaveStatus />, { status: { readOnly: true, readOnlyReason: 'folder-not-writable' } });
    expect(screen.getByRole('status')).toHaveTextContent('Read-only: changes cannot be saved');
    expect(screen.getByRole('status')).not.toHaveTextContent(/newer/);
  });

  it.each([
    ['disk-full', /Disk full: this was not written, and what was saved before is intact\. Free some space/],
    ['permission-denied', /Skillgap is not allowed to write there/],
  ] as const)('says why a save failed with %s, in words the person can act on', async (code, words) => {
    await renderWithProviders(
      <>
        <SaveStatus />
        <SaveButton />
      </>,
      { failWritesWith: [code, 'could not write the store: ENOSPC'] },
    );
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-state', 'failed'));
    expect(screen.getByRole('status')).toHaveTextContent(words);
  });

  it('speaks French when the settings say so', async () => {
    await renderWithProviders(<SaveStatus />, {
      data: { settings: { locale: 'fr', colorScheme: 'light' } },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Toutes les modifications sont enregistrées');
  });

  it('says a full disk in French too', async () => {
    await renderWithProviders(
      <>
        <SaveStatus />
        <SaveButton />
      </>,
      { data: { settings: { locale: 'fr', colorScheme: 'light' } }, failWritesWith: ['disk-full', 'ENOSPC'] },
    );
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Disque plein/));
  });
});
