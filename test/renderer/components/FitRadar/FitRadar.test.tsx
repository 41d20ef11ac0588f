import { screen, within } from '@testing-library/react';
import { analyzeFit, type Role } from '../../../../core';
import { FitRadar } from '../../../../renderer/src/components/FitRadar/FitRadar';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

const skillsById = new Map(smallCatalog.skills.map((skill) => [skill.id, skill]));

describe('FitRadar', () => {
  it('gives the chart’s values in a table and hides the drawing from assistive technology', async () => {
    const fit = analyzeFit({ background: 'sales', skills: [{ skillId: 'prompt-design', level: 2 }] }, smallCatalog.roles[1], smallCatalog);
    await renderWithProviders(<FitRadar requirements={fit.requirements} skillsById={skillsById} />);
    const table = screen.getByRole('table', { name: 'Your level and the level the role needs, per skill' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Data labeling', '0 · None', '2 · Working', '5'],
      ['Prompt design', '2 · Working', '1 · Awareness', '2'],
    ]);
    expect(await screen.findByTestId('fit-radar-chart')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByText(/The chart shows the/)).toBeNull();
  });

  it('says when the chart leaves skills out', async () => {
    const role: Role = smallCatalog.roles[0];
    const fit = analyzeFit({ background: 'sales', skills: [] }, role, smallCatalog);
    await renderWithProviders(<FitRadar requirements={fit.requirements} skillsById={skillsById} maxAxes={2} />);
    expect(screen.getByText('The chart shows the 2 most important of the role’s 3 skills; the gap table lists them all.')).toBeInTheDocument();
    await screen.findByTestId('fit-radar-chart');
  });
});
