import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { IdSchema, PlanSchema, replan, type Plan, type ProgressEntry } from '../../../../core';
import { createI18n } from '../../../../renderer/src/i18n';
import { openCalendar } from '../../components/DateField/pickDate';
import { renderApp } from '../../render';
import { builtPlan, catalogWithAlternative, withPlan } from './planFixtures';

// Today is after the first item's end (2 Dec) and inside the second item (2-25 Dec).
vi.mock('../../../../renderer/src/data/today', () => ({ todayIso: () => '2026-12-10' }));

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => notifications.clean());

type FakeBridge = Awaited<ReturnType<typeof renderApp>>['fake'];
const savedPlans = (fake: FakeBridge) =>
  (fake.bridge['plans:save'] as unknown as { mock: { calls: [Plan][] } }).mock.calls.map(([plan]) => plan);
const addedEntries = (fake: FakeBridge) =>
  (fake.bridge['progress:add'] as unknown as { mock: { calls: [ProgressEntry][] } }).mock.calls.map(([entry]) => entry);

const card = (title: string) => screen.getByRole('article', { name: title });
const plan = builtPlan();

describe('Plan list: statuses, hours and overdue items', () => {
  it('saves a status change in the plan and offers to raise the levels the course taught', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(plan) });
    const python = card('Python for Everybody');
    await user.click(within(within(python).getByRole('radiogroup', { name: 'Status of Python for Everybody' })).getByLabelText('Done'));
    await waitFor(() => expect(savedPlans(fake).length).toBe(1));
    expect(savedPlans(fake)[0].items.find((item) => item.id === 'item-python-course')?.status).toBe('done');
    expect(fake.stored().plans[0].items.find((item) => item.id === 'item-python-course')?.status).toBe('done');

    const offer = await screen.findByRole('dialog', { name: 'Raise your skill levels?' });
    expect(within(offer).getByText('Python programming: Working → Proficient')).toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'Raise my levels' }));
    await waitFor(() =>
      expect(fake.stored().profile?.skills).toEqual([{ skillId: 'python-programming', level: 3, ratedOn: '2026-12-10' }]),
    );
    // Dated, so profile:save keeps the raise in the rating history the role page draws from.
    expect(fake.stored().ratingHistory).toEqual([{ skillId: 'python-programming', level: 3, date: '2026-12-10' }]);
  });

  it('does not offer anything when the course teaches no level above the profile', async () => {
    const user = userEvent.setup();
    const data = withPlan(plan);
    const { fake } = await renderApp('/plan', {
      data: { ...data, profile: { ...data.profile!, skills: [{ skillId: 'prompt-design', level: 4 }] } },
    });
    await user.click(within(card('Prompting Basics')).getByLabelText('Done'));
    await waitFor(() => expect(savedPlans(fake).length).toBe(1));
    expect(screen.queryByRole('dialog', { name: 'Raise your skill levels?' })).not.toBeInTheDocument();
  });

  it('logs hours as a progress entry dated today and marks the item started', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(plan) });
    await user.click(screen.getByRole('button', { name: 'Log hours for Python for Everybody' }));
    const form = screen.getByRole('form', { name: 'Log hours for Python for Everybody' });
    expect(within(form).getByRole('button', { name: /Day/ })).toHaveTextContent('10 Dec 2026');
    await user.click(within(form).getByRole('textbox', { name: /Hours/ }));
    await user.paste('2.5');
    await user.type(within(form).getByRole('textbox', { name: /Note/ }), 'Chapters 1-3');
    await user.click(within(form).getByRole('button', { name: 'Save hours' }));

    await waitFor(() => expect(addedEntries(fake).length).toBe(1));
    const [entry] = addedEntries(fake);
    expect(entry).toMatchObject({ planId: plan.id, itemId: 'item-python-course', date: '2026-12-10', hours: 2.5, note: 'Chapters 1-3' });
    expect(IdSchema.safeParse(entry.id).success).toBe(true);
    await waitFor(() => expect(fake.stored().plans[0].items.find((item) => item.id === 'item-python-course')).toMatchObject({ status: 'in-progress' }));
    // One change, one write: the item's status came with the entry.
    expect(fake.bridge['progress:add']).toHaveBeenCalledTimes(1);
    expect(fake.bridge['plans:save']).not.toHaveBeenCalled();
    expect(within(card('Python for Everybody')).getByText('10 Dec 2026: 2.5 h — Chapters 1-3')).toBeInTheDocument();
    expect(within(card('Python for Everybody')).getByText('2.5 h of 20 h logged')).toBeInTheDocument();
  });

  it('refuses 0 hours, more than 24 hours and a day in the future, and saves nothing', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(plan) });
    await user.click(screen.getByRole('button', { name: 'Log hours for Python for Everybody' }));
    const form = screen.getByRole('form', { name: 'Log hours for Python for Everybody' });
    const hours = within(form).getByRole('textbox', { name: /Hours/ });
    const save = within(form).getByRole('button', { name: 'Save hours' });

    await user.click(save);
    expect(within(form).getByText('Enter more than 0 hours.')).toBeInTheDocument();
    await user.type(hours, '25');
    await user.click(save);
    expect(within(form).getByText('One entry holds at most 24 hours.')).toBeInTheDocument();
    // The calendar does not let a day after today be picked (logProblems refuses one too).
    const calendar = await openCalendar(user, within(form).getByRole('button', { name: /Day/ }));
    expect(within(calendar).getByRole('button', { name: '11 December 2026', hidden: true })).toBeDisabled();
    expect(within(calendar).getByRole('button', { name: '10 December 2026', hidden: true })).toBeEnabled();
    expect(fake.bridge['progress:add']).not.toHaveBeenCalled();
  });

  it('marks an item past its end as overdue with a sign and words, not only colour', async () => {
    await renderApp('/plan', { data: withPlan(plan) });
    expect(within(card('Prompting Basics')).getByText('Overdue since 2 Dec 2026')).toBeInTheDocument();
    expect(within(card('Python for Everybody')).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(screen.getByText(/Items past their end date and not done: 1/)).toBeInTheDocument();
  });

  it('deletes a logged entry after asking, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const entry: ProgressEntry = { id: 'entry-1', planId: plan.id, itemId: 'item-python-course', date: '2026-12-08', hours: 3 };
    const { fake } = await renderApp('/plan', { data: withPlan(plan, { progress: [entry] }) });
    await user.click(screen.getByRole('button', { name: 'Delete the entry 8 Dec 2026: 3 h of Python for Everybody' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this entry?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(fake.stored().progress).toEqual([]));
    expect(within(card('Python for Everybody')).getByText('0 h of 20 h logged')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.stored().progress).toEqual([entry]));
    expect(await within(card('Python for Everybody')).findByText('3 h of 20 h logged')).toBeInTheDocument();
    expect(fake.bridge['plans:save']).not.toHaveBeenCalled();
  });
});

describe('Plan list: re-plan, swap, remove, add', () => {
  it('previews a re-plan from today, then saves it when applied', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(plan) });
    await user.click(screen.getByRole('button', { name: 'Re-plan from today' }));
    const dialog = await screen.findByRole('dialog', { name: 'Re-plan from today' });
    expect(within(dialog).getByText('Ready date: 12 Jan 2027 → 21 Jan 2027')).toBeInTheDocument();
    expect(within(dialog).getByText('To keep 12 Jan 2027, you would need 8 h a week.')).toBeInTheDocument();
    const rows = within(within(dialog).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]).getByText('Prompting Basics')).toBeInTheDocument();
    expect(within(rows[1]).getByText('1 Dec 2026 → 2 Dec 2026')).toBeInTheDocument();
    expect(within(rows[1]).getByText('10 Dec 2026 → 11 Dec 2026')).toBeInTheDocument();
    expect(fake.bridge['plans:save']).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Apply the new plan' }));
    const expected = replan(plan, [], '2026-12-10');
    if (!expected.ok) throw new Error(expected.error.message);
    await waitFor(() => expect(fake.stored().plans[0]).toEqual(expected.value.plan));
  });

  it('recomputes the preview at other weekly hours', async () => {
    const user = userEvent.setup();
    await renderApp('/plan', { data: withPlan(plan) });
    await user.click(screen.getByRole('button', { name: 'Re-plan from today' }));
    const dialog = await screen.findByRole('dialog', { name: 'Re-plan from today' });
    const hours = within(dialog).getByRole('textbox', { name: 'Hours a week from now on' });
    await user.clear(hours);
    await user.type(hours, '8');
    const expected = replan(plan, [], '2026-12-10', { weeklyHours: 8 });
    if (!expected.ok) throw new Error(expected.error.message);
    const newReady = expected.value.newReadyDate!;
    expect(newReady <= plan.readyDate!).toBe(true);
    const text = newReady === plan.readyDate ? 'Ready date stays 12 Jan 2027' : `Ready date: 12 Jan 2027 → ${createI18n('en').formatDay(newReady)}`;
    await waitFor(() => expect(within(dialog).getByTestId('replan-ready')).toHaveTextContent(text));
    expect(within(dialog).queryByText(/To keep/)).not.toBeInTheDocument();
  });

  it('swaps a course for another teaching the same skill', async () => {
    const user = userEvent.setup();
    const alternativePlan = builtPlan({}, catalogWithAlternative);
    const { fake } = await renderApp('/plan', { data: withPlan(alternativePlan), catalog: catalogWithAlternative });
    await user.click(screen.getByRole('button', { name: 'Change course for Python for Everybody' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the course of “Python for Everybody”' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Course to use instead' }));
    await user.click(within(dialog).getByRole('option', { name: 'Python Bootcamp — Other School, 30 h', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Use this course' }));
    await waitFor(() => expect(fake.stored().plans[0].items.map((item) => item.courseId)).toContain('python-bootcamp'));
    expect(fake.stored().plans[0].items.map((item) => item.courseId)).not.toContain('python-course');
    expect(PlanSchema.safeParse(fake.stored().plans[0]).success).toBe(true);
  });

  it('removes an item after asking, lists its skill as a gap, and Undo restores the plan', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(plan) });
    expect(screen.getByText('Ready date')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Prompting Basics from the plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this item?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(fake.stored().plans[0].items).toHaveLength(2));
    expect(fake.stored().plans[0].uncovered).toEqual([{ skillId: 'prompt-design', level: 2 }]);
    expect(screen.getByText('Prompt design: Working needed')).toBeInTheDocument();
    // The courses left end on a day that no longer makes the person ready.
    expect(screen.getByText('Courses end')).toBeInTheDocument();
    expect(screen.queryByText('Ready date')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.stored().plans[0]).toEqual(plan));
    expect(await screen.findByText('Ready date')).toBeInTheDocument();
  });

  it('adds the person’s own item after the others', async () => {
    const user = userEvent.setup();
    const { fake } = await renderApp('/plan', { data: withPlan(plan) });
    await user.click(screen.getByRole('button', { name: 'Add your own item' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add your own item' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to the plan' }));
    expect(within(dialog).getByText('Give it a title.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Build a RAG demo');
    await user.type(within(dialog).getByRole('textbox', { name: /Hours it will take/ }), '12');
    await user.click(within(dialog).getByRole('button', { name: 'Add to the plan' }));
    await waitFor(() => expect(fake.stored().plans[0].items).toHaveLength(4));
    expect(fake.stored().plans[0].items[3]).toMatchObject({ id: 'item-custom-1', title: 'Build a RAG demo', hours: 12 });
    expect(screen.getByRole('article', { name: 'Build a RAG demo' })).toBeInTheDocument();
  });
});
