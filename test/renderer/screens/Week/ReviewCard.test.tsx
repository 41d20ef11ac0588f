import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../../../core';
import { renderApp } from '../../render';
import { builtPlan, withPlan } from '../Plan/planFixtures';

// Thursday 10 December 2026: 17 days after Prompting Basics was last studied.
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

function finishedPrompting(): { plan: Plan; progress: { id: string; planId: string; itemId: string; date: string; hours: number }[] } {
  const built = builtPlan();
  const plan = { ...built, items: built.items.map((item, index) => (index === 0 ? { ...item, status: 'done' as const } : item)) };
  return { plan, progress: [{ id: 'log-1', planId: plan.id, itemId: plan.items[0].id, date: '2026-11-23', hours: 2 }] };
}

const answered = { lastCheckIn: { weekStart: '2026-12-07', outcome: 'on-track' as const } };

describe('The review of a finished item', () => {
  it('asks two weeks after, re-rates what the item taught, dated today, and is not asked again', async () => {
    const user = userEvent.setup();
    const { plan, progress } = finishedPrompting();
    const { fake } = await renderApp('/week', { data: withPlan(plan, { progress, ...answered }) });
    const card = await screen.findByRole('region', { name: 'Review: Prompting Basics' });
    expect(within(card).getByText(/You finished Prompting Basics 2 weeks ago \(23 Nov 2026\)\./)).toBeInTheDocument();
    const group = within(card).getByRole('radiogroup', { name: /^Level for / });
    await user.click(within(group).getByText('Working'));
    await user.click(within(card).getByRole('button', { name: 'Save my review' }));
    await waitFor(() => expect(fake.stored().reviews).toEqual([{ planId: plan.id, itemId: plan.items[0].id, weeks: 2, date: '2026-12-10' }]));
    await waitFor(() => expect(fake.stored().ratingHistory).toEqual([{ skillId: plan.items[0].skillIds[0], level: 2, date: '2026-12-10' }]));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Review: Prompting Basics' })).toBeNull());
  });

  it('can be skipped: recorded, nothing re-rated', async () => {
    const user = userEvent.setup();
    const { plan, progress } = finishedPrompting();
    const { fake } = await renderApp('/week', { data: withPlan(plan, { progress, ...answered }) });
    await user.click(await screen.findByRole('button', { name: 'Skip this review' }));
    await waitFor(() => expect(fake.stored().reviews).toHaveLength(1));
    expect(fake.stored().ratingHistory).toEqual([]);
  });

  it('speaks French', async () => {
    const { plan, progress } = finishedPrompting();
    const data = withPlan(plan, { progress, ...answered });
    await renderApp('/week', { data: { ...data, settings: { locale: 'fr', colorScheme: 'light' } } });
    const card = await screen.findByRole('region', { name: 'Révision : Prompting Basics' });
    expect(within(card).getByRole('button', { name: 'Enregistrer ma révision' })).toBeInTheDocument();
  });
});
