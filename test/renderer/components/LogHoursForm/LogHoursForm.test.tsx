import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LogHoursForm, logProblems } from '../../../../renderer/src/components/LogHoursForm/LogHoursForm';
import { renderWithProviders } from '../../render';
import { pickDateByLabel } from '../DateField/pickDate';

describe('logProblems', () => {
  it('accepts more than 0 and up to 24 hours on a real day up to today', () => {
    expect(logProblems('2026-12-10', 0.25, '2026-12-10')).toEqual({});
    expect(logProblems('2026-01-31', 24, '2026-12-10')).toEqual({});
  });

  it('names what is wrong', () => {
    expect(logProblems('2026-12-10', 0, '2026-12-10').hours).toBe('logHours.problem.positive');
    expect(logProblems('2026-12-10', '', '2026-12-10').hours).toBe('logHours.problem.positive');
    expect(logProblems('2026-12-10', 24.5, '2026-12-10').hours).toBe('logHours.problem.tooMany');
    expect(logProblems('2026-12-11', 1, '2026-12-10').date).toBe('logHours.problem.future');
    expect(logProblems('2026-02-30', 1, '2026-12-10').date).toBe('logHours.problem.date');
    expect(logProblems('', 1, '2026-12-10').date).toBe('logHours.problem.date');
  });
});

describe('LogHoursForm', () => {
  it('submits the day, hours and trimmed note, then clears the hours', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => true);
    const onClose = vi.fn();
    await renderWithProviders(<LogHoursForm itemTitle="Deep dive" today="2026-12-10" onSubmit={onSubmit} onClose={onClose} />);
    await pickDateByLabel(user, /Day/, '2026-12-09', '9 December 2026');
    await user.click(screen.getByRole('textbox', { name: /Hours/ }));
    await user.paste('1.5');
    await user.type(screen.getByRole('textbox', { name: /Note/ }), '  read chapter 2 ');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    expect(onSubmit).toHaveBeenCalledWith({ date: '2026-12-09', hours: 1.5, note: 'read chapter 2' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Hours/ })).toHaveValue(''));
    // Saved: the form closes itself.
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps what was typed when saving fails', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    await renderWithProviders(<LogHoursForm itemTitle="Deep dive" today="2026-12-10" onSubmit={async () => false} onClose={onClose} />);
    await user.click(screen.getByRole('textbox', { name: /Hours/ }));
    await user.paste('2');
    await user.click(screen.getByRole('button', { name: 'Save hours' }));
    expect(screen.getByRole('textbox', { name: /Hours/ })).toHaveValue('2 h');
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
