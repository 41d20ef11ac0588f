import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyzeFit } from '../../../../core';
import { RoleFitCard } from '../../../../renderer/src/components/RoleFitCard/RoleFitCard';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

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
