import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusBanner } from '../../../../renderer/src/components/StatusBanner/StatusBanner';
import { renderWithProviders } from '../../render';

describe('StatusBanner', () => {
  it('shows nothing when the data loaded normally', async () => {
    await renderWithProviders(<StatusBanner />);
    expect(screen.queryByTestId('recovery-banner')).not.toBeInTheDocument();
    expect(screen.queryByTestId('read-only-banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the kept file and the backup after a recovery, and can be dismissed', async () => {
    await renderWithProviders(<StatusBanner />, {
      status: {
        recovery: {
          reason: 'unparsable',
          movedTo: 'skillgap.corrupt-1.json',
          restoredFrom: 'skillgap-20261124-101500-000-scheduled.json',
          failure: null,
          detail: 'Unexpected end of JSON input',
        },
      },
    });
    const banner = screen.getByTestId('recovery-banner');
    expect(banner).toHaveTextContent('skillgap.corrupt-1.json');
    expect(banner).toHaveTextContent('skillgap-20261124-101500-000-scheduled.json');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('recovery-banner')).not.toBeInTheDocument();
  });

  it('explains the read-only mode', async () => {
    await renderWithProviders(<StatusBanner />, { status: { readOnly: true } });
    expect(screen.getByTestId('read-only-banner')).toHaveTextContent(/newer version/);
  });

  it.each([
    ['folder-not-writable', /cannot write to its data folder \/tmp\/skillgap-test/],
    ['recovery-failed', /damaged and could not be repaired yet.*Nothing was changed on disk/],
    ['upgrade-blocked', /older Skillgap.*backup could not be made/],
    ['store-unreadable', /cannot read its data file skillgap\.json in \/tmp\/skillgap-test/],
  ] as const)('says why the data is read-only: %s', async (readOnlyReason, words) => {
    await renderWithProviders(<StatusBanner />, { status: { readOnly: true, readOnlyReason } });
    const banner = screen.getByTestId('read-only-banner');
    expect(banner).toHaveTextContent(words);
    expect(banner).not.toHaveTextContent(/newer version/);
  });

  it('says a recovery stopped part-way changed nothing, and which backup is shown', async () => {
    await renderWithProviders(<StatusBanner />, {
      status: {
        readOnly: true,
        readOnlyReason: 'recovery-failed',
        recovery: {
          reason: 'checksum-mismatch',
          movedTo: null,
          restoredFrom: 'skillgap-20261124-101500-000-scheduled.json',
          failure: 'ENOSPC: no space left on device',
          detail: 'the content does not match its checksum',
        },
      },
    });
    const banner = screen.getByTestId('recovery-banner');
    expect(banner).toHaveTextContent('ENOSPC: no space left on device');
    expect(banner).toHaveTextContent('Nothing was changed on disk');
    expect(banner).toHaveTextContent('skillgap-20261124-101500-000-scheduled.json');
  });

  it('says when backups cannot be made, in French too', async () => {
    const backupsUnavailable = { path: '/tmp/skillgap-test/backups', detail: 'is a file, not a folder' };
    await renderWithProviders(<StatusBanner />, { status: { backupsUnavailable } });
    expect(screen.getByTestId('backups-banner')).toHaveTextContent('/tmp/skillgap-test/backups is not a folder');
    expect(screen.queryByTestId('read-only-banner')).not.toBeInTheDocument();
    cleanup();
    await renderWithProviders(<StatusBanner />, { status: { backupsUnavailable }, data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    expect(screen.getByTestId('backups-banner')).toHaveTextContent('/tmp/skillgap-test/backups n’est pas un dossier');
  });
});
