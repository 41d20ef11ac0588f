import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OccupationSearchField } from '../../../../renderer/src/components/OccupationSearchField/OccupationSearchField';
import { provideOccupations } from '../../../../renderer/src/data/useOccupations';
import { loadedOccupations, testOccupation } from '../../occupationFixtures';
import { renderWithProviders } from '../../render';

// jsdom has no layout: Mantine hides the dropdown (display: none) but still renders its options.
const visibleOrNot = { hidden: true } as const;

const occupations = [
  testOccupation('15-1232.00', 'Computer User Support Specialists', 'Technicien support/technicienne support', { alternateTitles: ['Help Desk Technician'] }),
  testOccupation('15-1231.00', 'Computer Network Support Specialists', 'Technicien réseau/technicienne réseau', { alternateTitles: ['Network Support Technician'] }),
];

beforeEach(() => provideOccupations(loadedOccupations(occupations)));
afterEach(() => provideOccupations(null));

const field = (props: Partial<Parameters<typeof OccupationSearchField>[0]> = {}) => (
  <OccupationSearchField label="Which job?" description="Any title" placeholder="A title" onPick={() => undefined} {...props} />
);

describe('OccupationSearchField', () => {
  it('hands over the occupation picked and the title it was found by, then clears the search', async () => {
    const onPick = vi.fn();
    await renderWithProviders(field({ onPick }));
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Which job?' });
    await user.type(input, 'help desk');
    const option = await screen.findByRole('option', { name: /Computer User Support Specialists/, ...visibleOrNot });
    expect(option).toHaveTextContent('found as “Help Desk Technician”');
    await user.click(option);
    expect(onPick).toHaveBeenCalledWith(occupations[0], 'Help Desk Technician');
    expect(input).toHaveValue('');
  });

  it('leaves out the occupations it is told to', async () => {
    await renderWithProviders(field({ exclude: new Set(['15-1232.00']) }));
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Which job?' }), 'support specialists');
    expect(await screen.findByRole('option', { name: /Computer Network Support Specialists/, ...visibleOrNot })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Computer User Support Specialists/, ...visibleOrNot })).not.toBeInTheDocument();
  });

  it('names a load failure and takes no typing then', async () => {
    provideOccupations(Promise.reject(new Error('disk unreadable')));
    await renderWithProviders(field());
    expect(await screen.findByText('The occupations could not be loaded (disk unreadable).')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Which job?' })).toBeDisabled();
  });
});
