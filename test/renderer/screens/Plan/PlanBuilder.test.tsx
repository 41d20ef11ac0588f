import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { buildPlan, PlanSchema, type PlanInputs, type Profile } from '../../../../core';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { createI18n } from '../../../../renderer/src/i18n';
import { dateField, pickDateByLabel } from '../../components/DateField/pickDate';
import { renderApp } from '../../render';
import { builtPlan, profile } from './planFixtures';

vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-11-24' }));

// Whole-app flows in jsdom take a few seconds on a shared machine.
vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

const english = createI18n('en');
const projected = () => screen.getByTestId('projected-ready-date');
const createButton = () => screen.getByRole('button', { name: 'Create plan' });

/** The ready date core gives for the fixture profile at these weekly hours, as the screen writes it. */
function expectedReadyText(weeklyHours: number, extra: Partial<PlanInputs> = {}): string {
  const result = buildPlan({
    profile,
    targetRoleIds: ['ai-engineer'],
    catalog: smallCatalog,
    inputs: {
      weeklyHours,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2026-12-01',
      pauses: [],
      excludedCourseIds: [],
      preferredCourseIds: [],
      ...extra,
    },
    planId: 'p',
    createdAt: '2026-11-24T10:00:00.000Z',
    name: 'p',
  });
  if (!result.ok || !result.value.plan.readyDate) throw new Error('fixture plan failed');
  return `Ready on ${english.formatDay(result.value.plan.readyDate)}`;
}

const hiresNewcomers = { basis: 'test: hires people new to the field', source: { title: 'Test source' } };
const labelingCourse = {
  ...smallCatalog.courses[0]!,
  id: 'labeling-course',
  title: 'Labeling Basics',
  url: 'https://example.org/labeling',
  hours: 6,
  teaches: [{ skillId: 'data-labeling', level: 2 as const }],
};

async function openBuilder(overrides: Partial<Profile> = {}) {
  return renderApp('/plan', { data: { profile: { ...profile, ...overrides } } });
}

describe('Plan builder', () => {
  it('starts from the profile and moves the projected ready date live with the slider', async () => {
    await openBuilder();
    expect(screen.getByRole('heading', { level: 2, name: 'Your learning plan' })).toBeInTheDocument();
    expect(dateField(/Start date/)).toHaveTextContent('1 Dec 2026');
    expect(projected()).toHaveTextContent(expectedReadyText(6));

    const slider = screen.getByRole('slider', { name: 'Hours a week for the plan' });
    fireEvent.keyDown(slider, { key: 'End' });
    expect(slider).toHaveAttribute('aria-valuenow', '40');
    expect(projected()).toHaveTextContent(expectedReadyText(40));
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(projected()).toHaveTextContent(expectedReadyText(0.5));
    expect(expectedReadyText(0.5)).not.toBe(expectedReadyText(40));
    expect(createButton()).toBeEnabled();
  });

  it('does not call a person ready when no course they can take teaches what is missing', async () => {
    // The fixture's courses are in English and French only.
    await openBuilder({ studyLanguages: ['de'] });
    expect(projected()).toHaveTextContent('No course to plan, yet you are not ready');
    expect(projected()).not.toHaveTextContent('Nothing to plan');
    expect(projected().parentElement).toHaveTextContent('Gaps no course you can take closes: 3');
    expect(screen.getByText('No course you can take closes the gaps left.')).toBeInTheDocument();
    expect(screen.queryByText('No course is needed.')).not.toBeInTheDocument();
  });

  it('offers to study in English when courses in English alone teach what is left, and plans them once added', async () => {
    // The fixture's Python and ML courses are in English only; its prompting course also in French.
    const { fake } = await openBuilder({ studyLanguages: ['fr'] });
    const offer = screen.getByTestId('study-in-english');
    expect(offer).toHaveTextContent('Courses in English teach 2 of these gaps.');
    expect(projected().parentElement).toHaveTextContent('Gaps no course you can take closes: 2');
    // The French prompting course ends on a day that does not make the person ready.
    expect(projected()).toHaveTextContent(/^Courses end on \d+ \w+ \d{4}, and you are not ready yet$/);
    await userEvent.setup().click(within(offer).getByRole('button', { name: 'Also study in English' }));
    await waitFor(() => expect(screen.queryByTestId('study-in-english')).not.toBeInTheDocument());
    expect(projected()).toHaveTextContent(expectedReadyText(6));
    expect(projected().parentElement).not.toHaveTextContent('Gaps no course');
    // The profile keeps French and adds English, once saved.
    await waitFor(() => expect(fake.stored().profile?.studyLanguages).toEqual(['fr', 'en']));
  });

  it('says there is nothing to plan when the levels already meet the role', async () => {
    await openBuilder({
      skills: [
        { skillId: 'python-programming', level: 4 },
        { skillId: 'machine-learning-basics', level: 4 },
        { skillId: 'prompt-design', level: 4 },
      ],
    });
    expect(projected()).toHaveTextContent('Nothing to plan');
    expect(screen.getByText('No course is needed.')).toBeInTheDocument();
  });

  it('names the problem and disables Create when there are 0 hours a week', async () => {
    const user = userEvent.setup();
    await openBuilder({ weeklyHours: 0 });
    expect(screen.getByText('This plan cannot be built yet:')).toBeInTheDocument();
    expect(screen.getAllByText(/With 0 hours a week the plan never ends/).length).toBeGreaterThan(0);
    expect(createButton()).toBeDisabled();

    const hours = screen.getByRole('textbox', { name: 'Hours a week' });
    await user.clear(hours);
    await user.type(hours, '4');
    await waitFor(() => expect(createButton()).toBeEnabled());
    expect(screen.queryByText(/With 0 hours a week/)).not.toBeInTheDocument();
  });

  it('says whether the target date is reachable, or how many hours a week it needs', async () => {
    const user = userEvent.setup();
    await openBuilder();
    await pickDateByLabel(user, /Target date/, '2027-12-31', '31 December 2027');
    expect(screen.getByText('Reachable by 31 Dec 2027.')).toBeInTheDocument();

    await pickDateByLabel(user, /Target date/, '2026-12-18', '18 December 2026');
    const figures = buildPlan({
      profile,
      targetRoleIds: ['ai-engineer'],
      catalog: smallCatalog,
      inputs: {
        weeklyHours: 6,
        studyDays: [1, 2, 3, 4, 5],
        startDate: '2026-12-01',
        targetDate: '2026-12-18',
        pauses: [],
        excludedCourseIds: [],
        preferredCourseIds: [],
      },
      planId: 'p',
      createdAt: '2026-11-24T10:00:00.000Z',
      name: 'p',
    });
    if (!figures.ok) throw new Error(figures.error.message);
    expect(figures.value.targetReachable).toBe(false);
    expect(screen.getByText(`Needs ${figures.value.weeklyHoursForTarget} h a week to reach 18 Dec 2026.`)).toBeInTheDocument();
    expect(createButton()).toBeEnabled();
  });

  it('refuses a start date after the target date, naming both', async () => {
    const user = userEvent.setup();
    await openBuilder();
    // The target's calendar starts at the start date, so the clash comes from moving the start.
    await pickDateByLabel(user, /Target date/, '2027-01-15', '15 January 2027');
    await pickDateByLabel(user, /Start date/, '2027-02-01', '1 February 2027');
    expect(screen.getAllByText('The start date is after the target date: move one of them.').length).toBeGreaterThan(0);
    expect(createButton()).toBeDisabled();
  });

  it('moves the ready date when a pause is added and can take it out again', async () => {
    const user = userEvent.setup();
    await openBuilder();
    await pickDateByLabel(user, 'Pause from', '2026-12-07', '7 December 2026');
    await pickDateByLabel(user, 'Pause until', '2026-12-20', '20 December 2026');
    await user.click(screen.getByRole('button', { name: 'Add pause' }));
    const pauses = [{ start: '2026-12-07', end: '2026-12-20' }];
    expect(projected()).toHaveTextContent(expectedReadyText(6, { pauses }));
    await user.click(screen.getByRole('button', { name: 'Remove the pause 7 Dec 2026 to 20 Dec 2026' }));
    expect(projected()).toHaveTextContent(expectedReadyText(6));
  });

  it('leaves a course out from the preview list and lists it so it can be put back', async () => {
    const user = userEvent.setup();
    await openBuilder();
    await user.click(screen.getByRole('button', { name: 'Leave out Prompting Basics' }));
    expect(screen.getByText('Left out: Prompting Basics')).toBeInTheDocument();
    // Nothing else teaches prompt design in the small matrix, so the gap is now uncovered.
    expect(screen.getByText(/Gaps no course you can take closes: 1/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByText('Left out: Prompting Basics')).not.toBeInTheDocument();
  });

  it('creates a valid plan, makes it active and shows it', async () => {
    const user = userEvent.setup();
    const { fake } = await openBuilder();
    await user.click(createButton());
    await waitFor(() => expect(fake.stored().activePlanId).not.toBeNull());
    const [saved] = fake.stored().plans;
    expect(PlanSchema.safeParse(saved).success).toBe(true);
    expect(saved.id).toMatch(/^plan-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(saved.name).toBe('Plan of 24 Nov 2026 — AI engineer');
    // The same courses, in the same study order, as core's planner gives for the profile.
    expect(saved.items.map((item) => item.courseId)).toEqual(builtPlan().items.map((item) => item.courseId));
    expect([...saved.items.map((item) => item.courseId)].sort()).toEqual(['ml-course', 'prompt-course', 'python-course']);
    expect(fake.stored().activePlanId).toBe(saved.id);
    // Saved and made active by one change, so neither can land without the other.
    expect(fake.bridge['plans:create']).toHaveBeenCalledTimes(1);
    expect(fake.bridge['plans:save']).not.toHaveBeenCalled();
    expect(fake.bridge['plans:setActive']).not.toHaveBeenCalled();
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('37 h')).toBeInTheDocument();
  });

  it('says when a plan runs over a year and plans the stepping stone it offers in one click', async () => {
    const user = userEvent.setup();
    // At half an hour a week the AI engineer's 37 h take well over a year. The annotator hires
    // newcomers, as in the built-in catalog, and a 6-hour course teaches its labelling (a stone
    // must be reachable by courses); its 2 h of prompting count toward AI engineer, but its
    // labelling gap is not the engineer's, so it is a first job rather than a role on the way.
    const catalog = {
      ...smallCatalog,
      roles: smallCatalog.roles.map((entry) => (entry.id === 'data-annotator' ? { ...entry, hiresNewcomers } : entry)),
      courses: [...smallCatalog.courses, labelingCourse],
    };
    await renderApp('/plan', { data: { profile: { ...profile, weeklyHours: 0.5 } }, catalog });
    const figures = buildPlan({
      profile,
      targetRoleIds: ['ai-engineer'],
      catalog,
      inputs: {
        weeklyHours: 0.5,
        studyDays: [1, 2, 3, 4, 5],
        startDate: '2026-12-01',
        pauses: [],
        excludedCourseIds: [],
        preferredCourseIds: [],
      },
      planId: 'p',
      createdAt: '2026-11-24T10:00:00.000Z',
      name: 'p',
    });
    if (!figures.ok) throw new Error(figures.error.message);
    expect(figures.value.longPlan).toBe(true);
    const alert = screen.getByTestId('long-plan-alert');
    expect(alert).toHaveTextContent(`This plan runs ${english.formatNumber(figures.value.months)} months`);
    expect(alert).toHaveTextContent(`At ${english.formatNumber(figures.value.weeklyHoursFor12Months!)} h a week it would end within 12 months.`);
    expect(within(alert).getByTestId('stepping-stone')).toHaveTextContent(
      /^Start with a first job as Data annotator: it hires people new to the field, and you can be ready for it by \d+ \w+ \d{4} \(8 h\)\. You keep studying toward AI engineer while you work\.$/,
    );

    await user.click(within(alert).getByRole('button', { name: 'Plan Data annotator first' }));
    // The builder now plans the annotator alone: its short plan needs no warning.
    const annotator = buildPlan({
      profile,
      targetRoleIds: ['data-annotator'],
      catalog,
      inputs: { weeklyHours: 0.5, studyDays: [1, 2, 3, 4, 5], startDate: '2026-12-01', pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
      planId: 'p',
      createdAt: '2026-11-24T10:00:00.000Z',
      name: 'p',
    });
    if (!annotator.ok || !annotator.value.plan.readyDate) throw new Error('annotator plan failed');
    expect(projected()).toHaveTextContent(`Ready on ${english.formatDay(annotator.value.plan.readyDate)}`);
    expect(screen.queryByTestId('long-plan-alert')).not.toBeInTheDocument();
  });

  it('switches the plan between the entry-level core and core + plus', async () => {
    const user = userEvent.setup();
    await openBuilder();
    expect(screen.getByRole('radio', { name: 'Core (entry level)' })).toBeChecked();
    await user.click(screen.getByText('Core + plus'));
    expect(screen.getByRole('radio', { name: 'Core + plus' })).toBeChecked();
    // The small matrix has no plus requirement, so the plan is the same.
    expect(projected()).toHaveTextContent(expectedReadyText(6));
  });
});
