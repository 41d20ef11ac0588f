import { screen } from '@testing-library/react';
import type { Plan, PlanItem } from '../../../../core';
import { PlanItemCard } from '../../../../renderer/src/components/PlanItemCard/PlanItemCard';
import { createI18n } from '../../../../renderer/src/i18n';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';
import { builtPlan, withPlan } from '../../screens/Plan/planFixtures';

vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

const english = createI18n('en');
const plan: Plan = builtPlan();
const ownItem: PlanItem = {
  id: 'item-custom-1',
  title: 'Read “Designing ML Systems”',
  skillIds: ['machine-learning-basics'],
  start: '2027-01-12',
  end: '2027-01-20',
  hours: 8,
  status: 'planned',
};

describe('PlanItemCard', () => {
  it('shows a read-only item with its status in words and no actions', async () => {
    const item = { ...plan.items.find((candidate) => candidate.courseId === 'python-course')!, status: 'done' as const };
    await renderWithProviders(<PlanItemCard plan={plan} item={item} entries={[]} editable={false} withPlanEdits />, { data: withPlan(plan) });
    expect(screen.getByRole('heading', { level: 4, name: 'Python for Everybody' })).toBeInTheDocument();
    expect(screen.getByTestId('item-facts')).toHaveTextContent(
      `Test University · 20 h · ${english.formatDay(item.start)} → ${english.formatDay(item.end)}`,
    );
    expect(screen.getByText('Closes: Python programming (Proficient)')).toBeInTheDocument();
    expect(screen.getByText('Status: Done')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Log hours|Remove|Change course/ })).not.toBeInTheDocument();
    // The course page stays reachable: it only opens after a confirmation.
    expect(screen.getByRole('button', { name: /Open the course page/ })).toBeInTheDocument();
  });

  it('sums the hours logged from its entries when no status was computed', async () => {
    const item = plan.items.find((candidate) => candidate.courseId === 'python-course')!;
    const entries = [
      { id: 'log-1', planId: plan.id, itemId: item.id, date: '2026-12-01', hours: 1.5 },
      { id: 'log-2', planId: plan.id, itemId: item.id, date: '2026-12-02', hours: 2 },
    ];
    await renderWithProviders(<PlanItemCard plan={plan} item={item} entries={entries} editable={false} />, { data: withPlan(plan, { progress: entries }) });
    expect(screen.getByText('3.5 h of 20 h logged')).toBeInTheDocument();
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

describe('PlanItemCard for a portfolio project', () => {
  const shows = [{ skillId: 'python-programming', level: 3 as const }];
  const project = {
    id: 'project-python-tool',
    title: 'A Python tool of your own',
    provider: 'CS50P final project',
    url: 'https://cs50.harvard.edu/python/',
    hours: 60,
    hoursStated: false,
    hoursNote: 'estimate: a final project done twice over',
    cost: 'free' as const,
    languages: ['multi' as const],
    teaches: shows,
    expects: shows,
    project: {
      roleIds: ['ai-engineer'],
      title: { en: 'A Python tool of your own', fr: 'Un outil Python à vous' },
      deliverable: { en: 'A tested program in a public repository.', fr: 'Un programme testé dans un dépôt public.' },
      idea: { title: 'CS50P final project', url: 'https://cs50.harvard.edu/python/' },
    },
  };
  const catalog = { ...smallCatalog, courses: [...smallCatalog.courses, project] };
  const item: PlanItem = {
    id: 'item-project-python-tool',
    courseId: project.id,
    skillIds: [],
    start: '2027-02-01',
    end: '2027-03-12',
    hours: 60,
    status: 'planned',
    why: { closes: [], prepares: [], pinned: false, shows },
  };
  const withProject = { ...plan, items: [...plan.items, item] };

  it('says it is a portfolio project, what to produce, what it shows and where the idea comes from', async () => {
    await renderWithProviders(<PlanItemCard plan={withProject} item={item} entries={[]} editable={false} />, { data: withPlan(withProject), catalog });
    expect(screen.getByRole('heading', { level: 4, name: 'A Python tool of your own' })).toBeInTheDocument();
    expect(screen.getByText(/^Portfolio project · idea: CS50P final project ·/)).toBeInTheDocument();
    expect(screen.getByTestId('item-deliverable')).toHaveTextContent('A tested program in a public repository.');
    expect(screen.getByText('Shows an employer: Python programming (Proficient)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Open where the idea comes from/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Open the course page/ })).not.toBeInTheDocument();
  });

  it('can be removed from an editable plan but offers no course to swap it for', async () => {
    await renderWithProviders(<PlanItemCard plan={withProject} item={item} entries={[]} editable withPlanEdits />, { data: withPlan(withProject), catalog });
    expect(screen.getByRole('button', { name: 'Remove A Python tool of your own from the plan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change course/ })).not.toBeInTheDocument();
  });

  it('is named and described in French in the French app', async () => {
    const data = withPlan(withProject);
    await renderWithProviders(<PlanItemCard plan={withProject} item={item} entries={[]} editable={false} />, {
      data: { ...data, settings: { colorScheme: 'light', ...data.settings, locale: 'fr' } },
      catalog,
    });
    expect(screen.getByRole('heading', { level: 4, name: 'Un outil Python à vous' })).toBeInTheDocument();
    expect(screen.getByText(/^Projet de portfolio · idée : CS50P final project ·/)).toBeInTheDocument();
    expect(screen.getByTestId('item-deliverable')).toHaveTextContent('Un programme testé dans un dépôt public.');
    expect(screen.getByText(/^Montre à un employeur : /)).toBeInTheDocument();
  });
});

describe('PlanItemCard and the advice', () => {
  it('says why the planner chose the item, naming skills, levels and the course it prepares for', async () => {
    const python = plan.items.find((item) => item.courseId === 'python-course')!;
    expect(python.why).toBeDefined();
    await renderWithProviders(<PlanItemCard plan={plan} item={python} entries={[]} editable={false} />, { data: withPlan(plan) });
    const why = screen.getByTestId('item-why');
    expect(why).toHaveTextContent('Closes: Python programming (Proficient)');
    expect(why).not.toHaveTextContent('Prepares for');
    // Hours the provider states are shown as they are.
    expect(screen.getByTestId('item-facts')).toHaveTextContent(/^Test University · 20 h · /);
    expect(screen.queryByTestId('item-hours')).toBeNull();
  });

  it('says which later course an item prepares for', async () => {
    const item: PlanItem = {
      ...plan.items[0],
      why: { closes: [], prepares: [{ skillId: 'python-programming', level: 2, forCourseId: 'ml-course' }], pinned: true },
    };
    await renderWithProviders(<PlanItemCard plan={plan} item={item} entries={[]} editable={false} />, { data: withPlan(plan) });
    expect(screen.getByTestId('item-why')).toHaveTextContent('Prepares for: ML Crash Course');
    expect(screen.getByTestId('item-why')).toHaveTextContent('You chose this course.');
  });

  it('marks estimated hours as an estimate and says where the figure comes from', async () => {
    const prompting = plan.items.find((item) => item.courseId === 'prompt-course')!;
    await renderWithProviders(<PlanItemCard plan={plan} item={prompting} entries={[]} editable={false} />, { data: withPlan(plan) });
    const hours = screen.getByTestId('item-hours');
    expect(hours).toHaveTextContent('≈ 2 h, estimate');
    expect(hours).toHaveAttribute('title', 'The provider does not state the hours: this figure is our estimate.');
  });
});
