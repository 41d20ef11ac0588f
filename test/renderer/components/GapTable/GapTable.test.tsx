import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { analyzeFit, type Level, type Profile } from '../../../../core';
import { GapTable } from '../../../../renderer/src/components/GapTable/GapTable';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';
import { adviceCatalog, adviceEngineer } from '../RoleFitCard/adviceCatalog';

const engineer = smallCatalog.roles[0];
const skillsById = new Map(smallCatalog.skills.map((skill) => [skill.id, skill]));

/** A host that re-analyses on each change, as the role page does. */
function Host({ initial, collapsedRows }: { initial: Pick<Profile, 'skills' | 'background'>; collapsedRows?: number }) {
  const [profile, setProfile] = useState(initial);
  const fit = analyzeFit(profile, engineer, smallCatalog);
  const change = (skillId: string, level: Level) =>
    setProfile((current) => ({
      ...current,
      skills: [...current.skills.filter((rating) => rating.skillId !== skillId), { skillId, level }],
    }));
  return <GapTable requirements={fit.requirements} skillsById={skillsById} onLevelChange={change} collapsedRows={collapsedRows} />;
}

const order = () =>
  within(screen.getByTestId('gap-table'))
    .getAllByRole('row')
    .map((row) => row.dataset.skillId)
    .filter(Boolean);

describe('GapTable', () => {
  it('lists requirements largest gap first, with needed level, importance and share', async () => {
    await renderWithProviders(<Host initial={{ background: 'sales', skills: [] }} />);
    // Weights: Python 5 × 3 = 15, ML 4 × 3 = 12, prompt 3 × 2 = 6, of 33.
    expect(order()).toEqual(['python-programming', 'machine-learning-basics', 'prompt-design']);
    const python = within(screen.getByTestId('gap-table')).getAllByRole('row')[1];
    expect(python).toHaveTextContent('Python programming');
    expect(python).toHaveTextContent('Importance 5 of 5');
    expect(python).toHaveTextContent('Proficient');
    expect(python).toHaveTextContent('45%');
  });

  it('keeps rows in place after an edit until asked to sort again', async () => {
    await renderWithProviders(<Host initial={{ background: 'sales', skills: [] }} />);
    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'Level for Python programming' })).getByText('Expert'));
    const python = within(screen.getByTestId('gap-table')).getAllByRole('row')[1];
    expect(python).toHaveTextContent('Met');
    expect(order()[0]).toBe('python-programming');
    await userEvent.click(screen.getByRole('button', { name: 'Sort by largest gap again' }));
    expect(order()).toEqual(['machine-learning-basics', 'prompt-design', 'python-programming']);
    expect(screen.queryByRole('button', { name: 'Sort by largest gap again' })).toBeNull();
  });

  it('shows the largest gaps first and the rest on request', async () => {
    await renderWithProviders(<Host initial={{ background: 'sales', skills: [] }} collapsedRows={2} />);
    expect(order()).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 3 requirements' }));
    expect(order()).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Show the largest gaps only' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('is read-only without a change handler', async () => {
    const fit = analyzeFit({ background: 'sales', skills: [{ skillId: 'python-programming', level: 2 }] }, engineer, smallCatalog);
    await renderWithProviders(<GapTable requirements={fit.requirements} skillsById={skillsById} />);
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    expect(screen.getByTestId('gap-table')).toHaveTextContent('Working');
  });
});

describe('GapTable and the advice', () => {
  it('marks plus requirements and levels assumed from the background, and confirms one in a click', async () => {
    const changes: Array<[string, Level]> = [];
    const fit = analyzeFit({ background: 'sales', skills: [] }, adviceEngineer, adviceCatalog);
    await renderWithProviders(
      <GapTable requirements={fit.requirements} skillsById={skillsById} onLevelChange={(skillId, level) => changes.push([skillId, level])} />,
    );
    const rows = within(screen.getByTestId('gap-table')).getAllByRole('row');
    const prompt = rows.find((row) => row.dataset.skillId === 'prompt-design')!;
    const python = rows.find((row) => row.dataset.skillId === 'python-programming')!;
    expect(within(prompt).getByTestId('plus-badge')).toHaveTextContent('plus');
    expect(within(python).queryByTestId('plus-badge')).toBeNull();
    expect(within(prompt).getByTestId('assumed-note')).toHaveTextContent('assumed from your background or jobs — rate it');
    expect(within(python).queryByTestId('assumed-note')).toBeNull();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Confirm Awareness as your level in Prompt design' }));
    expect(changes).toEqual([['prompt-design', 1]]);
  });

  it('links an assumed level to the profile when the table is read-only', async () => {
    const fit = analyzeFit({ background: 'sales', skills: [] }, adviceEngineer, adviceCatalog);
    await renderWithProviders(<GapTable requirements={fit.requirements} skillsById={skillsById} />);
    expect(screen.getByRole('link', { name: 'assumed from your background or jobs — rate it' })).toHaveAttribute('href', '#/profile');
  });
});
