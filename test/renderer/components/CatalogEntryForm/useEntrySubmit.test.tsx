import { notifications } from '@mantine/notifications';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SkillSchema, type Skill } from '../../../../core';
import type { FieldProblem } from '../../../../renderer/src/components/CatalogEntryForm/fieldProblems';
import { useEntrySubmit } from '../../../../renderer/src/components/CatalogEntryForm/useEntrySubmit';
import { renderWithProviders } from '../../render';

afterEach(() => act(() => notifications.clean()));

const skill: Skill = {
  id: 'my-skill',
  name: { en: 'Prompt chaining', fr: 'Prompt chaining' },
  category: 'tools',
  description: { en: 'Chaining prompts.', fr: '' },
  prerequisites: [],
  aliases: [],
  custom: true,
};

/** A form of one button: submits `candidate` with `own` as the editor's own checks. */
function Harness({ candidate, own = [], onSaved }: { candidate: unknown; own?: FieldProblem[]; onSaved: (entry: Skill) => void }) {
  const { modal, problemText, submit } = useEntrySubmit('skill', SkillSchema);
  return (
    <>
      <button type="button" onClick={() => void submit(candidate, own, (entry) => entry.name.en, onSaved)}>
        Save
      </button>
      <output data-testid="state">{`${modal.attempt} ${modal.saving} ${Object.keys(modal.problems).sort().join(',')}`}</output>
      <output data-testid="name-problem">{problemText('name') ?? ''}</output>
    </>
  );
}

describe('useEntrySubmit', () => {
  it('saves a valid entry in the person’s catalog, says so and hands it back', async () => {
    const onSaved = vi.fn();
    const { fake } = await renderWithProviders(<Harness candidate={skill} onSaved={onSaved} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(skill));
    expect(fake.stored().userCatalog.skills).toEqual([skill]);
    expect(await screen.findByText('“Prompt chaining” is in your matrix.')).toBeInTheDocument();
    expect(screen.getByTestId('state')).toHaveTextContent('0 false');
  });

  it('saves nothing on a problem, shows each at its field and counts the attempts', async () => {
    const onSaved = vi.fn();
    const { fake } = await renderWithProviders(
      <Harness candidate={{ ...skill, category: undefined }} own={[{ path: 'name', key: 'catalogEditor.error.required' }]} onSaved={onSaved} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('state')).toHaveTextContent('1 false category,name');
    expect(screen.getByTestId('name-problem')).not.toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByTestId('state')).toHaveTextContent('2 false category,name');
    expect(onSaved).not.toHaveBeenCalled();
    expect(fake.stored().userCatalog.skills).toEqual([]);
  });
});
