import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { loadProfileSections } from '../../../../renderer/src/screens/Profile/Profile';
import { dateField, pickDateByLabel } from '../../components/DateField/pickDate';
import { renderApp } from '../../render';

// Ratings are dated with the app's today (renderer/src/data/today.ts).
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

const profile: Profile = {
  name: 'Ana',
  background: 'sales',
  skills: [
    { skillId: 'python-programming', level: 2, note: 'Scripts at work' },
    { skillId: 'data-labeling', level: 1 },
  ],
  targetRoleIds: ['ai-engineer'],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
};

// jsdom has no layout, so Mantine's popover hides its dropdown with display: none; the options
// are rendered and clickable all the same.
const evenIfHidden = { hidden: true } as const;

type FakeBridge = Awaited<ReturnType<typeof renderApp>>['fake'];
const savedProfiles = (fake: FakeBridge) =>
  (fake.bridge['profile:save'] as unknown as { mock: { calls: [Profile][] } }).mock.calls.map(([saved]) => saved);

const levelGroup = (skill: string) => screen.getByRole('radiogroup', { name: `Level for ${skill}` });

// Whole-app flows in jsdom take a few seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

// The study time and skills sections come in their own chunks, which the app fetches as the
// screen's code runs; the tests wait for them once, as a person's first scroll down would.
beforeAll(async () => {
  await loadProfileSections();
});

// Mantine keeps notifications in a module-level store; start each test without old ones.
afterEach(() => notifications.clean());

describe('Profile editor', () => {
  it('autosaves a level change after a short pause and says so in the header', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    expect(screen.getByRole('heading', { level: 2, name: 'Your profile' })).toBeInTheDocument();
    await userEvent.click(within(levelGroup('Python programming')).getByText('Expert'));
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    await waitFor(() => expect(fake.bridge['profile:save']).toHaveBeenCalled());
    expect(savedProfiles(fake).at(-1)?.skills[0]).toEqual({
      skillId: 'python-programming',
      level: 4,
      note: 'Scripts at work',
      ratedOn: '2026-12-10',
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Saved at/));
    expect(fake.stored().ratingHistory).toEqual([{ skillId: 'python-programming', level: 4, date: '2026-12-10' }]);
  });

  it('refuses a target date before the start date, says why, and still saves the other edits', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/profile', { data: { profile: { ...profile, targetDate: '2027-03-01' } } });
    expect(dateField(/Target date/)).toHaveTextContent('1 Mar 2027');
    // The calendar offers no day before the start, so the only way there is moving the start past the target.
    await pickDateByLabel(user, /Start date/, '2027-04-01', '1 April 2027');
    expect(screen.getByText(/The target date is before the start date/)).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'First name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Ana María');
    await waitFor(() => expect(fake.stored().profile?.name).toBe('Ana María'));
    expect(fake.stored().profile).toMatchObject({ startDate: '2026-12-01', targetDate: '2027-03-01' });
    expect(savedProfiles(fake).some((saved) => saved.startDate === '2027-04-01')).toBe(false);

    await pickDateByLabel(user, /Target date/, '2027-05-03', '3 May 2027');
    expect(screen.queryByText(/The target date is before the start date/)).not.toBeInTheDocument();
    await waitFor(() => expect(fake.stored().profile).toMatchObject({ startDate: '2027-04-01', targetDate: '2027-05-03' }));
  });

  it('takes the target date away with its clear button', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/profile', { data: { profile: { ...profile, targetDate: '2027-03-01' } } });
    await user.click(screen.getByRole('button', { name: 'Clear Target date (optional)' }));
    expect(dateField(/Target date/)).toHaveTextContent('Pick a date');
    await waitFor(() => expect(fake.stored().profile?.targetDate).toBeUndefined());
    expect(fake.stored().profile?.startDate).toBe('2026-12-01');
  });

  it('keeps at least one study day and rejects impossible weekly hours', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await userEvent.click(screen.getByRole('checkbox', { name: day }));
    }
    expect(screen.getByText(/Pick at least one study day/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await waitFor(() => expect(fake.stored().profile?.studyDays).toEqual([6]));
    expect(savedProfiles(fake).some((saved) => saved.studyDays.length === 0)).toBe(false);

    const hours = screen.getByRole('textbox', { name: 'Hours a week' });
    await userEvent.clear(hours);
    await userEvent.type(hours, '90');
    expect(screen.getByText(/Enter between 0 and 80 hours a week/)).toBeInTheDocument();
    // "9" was valid on the way to "90" and is what reaches the disk.
    await waitFor(() => expect(fake.stored().profile?.weeklyHours).toBe(9));
    expect(savedProfiles(fake).some((saved) => saved.weeklyHours === 90)).toBe(false);
  });

  it('adds any skill found by search and saves it', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a skill' }), 'prompting');
    await userEvent.click(await screen.findByRole('option', { name: 'Prompt design', ...evenIfHidden }));
    const group = levelGroup('Prompt design');
    expect(within(group).getByRole('radio', { name: 'None' })).toHaveFocus();
    await userEvent.click(within(group).getByText('Working'));
    await waitFor(() =>
      expect(fake.stored().profile?.skills).toContainEqual({ skillId: 'prompt-design', level: 2, ratedOn: '2026-12-10' }),
    );
  });

  it('removes a rating and brings it back with Undo', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    await userEvent.click(screen.getByRole('button', { name: 'Remove the rating of Python programming' }));
    expect(screen.queryByRole('radiogroup', { name: 'Level for Python programming' })).not.toBeInTheDocument();
    expect(await screen.findByText('Your rating of “Python programming” was removed.')).toBeInTheDocument();
    await waitFor(() => expect(fake.stored().profile?.skills.map((s) => s.skillId)).toEqual(['data-labeling']));

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(levelGroup('Python programming')).toBeInTheDocument();
    await waitFor(() => expect(fake.stored().profile?.skills).toEqual(profile.skills));
  });

  it('shows the skills the target roles need, rated or not', async () => {
    await renderApp('/profile', { data: { profile } });
    expect(screen.getByRole('radiogroup', { name: 'Level for Data labeling' })).toBeInTheDocument();
    await userEvent.click(screen.getByText('Needed by my target roles (3)'));
    expect(levelGroup('Machine learning basics')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Level for Data labeling' })).not.toBeInTheDocument();
    expect(screen.getAllByText('AI engineer needs: Proficient')).toHaveLength(2);
  });

  it('offers the target roles’ skills in one click when nothing is rated', async () => {
    const { fake } = await renderApp('/profile', { data: { profile: { ...profile, skills: [] } } });
    expect(screen.getByText(/You have not rated any skill yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add the skills my target roles need (3)' }));
    expect(screen.getAllByRole('radiogroup', { name: /^Level for/ })).toHaveLength(3);
    await waitFor(() => expect(fake.stored().profile?.skills).toHaveLength(3));
  });

  it('changes target roles through the searchable list', async () => {
    const { fake } = await renderApp('/profile', { data: { profile } });
    // The same limit as onboarding's role cards (MAX_TARGET_ROLES).
    expect(screen.getByRole('combobox', { name: 'Roles you are aiming for' })).toHaveAccessibleDescription(/Up to 5 roles\./);
    await userEvent.type(screen.getByRole('combobox', { name: 'Roles you are aiming for' }), 'annot');
    await userEvent.click(await screen.findByRole('option', { name: 'Data annotator', ...evenIfHidden }));
    await waitFor(() => expect(fake.stored().profile?.targetRoleIds).toEqual(['ai-engineer', 'data-annotator']));
  });
});
