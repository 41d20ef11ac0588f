import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SegmentedRadios } from '../../../../renderer/src/components/SegmentedRadios/SegmentedRadios';
import { renderWithProviders } from '../../render';

const OPTIONS = [
  { value: 'planned', label: 'Planned' },
  { value: 'doing', label: 'Doing' },
  { value: 'done', label: 'Done' },
] as const;
type Status = (typeof OPTIONS)[number]['value'];

function Harness({ onChange, onPreview, disabled }: { onChange?: (value: Status) => void; onPreview?: (value: Status | null) => void; disabled?: boolean }) {
  const [value, setValue] = useState<Status>('planned');
  return (
    <SegmentedRadios
      label="Status of the course"
      options={OPTIONS}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
      onPreview={onPreview}
      disabled={disabled}
    />
  );
}

describe('SegmentedRadios', () => {
  it('is a named radio group whose checked radio is the value, marked for the contrast check', async () => {
    await renderWithProviders(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'Status of the course' });
    expect(group).toHaveAttribute('data-segmented-control');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(within(group).getByRole('radio', { name: 'Planned' })).toBeChecked();
  });

  it('changes on a click on the label and with the arrow keys, with the value of the option', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    await renderWithProviders(<Harness onChange={onChange} />);
    await user.click(screen.getByText('Done'));
    expect(onChange).toHaveBeenLastCalledWith('done');
    expect(screen.getByRole('radio', { name: 'Done' })).toBeChecked();
    screen.getByRole('radio', { name: 'Done' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('doing');
    expect(screen.getByRole('radio', { name: 'Doing' })).toBeChecked();
  });

  it('says which option the pointer is on, then that it left', async () => {
    const onPreview = vi.fn();
    await renderWithProviders(<Harness onPreview={onPreview} />);
    await userEvent.hover(screen.getByText('Doing'));
    expect(onPreview).toHaveBeenLastCalledWith('doing');
    await userEvent.unhover(screen.getByText('Doing'));
    expect(onPreview).toHaveBeenLastCalledWith(null);
  });

  it('changes nothing while disabled', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    await userEvent.click(screen.getByText('Done'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Planned' })).toBeChecked();
  });
});
