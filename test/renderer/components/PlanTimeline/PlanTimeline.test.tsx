import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanItem } from '../../../../core';
import { PlanTimeline } from '../../../../renderer/src/components/PlanTimeline/PlanTimeline';
import { renderWithProviders } from '../../render';

const items: PlanItem[] = [
  { id: 'one', courseId: 'one', skillIds: [], start: '2026-12-01', end: '2026-12-04', hours: 4, status: 'done' },
  { id: 'two', courseId: 'two', skillIds: [], start: '2026-12-04', end: '2026-12-20', hours: 9, status: 'planned' },
];
const titles = new Map([
  ['one', 'Intro'],
  ['two', 'Deep dive'],
]);

describe('PlanTimeline', () => {
  it('names every bar with its title, dates and status, marks overdue ones in words and shows today', async () => {
    await renderWithProviders(<PlanTimeline items={items} titles={titles} overdue={new Set(['two'])} today="2026-12-22" />);
    const region = screen.getByRole('region', { name: 'Plan timeline' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('img', { name: 'Intro: 1 Dec 2026 to 4 Dec 2026, Done.' })).toBeInTheDocument();
    expect(
      within(region).getByRole('img', { name: 'Deep dive: 4 Dec 2026 to 20 Dec 2026, Planned. Overdue since 20 Dec 2026' }),
    ).toHaveAttribute('data-overdue', 'true');
    expect(within(region).getByText('Today')).toBeInTheDocument();
    expect(within(region).getByText('Today is 22 Dec 2026.')).toBeInTheDocument();
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
  });

  it('switches between weeks and months', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<PlanTimeline items={items} titles={titles} overdue={new Set()} today="2026-12-02" />);
    expect(screen.getByText('7 Dec')).toBeInTheDocument();
    await user.click(screen.getByText('By month'));
    expect(screen.getByText('Dec 2026')).toBeInTheDocument();
    expect(screen.queryByText('7 Dec')).not.toBeInTheDocument();
  });
});
