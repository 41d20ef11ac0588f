import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DateField, type DateFieldProps } from '../../../../renderer/src/components/DateField/DateField';
import { renderWithProviders } from '../../render';
import { dateField, pickDate } from './pickDate';

const french = { data: { settings: { locale: 'fr' as const, colorScheme: 'light' as const } } };

/** A field that keeps its value, and shows it, so tests see what onChange gave. */
function Controlled({ initial, onChange, ...props }: Omit<DateFieldProps, 'value' | 'onChange'> & { initial: string; onChange?: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        {...props}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
      />
      <output data-testid="value">{value === '' ? 'empty' : value}</output>
    </>
  );
}

/** The calendar of a field already opened. */
async function calendarOf(field: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const calendar = document.getElementById(field.getAttribute('aria-controls') ?? '');
    if (!calendar) throw new Error('no calendar');
    return calendar;
  });
}

describe('DateField', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the day in the app language, not the system one', async () => {
    // A German system: a native date input would show 24.11.2026 whatever the app's language.
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    const english = await renderWithProviders(<Controlled label="Start date" initial="2026-11-24" />);
    expect(dateField('Start date')).toHaveTextContent('24 Nov 2026');
    english.unmount();
    await renderWithProviders(<Controlled label="Start date" initial="2026-11-24" />, french);
    expect(dateField('Start date')).toHaveTextContent('24 nov. 2026');
    // A screen reader hears the day with the label, not the label alone.
    expect(dateField('Start date')).toHaveAccessibleName('Start date 24 nov. 2026');
  });

  it('picks a day on a calendar labelled in French and hands back yyyy-MM-dd', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    await renderWithProviders(<Controlled label="Date cible" initial="2026-11-24" onChange={onChange} />, french);
    const field = dateField('Date cible');
    await user.click(field);
    const calendar = await calendarOf(field);
    expect(within(calendar).getByRole('button', { name: 'Mois suivant', hidden: true })).toBeInTheDocument();
    expect(within(calendar).getByRole('button', { name: 'novembre 2026', hidden: true })).toBeInTheDocument();
    await pickDate(user, field, '2027-06-30', '30 juin 2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-06-30');
    expect(field).toHaveTextContent('30 juin 2027');
  });

  it('keeps days outside minDate and maxDate out of reach', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Controlled label="Day" initial="2026-12-10" minDate="2026-12-05" maxDate="2026-12-12" />);
    const field = dateField('Day');
    await user.click(field);
    const calendar = await calendarOf(field);
    const day = (name: string) => within(calendar).getByRole('button', { name, hidden: true });
    expect(day('4 December 2026')).toBeDisabled();
    expect(day('5 December 2026')).toBeEnabled();
    expect(day('12 December 2026')).toBeEnabled();
    expect(day('13 December 2026')).toBeDisabled();
    await user.click(day('13 December 2026'));
    expect(screen.getByTestId('value')).toHaveTextContent('2026-12-10');
  });

  it('can be emptied when clearable, with a named clear button', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Controlled label="Target date" initial="2027-03-01" clearable />);
    await user.click(screen.getByRole('button', { name: 'Clear Target date' }));
    expect(screen.getByTestId('value')).toHaveTextContent('empty');
    expect(dateField('Target date')).toHaveTextContent('Pick a date');
    expect(dateField('Target date')).toHaveAccessibleName('Target date Pick a date');
    expect(screen.queryByRole('button', { name: 'Clear Target date' })).not.toBeInTheDocument();
  });

  it('is marked required and shows its error as the field description', async () => {
    await renderWithProviders(<Controlled label="Start date" initial="" required error="Choose a start date." />);
    const field = dateField(/Start date/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Choose a start date\./);
    expect(screen.queryByRole('button', { name: /Clear/ })).not.toBeInTheDocument();
  });

  it('works from the keyboard: Enter opens on the chosen day, arrows move, Enter picks', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Controlled label="Start date" initial="2026-11-24" />);
    const field = dateField('Start date');
    field.focus();
    await user.keyboard('{Enter}');
    const calendar = await calendarOf(field);
    await waitFor(() => expect(document.activeElement).toBe(within(calendar).getByRole('button', { name: '24 November 2026', hidden: true })));
    await user.keyboard('{ArrowLeft}{ArrowUp}{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent('2026-11-16');
    expect(field).toHaveTextContent('16 Nov 2026');
    // The calendar closes and the person is back on the field, not lost at the top of the page.
    await waitFor(() => expect(field).toHaveFocus());
  });
});
