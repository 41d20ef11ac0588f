import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FiguresTable } from '../../../../renderer/src/components/FiguresTable/FiguresTable';
import { renderWithProviders } from '../../render';

const props = {
  caption: 'Hours week by week',
  showLabel: 'Show the figures as a table',
  hideLabel: 'Hide the table',
  columns: ['Week', 'Planned', 'Logged'],
  rows: [
    { key: 'w1', header: '4 Jan 2027', cells: ['6 h', '5 h'] },
    { key: 'w2', header: '11 Jan 2027', cells: ['12 h', '12 h'] },
  ],
};

describe('FiguresTable', () => {
  it('keeps the table hidden until asked for, then shows a row header and cells per row', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<FiguresTable {...props} />);
    const toggle = screen.getByRole('button', { name: 'Show the figures as a table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: 'Hours week by week' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Week', 'Planned', 'Logged']);
    expect(within(table).getByRole('rowheader', { name: '11 Jan 2027' })).toBeInTheDocument();
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['6 h', '5 h', '12 h', '12 h']);
  });
});
