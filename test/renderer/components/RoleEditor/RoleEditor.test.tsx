import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { RoleEditor } from '../../../../renderer/src/components/RoleEditor/RoleEditor';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';
import { fillIn, pickOption } from '../CatalogEntryForm/pickOption';

// Many clicks through Mantine's menus; the build machines are shared, so give them room.
const INTERACTION_TIMEOUT_MS = 30_000;

async function openEditor(props: Partial<Parameters<typeof RoleEditor>[0]> = {}, locale: 'en' | 'fr' = 'en') {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const rendered = await renderWithProviders(
    <RoleEditor mode="create" onSaved={onSaved} onClose={onClose} {...props} />,
    { data: { settings: { locale, colorScheme: 'light' } } },
  );
  const form = await screen.findByRole('dialog');
  return { ...rendered, onSaved, onClose, form, user: userEvent.setup() };
}

describe('RoleEditor', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('does not offer a skill twice across requirement lines', async () => {
    const { user, form } = await openEditor();
    await pickOption(user, within(form).getByRole('combobox', { name: 'Skill 1' }), 'Prompt design');
    await user.click(within(form).getByRole('button', { name: 'Add a skill' }));
    const second = within(form).getByRole('combobox', { name: 'Skill 2' });
    await user.click(second);
    const listbox = document.getElementById(second.getAttribute('aria-controls') ?? '')!;
    expect(within(listbox).queryByRole('option', { name: 'Prompt design', hidden: true })).not.toBeInTheDocument();
    expect(within(listbox).getByRole('option', { name: 'Data labeling', hidden: true })).toBeInTheDocument();
  });

  it('gives a new role an id that does not clash with the matrix', async () => {
    const { user, form, onSaved } = await openEditor();
    await fillIn(user, within(form).getByRole('textbox', { name: /Job title/ }), 'Data annotator');
    await pickOption(user, within(form).getByRole('combobox', { name: /Family/ }), 'Data annotation');
    await pickOption(user, within(form).getByRole('combobox', { name: 'Skill 1' }), 'Data labeling');
    await pickOption(user, within(form).getByRole('combobox', { name: 'Importance (1)' }), '5 of 5');
    await pickOption(user, within(form).getByRole('combobox', { name: /Typical backgrounds/ }), 'Customer or technical support');
    await user.type(within(form).getByLabelText(/Hiring hubs/), 'Austin{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved.mock.calls[0][0]).toMatchObject({
      id: 'my-data-annotator',
      requirements: [{ skillId: 'data-labeling', level: 2, importance: 5 }],
      backgrounds: ['customer-support'],
      hubs: ['Austin'],
    });
  });

  it('works in French, and names what is missing in French', async () => {
    const { user, form } = await openEditor({}, 'fr');
    expect(screen.getByRole('heading', { name: 'Ajouter un métier' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Ce champ est obligatoire.')).toBeInTheDocument();
  });

  it('drops the basis of a built-in figure once the person changes that line', async () => {
    const role = {
      ...smallCatalog.roles[1],
      requirements: [{ skillId: 'data-labeling', level: 2 as const, importance: 5 as const, basis: 'O*NET 43-9111.00' }],
    };
    const { user, form, fake } = await openEditor({ mode: 'customise', role });
    await pickOption(user, within(form).getByRole('combobox', { name: 'Level needed (1)' }), '3 · Proficient');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.stored().userCatalog.roles).toHaveLength(1));
    expect(fake.stored().userCatalog.roles[0].requirements).toEqual([{ skillId: 'data-labeling', level: 3, importance: 5 }]);
  });
});
