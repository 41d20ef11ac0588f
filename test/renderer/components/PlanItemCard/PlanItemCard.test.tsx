import { screen } from '@testing-library/react';
import type { Plan, PlanItem } from '../../../../core';
import { PlanItemCard } from '../../../../renderer/src/components/PlanItemCard/PlanItemCard';
import { renderWithProviders } from '../../render';
import { builtPlan, withPlan } from '../../screens/Plan/planFixtures';

vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

const plan: Plan = builtPlan();
const ownItem: PlanItem = {
  id: 'item-custom-1',
  title: 'Read “Designing ML Systems”',
  skillIds: ['machine-learning-basics'],
  start: '2027-01-12',
  end: '2027-01-20',
  hours: 8,
  status: 'planned',
  hoursLogged: 0,
};

describe('PlanItemCard', () => {
  it('shows a read-only item with its status in words and no actions', async () => {
    const item = { ...plan.items[1], status: 'done' as const };
    await renderWithProviders(<PlanItemCard plan={plan} item={item} entries={[]} editable={false} withPlanEdits />, { data: withPlan(plan) });
    expect(screen.getByRole('heading', { level: 4, name: 'Python for Everybody' })).toBeInTheDocument();
    expect(screen.getByText('Test University · 20 h · 2 Dec 2026 → 25 Dec 2026')).toBeInTheDocument();
    expect(screen.getByText('Skills: Python programming')).toBeInTheDocument();
    expect(screen.getByText('Status: Done')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Log hours|Remove|Change course/ })).not.toBeInTheDocument();
    // The course page stays reachable: it only opens after a confirmation.
    expect(screen.getByRole('button', { name: /Open the course page/ })).toBeInTheDocument();
  });

  it('names the person’s own item and offers no course page or swap for it', async () => {
    const withOwn = { ...plan, items: [...plan.items, ownItem] };
    await renderWithProviders(<PlanItemCard plan={withOwn} item={ownItem} entries={[]} editable withPlanEdits />, { data: withPlan(withOwn) });
    expect(screen.getByRole('heading', { level: 4, name: 'Read “Designing ML Systems”' })).toBeInTheDocument();
    expect(screen.getByText(/^Your own item · 8 h/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Open the course page/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change course/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Read “Designing ML Systems” from the plan' })).toBeInTheDocument();
  });
});
