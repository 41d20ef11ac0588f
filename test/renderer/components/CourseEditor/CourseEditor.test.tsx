import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { CourseEditor } from '../../../../renderer/src/components/CourseEditor/CourseEditor';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';
import { fillIn, pickOption } from '../CatalogEntryForm/pickOption';

// Many clicks through Mantine's menus; the build machines are shared, so give them room.
const INTERACTION_TIMEOUT_MS = 30_000;

async function openEditor(props: Partial<Parameters<typeof CourseEditor>[0]> = {}) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const rendered = await renderWithProviders(<CourseEditor mode="create" onSaved={onSaved} onClose={onClose} {...props} />);
  const form = await screen.findByRole('dialog');
  return { ...rendered, onSaved, onClose, form, user: userEvent.setup() };
}

describe('CourseEditor', { timeout: INTERACTION_TIMEOUT_MS }, () => {
  it('rejects 0 hours and an address that is not http(s), next to those fields', async () => {
    const { user, form, fake, onSaved } = await openEditor();
    await fillIn(user, within(form).getByRole('textbox', { name: /Title/ }), 'Vector search basics');
    await fillIn(user, within(form).getByRole('textbox', { name: /Provider/ }), 'Open Academy');
    await fillIn(user, within(form).getByRole('textbox', { name: /Web address/ }), 'ftp://example.org/course');
    await fillIn(user, within(form).getByRole('textbox', { name: /Hours to complete/ }), '0');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const hours = within(form).getByRole('textbox', { name: /Hours to complete/ });
    await waitFor(() => expect(hours).toHaveAttribute('aria-invalid', 'true'));
    expect(hours).toHaveAccessibleDescription('Must be more than 0.');
    expect(within(form).getByRole('textbox', { name: /Web address/ })).toHaveAccessibleDescription(
      /Enter a web address starting with https:\/\/ or http:\/\//,
    );
    expect(within(form).getByRole('textbox', { name: /Title/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(fake.bridge['userCatalog:saveCourse']).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks for a title, a provider, a cost, a language and a skill taught', async () => {
    const { user, form } = await openEditor();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findAllByText('This is required.')).toHaveLength(3); // title, provider, hours
    expect(within(form).getByRole('combobox', { name: /Cost/ })).toHaveAccessibleDescription('Choose one of the options.');
    expect(within(form).getByText('Add at least one.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Skill 1' })).toHaveAccessibleDescription(
      'Choose a skill, or remove this line.',
    );
  });

  it('saves a valid course as the person’s own', async () => {
    const { user, form, fake, onSaved } = await openEditor();
    await fillIn(user, within(form).getByRole('textbox', { name: /Title/ }), 'Vector search basics');
    await fillIn(user, within(form).getByRole('textbox', { name: /Provider/ }), 'Open Academy');
    await fillIn(user, within(form).getByRole('textbox', { name: /Web address/ }), 'https://example.org/vectors');
    await fillIn(user, within(form).getByRole('textbox', { name: /Hours to complete/ }), '6.5');
    await user.click(within(form).getByRole('checkbox', { name: /provider states/ }));
    await pickOption(user, within(form).getByRole('combobox', { name: /Cost/ }), 'Paid');
    await pickOption(user, within(form).getByRole('combobox', { name: /Languages/ }), 'French');
    await pickOption(user, within(form).getByRole('combobox', { name: 'Skill 1' }), 'Data labeling');
    await user.click(within(form).getByRole('button', { name: 'Add a skill it expects' }));
    await pickOption(user, within(form).getAllByRole('combobox', { name: 'Skill 1' })[1], 'Python programming');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(fake.stored().userCatalog.courses).toEqual([
      {
        id: 'my-vector-search-basics',
        title: 'Vector search basics',
        provider: 'Open Academy',
        url: 'https://example.org/vectors',
        hours: 6.5,
        hoursStated: true,
        cost: 'paid',
        languages: ['fr'],
        teaches: [{ skillId: 'data-labeling', level: 2 }],
        expects: [{ skillId: 'python-programming', level: 2 }],
        custom: true,
      },
    ]);
  });

  it('edits an existing course with its values filled in', async () => {
    const course = { ...smallCatalog.courses[2], id: 'my-prompting', custom: true };
    const { form } = await openEditor({ mode: 'edit', course });
    expect(within(form).getByRole('textbox', { name: /Title/ })).toHaveValue('Prompting Basics');
    expect(within(form).getByRole('textbox', { name: /Hours to complete/ })).toHaveValue('2');
    expect(within(form).getByRole('combobox', { name: 'Skill 1' })).toHaveValue('Prompt design');
    expect(screen.getByRole('heading', { name: 'Edit your course' })).toBeInTheDocument();
  });
});
