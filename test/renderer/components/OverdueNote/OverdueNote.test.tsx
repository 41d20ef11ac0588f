import { screen } from '@testing-library/react';
import { OverdueNote } from '../../../../renderer/src/components/OverdueNote/OverdueNote';
import { renderWithProviders } from '../../render';

describe('OverdueNote', () => {
  it('says since when in words, with a sign hidden from screen readers', async () => {
    const { container } = await renderWithProviders(<OverdueNote since="2026-12-03" />);
    expect(screen.getByText('Overdue since 3 Dec 2026')).toBeInTheDocument();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is written in French too', async () => {
    await renderWithProviders(<OverdueNote since="2026-12-03" />, {
      data: { settings: { locale: 'fr', colorScheme: 'light' } },
    });
    expect(screen.getByText('En retard depuis le 3 déc. 2026')).toBeInTheDocument();
  });
});
