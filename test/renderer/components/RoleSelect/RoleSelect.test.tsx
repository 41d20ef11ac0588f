import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RoleSelect } from '../../../../renderer/src/components/RoleSelect/RoleSelect';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

function Harness({ max, initial = [], onChange }: { max: number; initial?: string[]; onChange?: (ids: string[]) => void }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <RoleSelect
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

describe('RoleSelect', () => {
  it('finds a role by typing and adds it', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness max={5} onChange={onChange} />);
    expect(screen.getByText('Up to 5 roles. Type to search.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Target roles' }), 'annot');
    // jsdom has no layout, so the popover hides its dropdown; the options are still there.
    await userEvent.click(await screen.findByRole('option', { name: 'Data annotator', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith(['data-annotator']);
  });

  it('shows the chosen roles and takes no more than the maximum', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness max={1} initial={['ai-engineer']} onChange={onChange} />);
    expect(screen.getByText('AI engineer')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Target roles' }), 'annot');
    await userEvent.click(await screen.findByRole('option', { name: 'Data annotator', hidden: true }));
    expect(onChange).not.toHaveBeenCalled();
  });
});
