import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';
import { builtPlan, profile, withPlan } from '../Plan/planFixtures';

// Thursday 10 December 2026. 6 h a week over Monday-Friday is 72 minutes a study day.
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

function figures() {
  const region = screen.getByRole('region', { name: 'This week in hours' });
  const value = (label: string) => within(region).getByText(label).nextElementSibling?.textContent;
  return { planned: value('Planned this week'), done: value('Done'), left: value('Left this week') };
}

describe('This week', () => {
  it('is the home screen once a plan is active, with tonight’s session, the rest of the week and the next course', async () => {
    const plan = builtPlan();
    await renderApp('/', { data: withPlan(plan) });
    expect(await screen.findByRole('heading', { level: 2, name: 'This week' })).toBeInTheDocument();
    expect(screen.getByText('7 Dec 2026 to 13 Dec 2026')).toBeInTheDocument();
    const today = screen.getByRole('region', { name: 'Today, Thursday 10 Dec' });
    // The plan begins with the 2-hour prompting course: 72 minutes tonight, the rest tomorrow.
    expect(within(today).getByText('1.2 h of Prompting Basics')).toBeInTheDocument();
    expect(within(today).getByText('Next in your plan: Prompting Basics')).toBeInTheDocument();
    expect(within(today).getByRole('button', { name: /Open the course/ })).toBeInTheDocument();
    const later = screen.getByRole('region', { name: 'Later this week' });
    expect(within(later).getAllByText('Friday 11 Dec')).toHaveLength(2);
    expect(within(later).getByText('0.8 h of Prompting Basics')).toBeInTheDocument();
    expect(within(later).getByText('0.4 h of Python for Everybody')).toBeInTheDocument();
    expect(figures()).toEqual({ planned: '2.4 h', done: '0 h', left: '2.4 h' });
  });

  it('logs tonight’s session in one step, dated today, and counts it as done', async () => {
    const user = userEvent.setup();
    const plan = builtPlan();
    const { fake } = await renderApp('/week', { data: withPlan(plan) });
    await user.click(await screen.findByRole('button', { name: 'Done: log 1.2 h on Prompting Basics' }));
    await screen.findByText('Today’s share is done. Well done.');
    expect(fake.stored().progress).toEqual([expect.objectContaining({ planId: plan.id, itemId: plan.items[0].id, date: '2026-12-10', hours: 1.2 })]);
    const logged = screen.getByRole('region', { name: 'Logged this week' });
    expect(within(logged).getByText('1.2 h of Prompting Basics')).toBeInTheDocument();
    expect(figures()).toEqual({ planned: '2.4 h', done: '1.2 h', left: '1.2 h' });
    // The plan began on Tuesday 1 December with nothing logged: seven study days of 1.2 h were due
    // by yesterday, and tonight's session takes 1.2 h off the 8.4 h it was behind.
    expect(within(screen.getByRole('region', { name: 'This week in hours' })).getByText(/Behind schedule by 7\.2 h/)).toBeInTheDocument();
  });

  it('logs part of a session with the hours the person gives', async () => {
    const user = userEvent.setup();
    const plan = builtPlan();
    const { fake } = await renderApp('/week', { data: withPlan(plan) });
    await user.click(await screen.findByRole('button', { name: 'Partly: log the hours you did on Prompting Basics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log hours on Prompting Basics' });
    // Pasted, as a person would type it in one go (the field formats as it goes: "0.5 h").
    await user.click(within(dialog).getByRole('textbox', { name: 'Hours' }));
    await user.paste('0.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save hours' }));
    await waitFor(() => expect(fake.stored().progress.map(({ date, hours }) => ({ date, hours }))).toEqual([{ date: '2026-12-10', hours: 0.5 }]));
    // Today's share less the half hour logged is still to do.
    await waitFor(() => expect(figures()).toEqual({ planned: '2.4 h', done: '0.5 h', left: '1.9 h' }));
  });

  it('moves tonight to the next study days when the person says not today, and takes that back', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/week', { data: withPlan(builtPlan()) });
    await user.click(await screen.findByRole('button', { name: 'Not today: move Prompting Basics to your next study day' }));
    expect(screen.getByText('Today is off. Its share moves to your next study days.')).toBeInTheDocument();
    expect(figures()).toEqual({ planned: '1.2 h', done: '0 h', left: '1.2 h' });
    expect(fake.stored().progress).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Study today after all' }));
    expect(figures()).toEqual({ planned: '2.4 h', done: '0 h', left: '2.4 h' });
  });

  it('speaks French', async () => {
    await renderApp('/week', { data: { ...withPlan(builtPlan()), settings: { locale: 'fr', colorScheme: 'light' } } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Cette semaine' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Aujourd’hui, jeudi 10 déc.' })).toBeInTheDocument();
    expect(screen.getByText('du 7 déc. 2026 au 13 déc. 2026')).toBeInTheDocument();
  });

  it('leads on once every item is done: to the role’s readiness and to the next plan', async () => {
    const plan = builtPlan();
    const finished = { ...plan, items: plan.items.map((item) => ({ ...item, status: 'done' as const })) };
    await renderApp('/week', { data: withPlan(finished) });
    expect(await screen.findByText('Every item of the plan is done or skipped.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See how ready you are for AI engineer' })).toHaveAttribute('href', '#/roles/ai-engineer');
    expect(screen.getByRole('link', { name: /^Plan what comes next/ })).toHaveAttribute('href', '#/plan?roles=ai-engineer');
  });

  it('leads to the plan builder when there is no plan, and the home stays the profile', async () => {
    const home = await renderApp('/', { data: { profile } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Your profile' })).toBeInTheDocument();
    home.unmount();
    await renderApp('/week', { data: { profile } });
    expect(await screen.findByText(/No active plan yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Build a plan' })).toHaveAttribute('href', '#/plan');
  });
});
