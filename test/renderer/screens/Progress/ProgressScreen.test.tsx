import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { planStatus, type ProgressEntry } from '../../../../core';
import { renderApp } from '../../render';
import { builtPlan, profile, withPlan } from '../Plan/planFixtures';

vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

const plan = builtPlan();
const entry: ProgressEntry = { id: 'entry-1', planId: plan.id, itemId: 'item-python-course', date: '2026-12-08', hours: 3 };

describe('Progress screen', () => {
  it('points to the plan screen when no plan is active', async () => {
    await renderApp('/progress', { data: { profile } });
    expect(screen.getByRole('heading', { level: 2, name: 'Your progress' })).toBeInTheDocument();
    expect(screen.getByText(/No plan is active yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Build a plan' })).toHaveAttribute('href', '#/plan');
  });

  it('shows logged, planned-to-date and remaining hours and how far behind the person is', async () => {
    await renderApp('/progress', { data: withPlan(plan, { progress: [entry] }) });
    const status = planStatus(plan, [entry], '2026-12-10');
    if (!status.ok) throw new Error(status.error.message);
    const totals = screen.getByRole('region', { name: 'Hours so far' });
    expect(within(totals).getByRole('button', { name: '3 h' })).toBeInTheDocument();
    expect(within(totals).getByText('Planned to date')).toBeInTheDocument();
    expect(within(totals).getByText('Remaining')).toBeInTheDocument();
    expect(within(totals).getByRole('button', { name: `${status.value.remainingHours} h` })).toBeInTheDocument();
    // The standing is the plan's planned hours to date less the hours done, as every screen says it.
    expect(status.value.standing.kind).toBe('behind');
    expect(status.value.standing.hours).toBeCloseTo(status.value.plannedHoursToDate - 3, 2);
    expect(within(totals).getByText(new RegExp(`Behind schedule by ${Math.round(status.value.standing.hours * 10) / 10} h`))).toBeInTheDocument();
  });

  it('says so when the person is on schedule', async () => {
    const early = builtPlan({ startDate: '2027-01-04' });
    await renderApp('/progress', { data: withPlan(early) });
    expect(screen.getByText(/On schedule/)).toBeInTheDocument();
  });

  it('offers the chart’s figures as a table, one row per week', async () => {
    const user = userEvent.setup();
    await renderApp('/progress', { data: withPlan(plan, { progress: [entry] }) });
    // The figures render with the screen: only the drawing waits for the charting library.
    await user.click(screen.getByRole('button', { name: 'Show the figures as a table' }));
    const table = screen.getByRole('table', { name: 'Hours added up to the end of each week' });
    const status = planStatus(plan, [entry], '2026-12-10');
    if (!status.ok) throw new Error(status.error.message);
    expect(within(table).getAllByRole('row')).toHaveLength(status.value.weeks.length + 1);
    expect(within(table).getByRole('rowheader', { name: '7 Dec 2026' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /By the week of 7 Dec 2026: .* planned, 3 h logged, out of 37 h/ })).toBeInTheDocument();
  });

  it('shows readiness for the plan’s roles now and once the plan is done', async () => {
    await renderApp('/progress', { data: withPlan(plan) });
    const row = screen.getByRole('row', { name: /AI engineer/ });
    // Python 2 of 3 (importance 5), the rest 0: 10 of 33 points now; every gap closed after the plan.
    expect(within(row).getByText('30%')).toBeInTheDocument();
    expect(within(row).getByText('100%')).toBeInTheDocument();
  });

  it('logs hours from the progress screen without offering to swap or remove items', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/progress', { data: withPlan(plan) });
    expect(screen.queryByRole('button', { name: /Change course for/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /from the plan$/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log hours for Prompting Basics' }));
    const form = screen.getByRole('form', { name: 'Log hours for Prompting Basics' });
    await user.click(within(form).getByRole('textbox', { name: /Hours/ }));
    await user.paste('1');
    await user.click(within(form).getByRole('button', { name: 'Save hours' }));
    await waitFor(() => expect(fake.stored().progress).toHaveLength(1));
    expect(fake.stored().progress[0]).toMatchObject({ itemId: 'item-prompt-course', hours: 1, date: '2026-12-10' });
  });
});
