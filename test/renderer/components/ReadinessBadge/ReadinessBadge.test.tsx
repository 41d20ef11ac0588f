import { screen } from '@testing-library/react';
import { ReadinessBadge } from '../../../../renderer/src/components/ReadinessBadge/ReadinessBadge';
import { renderWithProviders } from '../../render';

describe('ReadinessBadge', () => {
  it('shows the percentage as text and explains it on focus', async () => {
    await renderWithProviders(<ReadinessBadge explanation={{ numerator: 42, denominator: 60, totalGapWeight: 18, percent: 70 }} />);
    const percent = screen.getByTestId('readiness-percent');
    expect(percent).toHaveTextContent('70%');
    expect(screen.getByText('Readiness')).toBeInTheDocument();
    percent.parentElement?.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('42 of 60 importance-weighted points');
  });

  it('says there is nothing to measure for a role without requirements', async () => {
    await renderWithProviders(<ReadinessBadge explanation={{ numerator: 0, denominator: 0, totalGapWeight: 0, percent: 100 }} />);
    screen.getByTestId('readiness-percent').parentElement?.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('This role lists no skills');
  });
});
