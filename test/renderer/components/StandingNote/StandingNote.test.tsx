import { screen } from '@testing-library/react';
import { StandingNote } from '../../../../renderer/src/components/StandingNote/StandingNote';
import { renderWithProviders } from '../../render';

describe('StandingNote', () => {
  it('says how many hours behind or ahead, and on schedule without a figure', async () => {
    const cases = [
      [{ kind: 'behind', hours: 3 }, /Behind schedule by 3 h/],
      [{ kind: 'ahead', hours: 1.5 }, /Ahead of schedule by 1\.5 h/],
      [{ kind: 'on-schedule', hours: 0 }, /On schedule/],
    ] as const;
    for (const [standing, text] of cases) {
      const { unmount } = await renderWithProviders(<StandingNote standing={standing} />);
      expect(screen.getByText(text)).toBeInTheDocument();
      unmount();
    }
  });

  it('is written in French too, with the sign hidden from screen readers', async () => {
    const { container } = await renderWithProviders(<StandingNote standing={{ kind: 'behind', hours: 2 }} />, {
      data: { settings: { locale: 'fr', colorScheme: 'light' } },
    });
    expect(screen.getByText(/En retard de 2 h/)).toBeInTheDocument();
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('⚠');
  });
});
