import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../../core';
import { renderWithProviders } from '../../render';
import { fillIn, pickOption } from '../../components/CatalogEntryForm/pickOption';
import { builtPlan } from '../Plan/planFixtures';
import { RoutedMatrix } from './routed';

// Many clicks through Mantine's menus; the build machines are shared, so give them room.
const INTERACTION_TIMEOUT_MS = 30_000;

const myRole: Role = {
  id: 'my-prompt-lead',
  title: { en: 'Prompt lead', fr: 'Prompt lead' },
  family: 'ai-augmented',
  summary: { en: 'Runs the team’s prompts.', fr: 'Runs the team’s prompts.' },
  requirements: [{ skillId: 'prompt-design', level: 3, importance: 5 }],
  backgrounds: ['marketing'],
  hubs: [],
  onetCodes: [],
  sources: [{ title: 'Added by you' }],
  reviewed: '2026-11-20',
  custom: true,
};

async function openMatrix(hash: string, options: Parameters<typeof renderWithProviders>[1] = {}) {
  window.location.hash = hash;
  const rendered = await renderWithProviders(<RoutedMatrix />, options);
  return { ...rendered, user: userEvent.setup() };
}

async function dialog(name: string | RegExp) {
  return screen.findByRole('dialog', { name });
}


describe('adding a role of one’s own', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('saves it with an id of its own, marks it as the person’s and lists it with a badge', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles');
    await user.click(screen.getByRole('button', { name: 'Add a role' }));
    const form = await dialog('Add a role');

    await fillIn(user, within(form).getByRole('textbox', { name: /Job title/ }), 'Prompt Ops Lead');
    await pickOption(user, within(form).getByRole('combobox', { name: /Family/ }), 'AI consulting and strategy');
    await fillIn(user, within(form).getByRole('textbox', { name: /Summary/ }), 'Keeps prompts in shape.');
    await pickOption(user, within(form).getByRole('combobox', { name: 'Skill 1' }), 'Prompt design', 'Prompt');
    await pickOption(user, within(form).getByRole('combobox', { name: 'Level needed (1)' }), '3 · Proficient');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(window.location.hash).toBe('#/matrix/roles/my-prompt-ops-lead'));
    const stored = fake.stored().userCatalog.roles;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: 'my-prompt-ops-lead',
      title: { en: 'Prompt Ops Lead', fr: 'Prompt Ops Lead' },
      family: 'ai-consulting',
      summary: { en: 'Keeps prompts in shape.', fr: 'Keeps prompts in shape.' },
      requirements: [{ skillId: 'prompt-design', level: 3, importance: 3 }],
      sources: [{ title: 'Added by you' }],
      custom: true,
    });
    expect(stored[0].reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect(await screen.findByRole('heading', { level: 3, name: 'Prompt Ops Lead' })).toBeInTheDocument();
    expect(screen.getByText('Yours')).toBeInTheDocument();
    expect(screen.getByText('Added by you')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /All roles/ }));
    expect(await screen.findByTestId('matrix-count')).toHaveTextContent('3 roles');
    const row = screen.getByRole('link', { name: 'Prompt Ops Lead' }).closest('tr')!;
    expect(within(row).getByText('Yours')).toBeInTheDocument();
  });

  it('names the fields to fix and saves nothing while they are wrong', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles');
    await user.click(screen.getByRole('button', { name: 'Add a role' }));
    const form = await dialog('Add a role');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const title = within(form).getByRole('textbox', { name: /Job title/ });
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('This is required.');
    expect(title).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: /Family/ })).toHaveAccessibleDescription(
      'Choose one of the options.',
    );
    expect(within(form).getByRole('combobox', { name: 'Skill 1' })).toHaveAccessibleDescription(
      'Choose a skill, or remove this line.',
    );
    expect(fake.bridge['userCatalog:saveRole']).not.toHaveBeenCalled();
    expect(fake.stored().userCatalog.roles).toEqual([]);
  });

  it('asks for at least one skill when every line is removed', async () => {
    const { user } = await openMatrix('#/matrix/roles');
    await user.click(screen.getByRole('button', { name: 'Add a role' }));
    const form = await dialog('Add a role');
    await user.click(within(form).getByRole('button', { name: 'Remove line 1' }));
    await fillIn(user, within(form).getByRole('textbox', { name: /Job title/ }), 'Lonely role');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Add at least one.')).toBeInTheDocument();
  });

  it('closes without saving on Cancel', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles');
    await user.click(screen.getByRole('button', { name: 'Add a role' }));
    const form = await dialog('Add a role');
    await fillIn(user, within(form).getByRole('textbox', { name: /Job title/ }), 'Never mind');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a role' })).not.toBeInTheDocument());
    expect(fake.stored().userCatalog.roles).toEqual([]);
  });
});

describe('deleting one’s own role', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  const options = { data: { userCatalog: { roles: [myRole], skills: [], courses: [] } } };

  it('asks first, removes it, and brings it back with Undo', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles/my-prompt-lead', options);
    expect(screen.getByText('Yours')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await dialog('Delete “Prompt lead”?');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(fake.stored().userCatalog.roles).toEqual([]));
    await waitFor(() => expect(window.location.hash).toBe('#/matrix/roles'));
    expect(await screen.findByText('“Prompt lead” was deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Prompt lead' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.stored().userCatalog.roles).toEqual([myRole]));
    expect(await screen.findByRole('link', { name: 'Prompt lead' })).toBeInTheDocument();
  });

  it('warns before deleting a role that a saved plan aims at, naming the plan', async () => {
    const plan = { ...builtPlan(), targetRoleIds: ['my-prompt-lead'], name: 'Plan of 24 Nov 2026 — Prompt lead' };
    const { user } = await openMatrix('#/matrix/roles/my-prompt-lead', {
      data: { ...options.data, plans: [plan], activePlanId: plan.id },
    });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await dialog('Delete “Prompt lead”?');
    expect(
      within(confirm).getByText(/These plans aim at it: “Plan of 24 Nov 2026 — Prompt lead”\. They keep their courses and dates/),
    ).toBeInTheDocument();
  });

  it('keeps the role when the person cancels', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles/my-prompt-lead', options);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await dialog('Delete “Prompt lead”?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(fake.bridge['userCatalog:remove']).not.toHaveBeenCalled();
    expect(fake.stored().userCatalog.roles).toEqual([myRole]);
  });

  it('edits it in place, keeping its id', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles/my-prompt-lead', options);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const form = await dialog('Edit your role');
    const title = within(form).getByRole('textbox', { name: /Job title/ });
    expect(title).toHaveValue('Prompt lead');
    await fillIn(user, title, 'Prompt librarian');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.stored().userCatalog.roles[0].title).toEqual({ en: 'Prompt librarian', fr: 'Prompt librarian' }));
    expect(fake.stored().userCatalog.roles).toHaveLength(1);
    expect(fake.stored().userCatalog.roles[0].id).toBe('my-prompt-lead');
  });
});

describe('customising a built-in role', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('stores an edited copy under the same id, keeps the other language, and can reset it', async () => {
    const { user, fake } = await openMatrix('#/matrix/roles/ai-engineer');
    await user.click(screen.getByRole('button', { name: 'Customise' }));
    const form = await dialog('Customise this role');
    const title = within(form).getByRole('textbox', { name: /Job title/ });
    expect(title).toHaveValue('AI engineer');
    expect(within(form).getAllByTestId('requirements-row')).toHaveLength(3);
    await fillIn(user, title, 'AI engineer (Lyon)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(fake.stored().userCatalog.roles).toHaveLength(1));
    const copy = fake.stored().userCatalog.roles[0];
    expect(copy.id).toBe('ai-engineer');
    expect(copy.custom).toBe(true);
    expect(copy.title).toEqual({ en: 'AI engineer (Lyon)', fr: 'Ingénieur IA' });
    expect(copy.requirements).toHaveLength(3);
    expect(copy.onetCodes).toEqual(['15-1221.00']);
    expect(copy.sources).toEqual([{ title: 'Test source' }, { title: 'Edited by you' }]);

    expect(await screen.findByRole('heading', { level: 3, name: 'AI engineer (Lyon)' })).toBeInTheDocument();
    expect(screen.getByText('Your version')).toBeInTheDocument();
    expect(screen.getByText('Edited by you')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset to built-in' }));
    const confirm = await dialog('Go back to the built-in “AI engineer (Lyon)”?');
    await user.click(within(confirm).getByRole('button', { name: 'Reset to built-in' }));
    await waitFor(() => expect(fake.stored().userCatalog.roles).toEqual([]));
    expect(await screen.findByRole('heading', { level: 3, name: 'AI engineer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Customise' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/matrix/roles/ai-engineer');
  });

  it('offers no changes while the data is read-only', async () => {
    await openMatrix('#/matrix/roles/ai-engineer', { status: { readOnly: true } });
    expect(screen.queryByRole('button', { name: 'Customise' })).not.toBeInTheDocument();
  });
});
