import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Skill } from '../../../../core';
import { SkillRatingList, type SkillRatingRow } from '../../../../renderer/src/components/SkillRatingList/SkillRatingList';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

const skill = (id: string) => smallCatalog.skills.find((entry) => entry.id === id) as Skill;

const rows: SkillRatingRow[] = [
  { skill: skill('python-programming'), level: 3, note: 'Two scripts at work', rated: true, needs: [] },
  { skill: skill('prompt-design'), level: 1, rated: true, needs: [{ roleTitle: 'AI engineer', level: 2 }] },
  { skill: skill('machine-learning-basics'), level: 0, rated: false, needs: [{ roleTitle: 'AI engineer', level: 3 }] },
];

describe('SkillRatingList', () => {
  it('groups skills under category headings in the catalog’s category order', async () => {
    await renderWithProviders(<SkillRatingList rows={rows} groupByCategory onLevelChange={() => {}} />);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Programming', 'Machine learning', 'Generative AI']);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(3);
    expect(screen.getByText('AI engineer needs: Working')).toBeInTheDocument();
  });

  it('reports level changes with the skill id', async () => {
    const onLevelChange = vi.fn();
    await renderWithProviders(<SkillRatingList rows={rows} onLevelChange={onLevelChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Level for Machine learning basics' });
    await userEvent.click(within(group).getByText('Working'));
    expect(onLevelChange).toHaveBeenCalledWith('machine-learning-basics', 2);
  });

  it('offers evidence and removal only for rated skills', async () => {
    const onNoteChange = vi.fn();
    const onRemove = vi.fn();
    await renderWithProviders(
      <SkillRatingList rows={rows} onLevelChange={() => {}} onNoteChange={onNoteChange} onRemove={onRemove} />,
    );
    expect(screen.getAllByRole('button', { name: /^Remove the rating of/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Remove the rating of Machine learning basics' })).toBeNull();
    const note = screen.getByRole('textbox', { name: 'Evidence (optional) for Python programming' });
    expect(note).toHaveValue('Two scripts at work');
    await userEvent.type(note, '!');
    expect(onNoteChange).toHaveBeenLastCalledWith('python-programming', 'Two scripts at work!');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the rating of Prompt design' }));
    expect(onRemove).toHaveBeenCalledWith('prompt-design');
  });
});
