import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeFit } from '../../../../core';
import { RoleFitCard } from '../../../../renderer/src/components/RoleFitCard/RoleFitCard';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';
import { adviceCatalog, adviceEngineer } from './adviceCatalog';

const skillsById = new Map(smallCatalog.skills.map((skill) => [skill.id, skill]));
const [engineer, annotator] = smallCatalog.roles;

describe('RoleFitCard', () => {
  it('shows readiness, hours, the three largest gaps and the role’s facts', async () => {
    const fit = analyzeFit({ background: 'data-science', skills: [] }, engineer, smallCatalog);
    await renderWithProviders(<RoleFitCard role={engineer} fit={fit} skillsById={skillsById} isTarget />);
    const card = screen.getByRole('article', { name: 'AI engineer' });
    expect(within(card).getByTestId('readiness-percent')).toHaveTextContent('0%');
    expect(card).toHaveTextContent('37 h of courses to be ready');
    expect(within(card).getAllByRole('listitem')).toHaveLength(3);
    expect(card).toHaveTextContent('Your target');
    expect(card).toHaveTextContent('Fits your background');
    expect(card).toHaveTextContent('Remote or hybrid');
    expect(within(card).queryByRole('checkbox')).toBeNull();
  });

  it('does not call the hours of a role "to be ready" when a gap has no course', async () => {
    // Nothing rated: the annotator's 2 h of prompting, and data labelling, which no course teaches.
    const fit = analyzeFit({ background: 'sales', skills: [] }, annotator, smallCatalog);
    expect(fit.uncoveredSkillIds).toEqual(['data-labeling']);
    await renderWithProviders(<RoleFitCard role={annotator} fit={fit} skillsById={skillsById} />);
    const card = screen.getByRole('article', { name: 'Data annotator' });
    expect(card).toHaveTextContent('2 h of courses, not enough on their own');
    expect(card).toHaveTextContent('1 gap no course covers');
    expect(card).not.toHaveTextContent('to be ready');
  });

  it('says when the person is ready and hides the gap list', async () => {
    const skills = annotator.requirements.map((item) => ({ skillId: item.skillId, level: item.level }));
    const fit = analyzeFit({ background: 'sales', skills }, annotator, smallCatalog);
    await renderWithProviders(<RoleFitCard role={annotator} fit={fit} skillsById={skillsById} />);
    expect(screen.getByText('Ready: no gap left')).toBeInTheDocument();
    expect(screen.queryByText('Largest gaps')).toBeNull();
    expect(screen.getByTestId('readiness-percent')).toHaveTextContent('100%');
  });

  it('offers a compare checkbox named after the role', async () => {
    const onChange = vi.fn();
    const fit = analyzeFit({ background: 'sales', skills: [] }, annotator, smallCatalog);
    await renderWithProviders(
      <RoleFitCard role={annotator} fit={fit} skillsById={skillsById} compare={{ checked: false, disabled: false, onChange }} />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare Data annotator' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('RoleFitCard and the advice', () => {
  it('heads with the entry-level core readiness, the full role second, and counts the assumptions', async () => {
    const fit = analyzeFit({ background: 'sales', skills: [{ skillId: 'python-programming', level: 3 }] }, adviceEngineer, adviceCatalog);
    // Core: Python 5×3 met of 5×3 + 4×3 = 15/27 → 55 %; full adds prompting 3×2, assumed at 1: 18/33 → 54 %.
    expect(fit.coreExplanation.percent).toBe(55);
    expect(fit.explanation.percent).toBe(54);
    await renderWithProviders(<RoleFitCard role={adviceEngineer} fit={fit} skillsById={skillsById} />);
    const card = screen.getByRole('article', { name: 'AI engineer' });
    expect(card).toHaveTextContent('Entry-level core');
    expect(within(card).getByTestId('readiness-percent')).toHaveTextContent('55%');
    expect(within(card).getByTestId('readiness-full')).toHaveTextContent('Full role: 54%');
    expect(within(card).getByTestId('assumption-note')).toHaveTextContent('Rests on 1 assumption from your background or jobs');
  });

  it('says nothing about assumptions when every level is the person’s own', async () => {
    const fit = analyzeFit({ background: 'other', skills: [] }, adviceEngineer, adviceCatalog);
    await renderWithProviders(<RoleFitCard role={adviceEngineer} fit={fit} skillsById={skillsById} />);
    expect(screen.queryByTestId('assumption-note')).toBeNull();
  });
});
