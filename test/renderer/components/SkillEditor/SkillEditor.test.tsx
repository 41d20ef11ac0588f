import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { SkillEditor } from '../../../../renderer/src/components/SkillEditor/SkillEditor';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';
import { fillIn, pickOption } from '../CatalogEntryForm/pickOption';

// Many clicks through Mantine's menus; the build machines are shared, so give them room.
const INTERACTION_TIMEOUT_MS = 30_000;

async function openEditor(props: Partial<Parameters<typeof SkillEditor>[0]> = {}) {
  const onSaved = vi.fn();
  const rendered = await renderWithProviders(<SkillEditor mode="create" onSaved={onSaved} onClose={() => {}} {...props} />);
  const form = await screen.findByRole('dialog');
  return { ...rendered, onSaved, form, user: userEvent.setup() };
}

describe('SkillEditor', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('saves a new skill with its category, prerequisite and job-ad words', async () => {
    const { user, form, fake, onSaved } = await openEditor();
    await fillIn(user, within(form).getByRole('textbox', { name: /Name/ }), 'Vector databases');
    await pickOption(user, within(form).getByRole('combobox', { name: /Category/ }), 'Data');
    await fillIn(user, within(form).getByRole('textbox', { name: /Description/ }), 'Storing embeddings for search.');
    await pickOption(user, within(form).getByRole('combobox', { name: /Learn first/ }), 'Python programming');
    const aliases = within(form).getByLabelText(/Other names/);
    await user.type(aliases, 'pgvector{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fake.stored().userCatalog.skills).toEqual([
      {
        id: 'my-vector-databases',
        name: { en: 'Vector databases', fr: 'Vector databases' },
        category: 'data',
        description: { en: 'Storing embeddings for search.', fr: 'Storing embeddings for search.' },
        prerequisites: ['python-programming'],
        aliases: ['pgvector'],
        custom: true,
      },
    ]);
  });

  it('requires a name and a category', async () => {
    const { user, form, fake } = await openEditor();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const name = within(form).getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription('This is required.'));
    expect(within(form).getByRole('combobox', { name: /Category/ })).toHaveAccessibleDescription('Choose one of the options.');
    expect(fake.bridge['userCatalog:saveSkill']).not.toHaveBeenCalled();
  });

  it('refuses a prerequisite that would make a loop, naming the skills in it', async () => {
    const python = smallCatalog.skills[0];
    const { user, form, fake } = await openEditor({ mode: 'customise', skill: python });
    expect(screen.getByRole('heading', { name: 'Customise this skill' })).toBeInTheDocument();
    await pickOption(user, within(form).getByRole('combobox', { name: /Learn first/ }), 'Machine learning basics');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const prerequisites = within(form).getByRole('combobox', { name: /Learn first/ });
    await waitFor(() => expect(prerequisites).toHaveAttribute('aria-invalid', 'true'));
    expect(prerequisites).toHaveAccessibleDescription(
      expect.stringContaining(
        'This would make a loop of prerequisites: Python programming → Machine learning basics → Python programming.',
      ),
    );
    expect(fake.bridge['userCatalog:saveSkill']).not.toHaveBeenCalled();
  });

  it('keeps the built-in translation and level lines when customising', async () => {
    const python = smallCatalog.skills[0];
    const { user, form, fake } = await openEditor({ mode: 'customise', skill: python });
    await fillIn(user, within(form).getByRole('textbox', { name: /Name/ }), 'Python for data work');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.stored().userCatalog.skills).toHaveLength(1));
    const saved = fake.stored().userCatalog.skills[0];
    expect(saved.id).toBe('python-programming');
    expect(saved.name).toEqual({ en: 'Python for data work', fr: 'Programmation Python' });
    expect(saved.levels).toEqual(python.levels);
  });
});
