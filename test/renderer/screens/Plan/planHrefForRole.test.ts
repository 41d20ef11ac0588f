import { planHrefForRole } from '../../../../renderer/src/screens/Plan/planHrefForRole';
import { builtPlan } from './planFixtures';

const base = builtPlan();
const plan = (id: string, targetRoleIds: string[], createdAt: string) => ({ ...base, id, targetRoleIds, createdAt });

describe('planHrefForRole', () => {
  it('opens the builder with the role chosen when no plan targets it', () => {
    expect(planHrefForRole([plan('p1', ['data-annotator'], '2026-11-01T00:00:00.000Z')], 'p1', 'ai-engineer')).toBe(
      '#/plan/new?roles=ai-engineer',
    );
    expect(planHrefForRole([], null, 'ai engineer/x')).toBe('#/plan/new?roles=ai%20engineer%2Fx');
  });

  it('opens the active plan when it targets the role, else the newest plan that does', () => {
    const older = plan('older', ['ai-engineer'], '2026-10-01T00:00:00.000Z');
    const newer = plan('newer', ['ai-engineer', 'ai-consultant'], '2026-11-01T00:00:00.000Z');
    const other = plan('other', ['data-annotator'], '2026-12-01T00:00:00.000Z');
    expect(planHrefForRole([older, newer, other], 'older', 'ai-engineer')).toBe('#/plan/older');
    expect(planHrefForRole([older, newer, other], 'other', 'ai-engineer')).toBe('#/plan/newer');
    expect(planHrefForRole([newer, older], null, 'ai-consultant')).toBe('#/plan/newer');
  });
});
