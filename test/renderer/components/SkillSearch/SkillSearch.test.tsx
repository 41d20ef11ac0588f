import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SkillSearch } from '../../../../renderer/src/components/SkillSearch/SkillSearch';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

// jsdom has no layout, so Mantine's popover thinks its anchor is off screen and hides the
// dropdown with display: none; the options are still rendered and clickable.
const visibleOrNot = { hidden: true } as const;

describe('SkillSearch', () => {
  it('finds a skill by a job-ad word and hands back its id, then empties itself', async () => {
    const onPick = vi.fn();
    await renderWithProviders(<SkillSearch skills={smallCatalog.skills} excludeIds={new Set()} onPick={onPick} />);
    const input = screen.getByRole('combobox', { name: 'Add a skill' });
    await userEvent.type(input, 'prompting');
    expect(screen.queryByRole('option', { name: 'Python programming', ...visibleOrNot })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: 'Prompt design', ...visibleOrNot }));
    expect(onPick).toHaveBeenCalledWith('prompt-design');
    expect(input).toHaveValue('');
  });

  it('finds a skill by its French name while the interface is in English', async () => {
    await renderWithProviders(<SkillSearch skills={smallCatalog.skills} excludeIds={new Set()} onPick={() => {}} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a skill' }), 'apprentissage');
    expect(await screen.findByRole('option', { name: 'Machine learning basics', ...visibleOrNot })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Data labeling', ...visibleOrNot })).not.toBeInTheDocument();
  });

  it('leaves out skills already on the list', async () => {
    await renderWithProviders(
      <SkillSearch skills={smallCatalog.skills} excludeIds={new Set(['python-programming'])} onPick={() => {}} />,
    );
    await userEvent.type(screen.getByRole('combobox', { name: 'Add a skill' }), 'python');
    expect(await screen.findByText('No skill matches.')).toBeInTheDocument();
  });
});
