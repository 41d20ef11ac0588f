import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';
import { builtPlan, withPlan } from './planFixtures';

vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

const current = builtPlan();
const older = { ...builtPlan({ weeklyHours: 3 }), id: 'plan-older', name: 'Plan of 2 Nov 2026 — AI engineer', createdAt: '2026-11-02T09:00:00.000Z' };

describe('Several plans', () => {
  it('lists saved plans, shows an older one read-only and can make it active', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(current, { plans: [older, current] }) });
    const picker = screen.getByRole('combobox', { name: 'Saved plans' });
    expect(picker).toHaveValue('Plan of 24 Nov 2026 — AI engineer (active)');

    window.location.hash = '#/plan/plan-older';
    expect(await screen.findByText(/You are reading a plan that is not the one you follow/)).toBeInTheDocument();
    expect(screen.getAllByText('Status: Planned').length).toBe(3);
    expect(screen.queryByRole('button', { name: /Log hours for/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make this the active plan' }));
    await waitFor(() => expect(fake.stored().activePlanId).toBe('plan-older'));
    expect(await screen.findByRole('button', { name: 'Log hours for Python for Everybody' })).toBeInTheDocument();
  });

  it('deletes a plan after asking, then Undo brings it back as the active plan', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(current) });
    await user.click(screen.getByRole('button', { name: 'Delete this plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this plan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(fake.stored().plans).toEqual([]));
    expect(fake.stored().activePlanId).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Build a plan' })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.stored().activePlanId).toBe(current.id));
    expect(fake.stored().plans).toEqual([current]);
  });

  it('opens the builder for a new plan and can go back to the active one', async () => {
    const user = userEvent.setup();
    await renderApp('/plan', { data: withPlan(current) });
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    expect(await screen.findByRole('heading', { name: 'Build a plan' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('region', { name: 'Summary' })).toBeInTheDocument();
  });

  it('opens the builder with the roles in the address even when a plan is active', async () => {
    await renderApp('/plan?roles=ai-engineer', { data: withPlan(current) });
    expect(await screen.findByRole('heading', { name: 'Build a plan' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument();
  });

  it('switches to the timeline, where each bar is named with its title and dates', async () => {
    const user = userEvent.setup();
    await renderApp('/plan', { data: withPlan(current) });
    await user.click(screen.getByText('Timeline'));
    const region = screen.getByRole('region', { name: 'Plan timeline' });
    expect(within(region).getByRole('img', { name: 'Python for Everybody: 2 Dec 2026 to 25 Dec 2026, Planned.' })).toBeInTheDocument();
    expect(
      within(region).getByRole('img', { name: 'Prompting Basics: 1 Dec 2026 to 2 Dec 2026, Planned. Overdue since 2 Dec 2026' }),
    ).toBeInTheDocument();
    expect(within(region).getByText('Today is 10 Dec 2026.')).toBeInTheDocument();
  });
});
