import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';
import { builtPlan, withPlan } from '../Plan/planFixtures';

// Thursday 10 December 2026.
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

describe('Finishing an item from the week screen', () => {
  it('asks whether an item whose hours are all logged is finished, closes it and offers the levels it taught, dated today', async () => {
    const user = userEvent.setup();
    const plan = builtPlan();
    const prompt = plan.items[0];
    const progress = [{ id: 'log-1', planId: plan.id, itemId: prompt.id, date: '2026-12-09', hours: prompt.hours }];
    const { fake } = await renderApp('/week', { data: withPlan(plan, { progress, lastCheckIn: { weekStart: '2026-12-07', outcome: 'on-track' } }) });
    const region = await screen.findByRole('region', { name: 'Finished?' });
    expect(within(region).getByText('All 2 h of Prompting Basics are logged.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Mark Prompting Basics as done' }));
    const offer = await screen.findByRole('dialog', { name: 'Raise your skill levels?' });
    await user.click(within(offer).getByRole('button', { name: 'Raise my levels' }));
    await waitFor(() => expect(fake.stored().ratingHistory.length).toBeGreaterThan(0));
    expect(fake.stored().plans[0].items[0].status).toBe('done');
    expect(fake.stored().ratingHistory.every((event) => event.date === '2026-12-10')).toBe(true);
    const raised = fake.stored().profile?.skills.filter((rating) => rating.ratedOn === '2026-12-10') ?? [];
    expect(raised.map((rating) => rating.skillId).sort()).toEqual(fake.stored().ratingHistory.map((event) => event.skillId).sort());
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Finished?' })).toBeNull());
  });

  it('asks nothing while an item still has hours to log', async () => {
    await renderApp('/week', { data: withPlan(builtPlan(), { lastCheckIn: { weekStart: '2026-12-07', outcome: 'on-track' } }) });
    await screen.findByRole('heading', { level: 2, name: 'This week' });
    expect(screen.queryByRole('region', { name: 'Finished?' })).toBeNull();
  });
});
