import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';
import { builtPlan, withPlan } from '../Plan/planFixtures';

// Thursday 10 December 2026; the plan began on Tuesday 1 December and nothing was logged.
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

const card = () => screen.getByRole('region', { name: 'Your week in review' });

describe('The weekly check-in', () => {
  it('looks back on last week and, the plan having slipped, shows the re-plan before anything changes', async () => {
    const user = userEvent.setup();
    const plan = builtPlan();
    const { fake } = await renderApp('/week', { data: withPlan(plan) });
    await screen.findByRole('heading', { level: 2, name: 'This week' });
    expect(within(card()).getByText(/Last week \(30 Nov 2026 to 6 Dec 2026\) you logged 0 h of the .* planned\./)).toBeInTheDocument();
    expect(within(card()).getByText(/^The plan has slipped by 8\.4 h; .* it ends on .* instead of .*\.$/)).toBeInTheDocument();
    await user.click(within(card()).getByRole('button', { name: 'See what moves' }));
    // The re-plan's body is a chunk of its own: on a busy machine it may still be on its way.
    expect(await within(card()).findByText(/^Ready date: .* → .*$/)).toBeInTheDocument();
    expect(await within(card()).findByRole('region', { name: /Items that move/ })).toBeInTheDocument();
    // Nothing is saved until the person answers.
    expect(fake.stored().plans[0]).toEqual(plan);
    expect(fake.stored().lastCheckIn).toBeNull();

    await user.click(within(card()).getByRole('button', { name: 'Accept the new dates' }));
    await waitFor(() => expect(fake.stored().lastCheckIn).toEqual({ weekStart: '2026-12-07', outcome: 'accepted' }));
    expect(fake.stored().plans[0].readyDate! > plan.readyDate!).toBe(true);
    expect(fake.stored().plans[0].items[0].start).toBe('2026-12-10');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Your week in review' })).toBeNull());
  });

  it('keeps the plan as it is when the person declines, and does not ask again this week', async () => {
    const user = userEvent.setup();
    const plan = builtPlan();
    const { fake } = await renderApp('/week', { data: withPlan(plan) });
    await user.click(await screen.findByRole('button', { name: 'Keep the plan as it is' }));
    await waitFor(() => expect(fake.stored().lastCheckIn).toEqual({ weekStart: '2026-12-07', outcome: 'declined' }));
    expect(fake.stored().plans[0]).toEqual(plan);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Your week in review' })).toBeNull());
  });

  it('offers to keep the ready date at the hours a week that would', async () => {
    const user = userEvent.setup();
    const plan = builtPlan();
    const { fake } = await renderApp('/week', { data: withPlan(plan) });
    const keep = await screen.findByRole('button', { name: /^Keep .* at .* h a week$/ });
    await user.click(keep);
    await waitFor(() => expect(fake.stored().lastCheckIn?.outcome).toBe('accepted'));
    expect(fake.stored().plans[0].inputs.weeklyHours).toBeGreaterThan(plan.inputs.weeklyHours);
    expect(fake.stored().plans[0].readyDate! <= plan.readyDate!).toBe(true);
  });

  it('is not shown once answered this week, nor in the plan’s first week', async () => {
    await renderApp('/week', { data: withPlan(builtPlan(), { lastCheckIn: { weekStart: '2026-12-07', outcome: 'declined' } }) });
    await screen.findByRole('heading', { level: 2, name: 'This week' });
    expect(screen.queryByRole('region', { name: 'Your week in review' })).toBeNull();
  });

  it('speaks French', async () => {
    const data = withPlan(builtPlan());
    await renderApp('/week', { data: { ...data, settings: { locale: 'fr', colorScheme: 'light' } } });
    const region = await screen.findByRole('region', { name: 'Le point sur votre semaine' });
    expect(within(region).getByText(/La semaine dernière \(du 30 nov\. 2026 au 6 déc\. 2026\)/)).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Accepter les nouvelles dates' })).toBeInTheDocument();
  });
});
