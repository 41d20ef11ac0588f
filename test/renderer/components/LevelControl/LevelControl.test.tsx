import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Level, Skill } from '../../../../core';
import { LevelControl, type LevelNeed } from '../../../../renderer/src/components/LevelControl/LevelControl';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

const python = smallCatalog.skills.find((skill) => skill.id === 'python-programming') as Skill;
const mlBasics = smallCatalog.skills.find((skill) => skill.id === 'machine-learning-basics') as Skill;

function Harness({ skill, initial, needs, onChange }: { skill: Skill; initial: Level; needs?: LevelNeed[]; onChange?: (level: Level) => void }) {
  const [level, setLevel] = useState<Level>(initial);
  return (
    <LevelControl
      skill={skill}
      value={level}
      needs={needs}
      onChange={(next) => {
        setLevel(next);
        onChange?.(next);
      }}
    />
  );
}

describe('LevelControl', () => {
  it('is a radio group named after the skill, showing the selected level and what it means', async () => {
    await renderWithProviders(<Harness skill={python} initial={3} />);
    const group = screen.getByRole('radiogroup', { name: 'Level for Python programming' });
    expect(within(group).getByRole('radio', { name: 'Proficient' })).toBeChecked();
    expect(group).toHaveAccessibleDescription('Proficient: Builds tested modules');
  });

  it('uses the category line when the skill has no level lines of its own', async () => {
    await renderWithProviders(<Harness skill={mlBasics} initial={2} />);
    expect(screen.getByText('I train and evaluate a standard model by following a guide.')).toBeInTheDocument();
  });

  it('says "not yet" for level 0', async () => {
    await renderWithProviders(<Harness skill={python} initial={0} />);
    expect(screen.getByText('I have not worked with this yet.')).toBeInTheDocument();
  });

  it('changes level on click and describes the new level', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness skill={python} initial={0} onChange={onChange} />);
    await userEvent.click(screen.getByText('Working'));
    expect(onChange).toHaveBeenCalledWith(2);
    expect(screen.getByText('Writes small programs')).toBeInTheDocument();
  });

  it('previews the description of the option under the pointer', async () => {
    await renderWithProviders(<Harness skill={python} initial={1} />);
    await userEvent.hover(screen.getByText('Expert'));
    expect(screen.getByText('Designs large codebases')).toBeInTheDocument();
    expect(screen.getByText('Expert (pointed at):')).toBeInTheDocument();
    await userEvent.unhover(screen.getByText('Expert'));
    expect(screen.getByText('Reads a short script')).toBeInTheDocument();
  });

  it('keeps its level and ignores clicks while disabled (a read-only store)', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<LevelControl skill={python} value={2} onChange={onChange} disabled />);
    const radios = within(screen.getByRole('radiogroup', { name: 'Level for Python programming' })).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    for (const radio of radios) expect(radio).toBeDisabled();
    await userEvent.click(screen.getByText('Expert'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Working' })).toBeChecked();
  });

  it('gives each control its own group of radios, so two skills never share a selection', async () => {
    await renderWithProviders(
      <>
        <Harness skill={python} initial={1} />
        <Harness skill={mlBasics} initial={3} />
      </>,
    );
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Level for Python programming' })).getByText('Expert'));
    expect(within(screen.getByRole('radiogroup', { name: 'Level for Python programming' })).getByRole('radio', { name: 'Expert' })).toBeChecked();
    expect(within(screen.getByRole('radiogroup', { name: 'Level for Machine learning basics' })).getByRole('radio', { name: 'Proficient' })).toBeChecked();
  });

  it('can be operated with the arrow keys', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness skill={python} initial={1} onChange={onChange} />);
    const checked = screen.getByRole('radio', { name: 'Awareness' });
    checked.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(2);
    expect(screen.getByRole('radio', { name: 'Working' })).toBeChecked();
  });

  it('shows what each target role needs and whether it is reached', async () => {
    await renderWithProviders(
      <Harness
        skill={python}
        initial={2}
        needs={[
          { roleTitle: 'AI engineer', level: 3 },
          { roleTitle: 'Data annotator', level: 1 },
        ]}
      />,
    );
    expect(screen.getByText('AI engineer needs: Proficient')).toBeInTheDocument();
    expect(screen.getByText('Data annotator needs: Awareness (reached)')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    await renderWithProviders(<Harness skill={python} initial={3} />, {
      data: { settings: { locale: 'fr', colorScheme: 'light' } },
    });
    expect(screen.getByRole('radiogroup', { name: 'Niveau en Programmation Python' })).toBeInTheDocument();
    expect(screen.getByText('Construit des modules testés')).toBeInTheDocument();
  });
});
