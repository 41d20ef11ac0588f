import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RolePicker } from '../../../../renderer/src/components/RolePicker/RolePicker';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

function Harness({ max, onChange }: { max: number; onChange?: (ids: string[]) => void }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <RolePicker
      roles={smallCatalog.roles}
      value={value}
      max={max}
      label="Target roles"
      onChange={(ids) => {
        setValue(ids);
        onChange?.(ids);
      }}
    />
  );
}

describe('RolePicker', () => {
  it('shows each role as a card with its summary and hubs, grouped by family', async () => {
    await renderWithProviders(<Harness max={3} />);
    expect(screen.getByRole('group', { name: 'Target roles' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'AI engineering',
      'Data annotation',
    ]);
    const card = screen.getByRole('checkbox', { name: 'AI engineer' });
    expect(card).toHaveAccessibleDescription('Builds products on machine learning models.');
    expect(screen.getByText('Hiring hubs: San Francisco, New York')).toBeInTheDocument();
  });

  it('toggles roles and stops at the maximum', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness max={1} onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'AI engineer' }));
    expect(onChange).toHaveBeenLastCalledWith(['ai-engineer']);
    expect(screen.getByRole('checkbox', { name: 'AI engineer' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Data annotator' })).toBeDisabled();
    expect(screen.getByText(/1 of 1 chosen\. Unselect one to choose another\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'AI engineer' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
