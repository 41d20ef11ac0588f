import { screen, within } from '@testing-library/react';
import type { Plan, Replanned } from '../../../../core';
import { ReplanPreview } from '../../../../renderer/src/components/ReplanPreview/ReplanPreview';
import { renderWithProviders } from '../../render';

const plan = {} as Plan;
const titles = new Map([['item-a', 'Course A']]);

describe('ReplanPreview', () => {
  it('lists what moves, the new ready date and the hours that would keep the old one', async () => {
    const replanned: Replanned = {
      plan,
      moved: [{ itemId: 'item-a', oldStart: '2026-12-01', oldEnd: '2026-12-05', newStart: '2026-12-10', newEnd: '2026-12-14' }],
      oldReadyDate: '2027-01-12',
      newReadyDate: '2027-01-21',
      weeklyHoursToKeepOldReadyDate: 8,
    };
    await renderWithProviders(<ReplanPreview replanned={replanned} titles={titles} />);
    expect(screen.getByText('Ready date: 12 Jan 2027 → 21 Jan 2027')).toBeInTheDocument();
    expect(screen.getByText('To keep 12 Jan 2027, you would need 8 h a week.')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Course A/ });
    expect(within(row).getByText('1 Dec 2026 → 5 Dec 2026')).toBeInTheDocument();
    expect(within(row).getByText('10 Dec 2026 → 14 Dec 2026')).toBeInTheDocument();
  });

  it('says when nothing moves and the date stays', async () => {
    const replanned: Replanned = { plan, moved: [], oldReadyDate: '2027-01-12', newReadyDate: '2027-01-12', weeklyHoursToKeepOldReadyDate: 6 };
    await renderWithProviders(<ReplanPreview replanned={replanned} titles={titles} />);
    expect(screen.getByText('Ready date stays 12 Jan 2027')).toBeInTheDocument();
    expect(screen.getByText(/Nothing moves/)).toBeInTheDocument();
    expect(screen.queryByText(/To keep/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
