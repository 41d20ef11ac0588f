import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import type { Profile } from '../../../../core';
import { dateField, pickDateByLabel } from '../../components/DateField/pickDate';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderApp } from '../../render';

// Ratings are dated with the app's today (renderer/src/data/today.ts).
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

// jsdom has no layout, so Mantine's popover hides its dropdown with display: none; the options
// are rendered and clickable all the same.
const evenIfHidden = { hidden: true } as const;

async function chooseBackground(label: string) {
  await userEvent.click(screen.getByRole('combobox', { name: /Your background/ }));
  await userEvent.click(await screen.findByRole('option', { name: label, ...evenIfHidden }));
}

/** Next, then wait until the step's chunk is in (each later step is loaded on its own). */
async function next() {
  await userEvent.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(() => expect(screen.queryByLabelText('Opening the screen…')).not.toBeInTheDocument());
}

// Whole-app flows in jsdom take a few seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

// Mantine keeps notifications in a module-level store; start each test without old ones.
afterEach(() => notifications.clean());

describe('Onboarding', () => {
  it('takes a newcomer from nothing to a saved profile and opens the roles that fit it', async () => {
    const { fake } = await renderApp('/');
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome to Skillgap' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Your first name' }), 'Ana');
    await chooseBackground('Customer or technical support');
    await next();

    expect(screen.getByRole('heading', { level: 3, name: 'Where do you want to go?' })).toHaveFocus();
    // Support people often move into annotation: suggested from the background, and marked.
    expect(screen.getByTestId('role-suggestions')).toHaveTextContent(
      'People with a background in “Customer or technical support” often move into: Data annotator.',
    );
    const annotatorCard = screen.getByRole('checkbox', { name: 'Data annotator' });
    expect(within(annotatorCard).getByText('Common from your background')).toBeInTheDocument();
    expect(within(screen.getByRole('checkbox', { name: 'AI engineer' })).queryByText('Common from your background')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'AI engineer' }));
    await next();

    // The skills of the chosen role, most important first, each with what the role needs.
    const groups = screen.getAllByRole('radiogroup', { name: /^Level for/ });
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([
      'Level for Python programming',
      'Level for Machine learning basics',
      'Level for Prompt design',
    ]);
    expect(screen.getAllByText('AI engineer needs: Proficient')).toHaveLength(2);
    expect(screen.getByText('AI engineer needs: Working')).toBeInTheDocument();
    await userEvent.click(within(groups[0]).getByText('Working'));
    await userEvent.click(within(groups[2]).getByText('Awareness'));
    expect(screen.getByText('Rated so far: 2 of 3.')).toBeInTheDocument();
    await next();

    const hours = screen.getByRole('textbox', { name: /Hours you can study each week/ });
    expect(hours).toHaveValue('5 h');
    await userEvent.clear(hours);
    await userEvent.type(hours, '0');
    await userEvent.tab();
    // Not quietly turned into the minimum: the person reads why 0 cannot make a plan.
    expect(hours).toHaveValue('0 h');
    expect(screen.getByText(/With less than 1 h a week no plan can be dated/)).toBeInTheDocument();
    await userEvent.clear(hours);
    await userEvent.type(hours, '8');
    expect(screen.queryByText(/With less than 1 h a week/)).not.toBeInTheDocument();
    const user = userEvent.setup();
    await pickDateByLabel(user, /Start studying on/, '2026-12-01', '1 December 2026');
    await pickDateByLabel(user, /Target date/, '2027-06-30', '30 June 2027');
    expect(dateField(/Target date/)).toHaveTextContent('30 Jun 2027');
    await userEvent.click(screen.getByRole('button', { name: 'Finish' }));

    // Finish opens the roles, best fits first, rather than the long profile form.
    await waitFor(() => expect(window.location.hash).toBe('#/roles'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Roles' })).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(await screen.findByText('Your profile is saved')).toBeInTheDocument();
    const expected: Profile = {
      name: 'Ana',
      background: 'customer-support',
      skills: [
        { skillId: 'python-programming', level: 2, ratedOn: '2026-12-10' },
        { skillId: 'prompt-design', level: 1, ratedOn: '2026-12-10' },
      ],
      targetRoleIds: ['ai-engineer'],
      weeklyHours: 8,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2026-12-01',
      targetDate: '2027-06-30',
    };
    await waitFor(() => expect(fake.stored().profile).toEqual(expected));
    expect(fake.bridge['profile:save']).toHaveBeenCalledTimes(1);
    // The first ratings start the history readiness over time is drawn from.
    expect(fake.stored().ratingHistory).toEqual([
      { skillId: 'python-programming', level: 2, date: '2026-12-10' },
      { skillId: 'prompt-design', level: 1, date: '2026-12-10' },
    ]);
  });

  it('names what is missing and does not move on or save', async () => {
    const { fake } = await renderApp('/');
    await next();
    expect(screen.getByText(/Choose the background closest to yours/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Your background/ })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 3, name: 'About you' })).toBeInTheDocument();

    await chooseBackground('Sales');
    await next();
    await next();
    expect(screen.getByText('Pick at least one target role to continue.')).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('heading', { level: 3, name: 'Where do you want to go?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Finish' })).not.toBeInTheDocument();

    // Picking a role clears the complaint; a target date left before a start moved later is refused on the last step.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Data annotator' }));
    expect(screen.queryByText('Pick at least one target role to continue.')).not.toBeInTheDocument();
    await next();
    await next();
    const user = userEvent.setup();
    await pickDateByLabel(user, /Start studying on/, '2026-12-01', '1 December 2026');
    await pickDateByLabel(user, /Target date/, '2027-01-15', '15 January 2027');
    await pickDateByLabel(user, /Start studying on/, '2027-02-01', '1 February 2027');
    await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByText('The target date must be on or after the start date.')).toBeInTheDocument();
    expect(window.location.hash).not.toBe('#/roles');
    expect(fake.bridge['profile:save']).not.toHaveBeenCalled();
    expect(fake.stored().profile).toBeNull();
  });

  it('lets a newcomer pick up to five target roles, as the profile does', async () => {
    const extraRoles = ['one', 'two', 'three', 'four'].map((suffix) => ({
      ...smallCatalog.roles[0],
      id: `ai-engineer-${suffix}`,
      title: { en: `AI engineer ${suffix}`, fr: `Ingénieur IA ${suffix}` },
    }));
    await renderApp('/', { catalog: { ...smallCatalog, roles: [...smallCatalog.roles, ...extraRoles] } });
    await chooseBackground('Sales');
    await next();
    expect(screen.getByText(/Pick one to 5 roles/)).toBeInTheDocument();
    expect(screen.getByText('Up to 5')).toBeInTheDocument();
    for (const name of ['AI engineer', 'AI engineer one', 'AI engineer two', 'AI engineer three', 'AI engineer four']) {
      await userEvent.click(screen.getByRole('checkbox', { name }));
    }
    expect(screen.getByText(/5 of 5 chosen\./)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Data annotator' })).toBeDisabled();
  });

  it('asks for the languages the newcomer studies in, English by default, and refuses none', async () => {
    const { fake } = await renderApp('/');
    const languages = () => screen.getByRole('group', { name: 'Languages I study in' });
    expect(within(languages()).getByRole('checkbox', { name: 'English' })).toBeChecked();
    expect(within(languages()).getByRole('checkbox', { name: 'Spanish' })).not.toBeChecked();
    await chooseBackground('Sales');
    await userEvent.click(within(languages()).getByRole('checkbox', { name: 'English' }));
    expect(within(languages()).getByRole('alert')).toHaveTextContent('Pick at least one language you study in to continue.');
    await next();
    expect(screen.getByRole('heading', { level: 3, name: 'About you' })).toBeInTheDocument();

    await userEvent.click(within(languages()).getByRole('checkbox', { name: 'Spanish' }));
    expect(within(languages()).queryByRole('alert')).not.toBeInTheDocument();
    await next();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Data annotator' }));
    await next();
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(fake.stored().profile?.studyLanguages).toEqual(['es']));
  });

  it('goes back with the Back button, keeping the answers', async () => {
    await renderApp('/');
    await chooseBackground('Marketing');
    await next();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('combobox', { name: /Your background/ })).toHaveValue('Marketing');
  });

  it('switches the whole interface to French from the first step', async () => {
    const { fake } = await renderApp('/');
    await userEvent.click(screen.getByText('Français'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bienvenue dans Skillgap' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suivant' })).toBeInTheDocument();
    await waitFor(() => expect(fake.stored().settings.locale).toBe('fr'));
  });
});
