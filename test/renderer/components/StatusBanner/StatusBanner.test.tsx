import { screen } from '@testing-library/react';
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
});
