import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MAX_WEEKLY_HOURS } from '../../../../core';
import { WeeklyHoursInput } from '../../../../renderer/src/components/WeeklyHoursInput/WeeklyHoursInput';
import { renderWithProviders } from '../../render';

function Harness({ initial, onChange }: { initial: number; onChange: (hours: number) => void }) {
  const [hours, setHours] = useState(initial);
  return (
    <WeeklyHoursInput
      label="Hours a week"
      value={hours}
      onChange={(next) => {
        setHours(next);
        onChange(next);
      }}
    />
  );
}

describe('WeeklyHoursInput', () => {
  it('shows the hours with their unit, and an empty field for NaN', async () => {
    await renderWithProviders(<Harness initial={6} onChange={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Hours a week' })).toHaveValue('6 h');
  });

  it('gives half hours as typed, and NaN once the field is emptied', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness initial={Number.NaN} onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: 'Hours a week' });
    expect(field).toHaveValue('');
    await userEvent.click(field);
    await userEvent.paste('7.5');
    expect(onChange).toHaveBeenLastCalledWith(7.5);
    await userEvent.clear(field);
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
  });

  it('keeps a value past the maximum as typed, for the form to explain', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness initial={Number.NaN} onChange={onChange} />);
    const field = screen.getByRole('textbox', { name: 'Hours a week' });
    await userEvent.type(field, String(MAX_WEEKLY_HOURS + 10));
    await userEvent.tab();
    expect(onChange).toHaveBeenLastCalledWith(MAX_WEEKLY_HOURS + 10);
    expect(field).toHaveValue(`${MAX_WEEKLY_HOURS + 10} h`);
  });
});
