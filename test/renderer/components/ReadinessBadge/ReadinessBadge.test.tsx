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

describe('ReadinessBadge with the full role', () => {
  it('labels the headline as the entry-level core and shows the full role under it', async () => {
    await renderWithProviders(
      <ReadinessBadge
        explanation={{ numerator: 31, denominator: 50, totalGapWeight: 19, percent: 62 }}
        full={{ numerator: 41, denominator: 100, totalGapWeight: 59, percent: 41 }}
      />,
    );
    expect(screen.getByText('Entry-level core')).toBeInTheDocument();
    expect(screen.queryByText('Readiness')).toBeNull();
    expect(screen.getByTestId('readiness-percent')).toHaveTextContent('62%');
    const full = screen.getByTestId('readiness-full');
    expect(full).toHaveTextContent('Full role: 41%');
    full.parentElement?.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('41 of 100 points');
  });
});
