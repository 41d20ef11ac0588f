import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { renderApp } from '../../render';
import { supportProfile, unratedProfile } from './fixtures';

// Ratings are dated with the app's today (renderer/src/data/today.ts).
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

type FakeBridge = Awaited<ReturnType<typeof renderApp>>['fake'];
const savedProfiles = (fake: FakeBridge) =>
  (fake.bridge['profile:save'] as unknown as { mock: { calls: [Profile][] } }).mock.calls.map(([saved]) => saved);

const readiness = () => screen.getAllByTestId('readiness-percent')[0].textContent;
const gapRow = (skillId: string) => within(screen.getByTestId('gap-table')).getAllByRole('row').find((row) => row.dataset.skillId === skillId)!;
const gapSkillOrder = () =>
  within(screen.getByTestId('gap-table'))
    .getAllByRole('row')
    .map((row) => row.dataset.skillId)
    .filter(Boolean);
const radarRows = () =>
  within(screen.getByTestId('fit-radar-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('Role detail', () => {
  it('shows the role with readiness, summary, family and a link to plan for it', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile } });
    expect(screen.getByRole('heading', { level: 2, name: 'AI engineer' })).toBeInTheDocument();
    expect(screen.getByText('Builds products on machine learning models.')).toBeInTheDocument();
    expect(screen.getByText('AI engineering')).toBeInTheDocument();
    expect(readiness()).toBe('39%');
    expect(screen.getByRole('link', { name: 'Plan for this role' })).toHaveAttribute('href', '#/plan/new?roles=ai-engineer');
    expect(screen.getByRole('link', { name: /All roles/ })).toHaveAttribute('href', '#/roles');
  });

  it('keeps readiness, the French hours line and the plan link in a column of their own beside the title', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile, settings: { locale: 'fr', colorScheme: 'light' } } });
    const header = screen.getByTestId('role-header');
    const side = within(header).getByTestId('role-header-side');
    // The column has a set width of its own (Roles.module.css) so this sentence wraps inside it.
    expect(side).toHaveClass('headerSide');
    expect(within(side).getByText(/h de cours pour être prêt·e$/)).toBeInTheDocument();
    expect(within(side).getByRole('link', { name: 'Planifier pour ce métier' })).toBeInTheDocument();
    expect(within(header).getByRole('heading', { level: 2 }).closest('[data-testid="role-header-side"]')).toBeNull();
  });

  it('lists the gaps by weight with each one’s share of the gap', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile } });
    // Weights: ML 4 × 3 = 12, Python 5 × 1 = 5, prompt 3 × 1 = 3, of 20.
    expect(gapSkillOrder()).toEqual(['machine-learning-basics', 'python-programming', 'prompt-design']);
    expect(gapRow('machine-learning-basics')).toHaveTextContent('60%');
    expect(gapRow('python-programming')).toHaveTextContent('25%');
    expect(gapRow('prompt-design')).toHaveTextContent('15%');
    expect(gapRow('python-programming')).toHaveTextContent('Importance 5 of 5');
  });

  it('gives the radar’s values in an accessible table, most important skill first', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile } });
    expect(screen.getByRole('table', { name: 'Your level and the level the role needs, per skill' })).toBeInTheDocument();
    expect(radarRows()).toEqual([
      ['Python programming', '2 · Working', '3 · Proficient', '5'],
      ['Machine learning basics', '0 · None', '3 · Proficient', '4'],
      ['Prompt design', '1 · Awareness', '2 · Working', '3'],
    ]);
    // The chart loads in its own chunk and is hidden from assistive technology.
    expect(await screen.findByTestId('fit-radar-chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it('updates readiness, gaps, radar and hours at once when a level is raised, then saves the profile', async () => {
    const { fake } = await renderApp('/roles/ai-engineer', { data: { profile: supportProfile } });
    expect(screen.getByText('37 h of courses to be ready')).toBeInTheDocument();
    const control = screen.getByRole('radiogroup', { name: 'Level for Machine learning basics' });
    await userEvent.click(within(control).getByText('Proficient'));

    // 13 + 4 × 3 = 25 of 33 points.
    expect(readiness()).toBe('75%');
    expect(gapRow('machine-learning-basics')).toHaveTextContent('Met');
    expect(gapRow('python-programming')).toHaveTextContent('63%');
    expect(radarRows()[1]).toEqual(['Machine learning basics', '3 · Proficient', '3 · Proficient', '4']);
    expect(screen.getByText('22 h of courses to be ready')).toBeInTheDocument();
    // The row edited stays where it was until the person asks to sort again.
    expect(gapSkillOrder()).toEqual(['machine-learning-basics', 'python-programming', 'prompt-design']);
    expect(fake.bridge['profile:save']).not.toHaveBeenCalled();

    await waitFor(() => expect(fake.bridge['profile:save']).toHaveBeenCalled());
    const saved = savedProfiles(fake).at(-1);
    expect(saved?.skills).toEqual([
      { skillId: 'python-programming', level: 2, note: 'Scripts at work' },
      { skillId: 'prompt-design', level: 1 },
      { skillId: 'machine-learning-basics', level: 3, ratedOn: '2026-12-10' },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Sort by largest gap again' }));
    expect(gapSkillOrder()).toEqual(['python-programming', 'prompt-design', 'machine-learning-basics']);
  });

  it('chains two quick level changes into one saved profile', async () => {
    const { fake } = await renderApp('/roles/ai-engineer', { data: { profile: supportProfile } });
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Level for Python programming' })).getByText('Proficient'));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Level for Prompt design' })).getByText('Working'));
    await waitFor(() => expect(fake.stored().profile?.skills.map((rating) => rating.level)).toEqual([3, 2]));
    expect(readiness()).toBe('63%');
  });

  it('says what already counts, the background, and which courses close the gaps', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile } });
    const strengths = screen.getByTestId('strengths');
    expect(strengths).toHaveTextContent('Python programming: Working of Proficient needed');
    expect(strengths).toHaveTextContent('10 points');
    expect(strengths).toHaveTextContent(
      'People usually come to this role from: Software engineering, Data science. Your background (Customer or technical support) is less usual',
    );
    const courses = screen.getByTestId('courses');
    expect(within(courses).getByRole('button', { name: /ML Crash Course/ })).toBeInTheDocument();
    expect(courses).toHaveTextContent('Test Labs · 15 h · Free');
    expect(courses).toHaveTextContent('Closes: Machine learning basics');
    expect(courses).toHaveTextContent('The fewest hours of courses that make you ready for the entry-level core');
    const about = screen.getByTestId('about');
    expect(within(about).getByRole('button', { name: /15-1221\.00/ })).toBeInTheDocument();
    expect(about).toHaveTextContent('24 Nov 2026');
  });

  it('explains gaps no course covers', async () => {
    await renderApp('/roles/data-annotator', { data: { profile: supportProfile } });
    const courses = screen.getByTestId('courses');
    expect(within(courses).getByRole('heading', { name: 'Gaps no course covers' })).toBeInTheDocument();
    expect(courses).toHaveTextContent('Data labeling');
    expect(screen.getByTestId('strengths')).toHaveTextContent('Your background (Customer or technical support) is one of the usual ways');
  });

  it('does not say the courses make the person ready when a gap has no course', async () => {
    const noPrompting = { ...supportProfile, skills: supportProfile.skills.filter((rating) => rating.skillId !== 'prompt-design') };
    await renderApp('/roles/data-annotator', { data: { profile: noPrompting } });
    const courses = screen.getByTestId('courses');
    // The prompting course is listed, but data labeling has none: the course alone is not enough.
    expect(courses).toHaveTextContent('They are not enough on their own');
    expect(courses).not.toHaveTextContent('that make you ready');
    expect(within(courses).getByRole('heading', { name: 'Gaps no course covers' })).toBeInTheDocument();
  });

  it('prompts to rate skills when nothing is rated', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: unratedProfile } });
    expect(readiness()).toBe('0%');
    expect(screen.getByTestId('rating-prompt')).toBeInTheDocument();
    expect(screen.getByTestId('strengths')).toHaveTextContent('None of this role’s skills is rated yet');
  });

  it('answers an unknown role with a way back', async () => {
    await renderApp('/roles/no-such-role', { data: { profile: supportProfile } });
    expect(screen.getByRole('heading', { level: 2, name: 'This role is not in the matrix' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /All roles/ })).toHaveAttribute('href', '#/roles');
  });

  it('disables the level controls when the data is read-only', async () => {
    await renderApp('/roles/ai-engineer', { data: { profile: supportProfile }, status: { readOnly: true } });
    expect(screen.getByText(/Your data is read-only, so levels cannot be changed here/)).toBeInTheDocument();
    const control = screen.getByRole('radiogroup', { name: 'Level for Python programming' });
    for (const radio of within(control).getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});
