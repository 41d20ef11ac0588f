import { screen } from '@testing-library/react';
import { Facts } from '../../../../renderer/src/components/Facts/Facts';
import { renderWithProviders } from '../../render';

describe('Facts', () => {
  it('lists each label with its value as a description list, leaving out pairs without a value', async () => {
    await renderWithProviders(
      <Facts
        facts={[
          { label: 'Provider', value: 'Kaggle Learn' },
          { label: 'Hours', value: '4 h' },
          { label: 'Language', value: null },
          { label: 'Cost', value: undefined },
        ]}
      />,
    );
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    const definitions = screen.getAllByRole('definition').map((definition) => definition.textContent);
    expect(terms).toEqual(['Provider', 'Hours']);
    expect(definitions).toEqual(['Kaggle Learn', '4 h']);
  });

  it('renders nothing when no pair has a value', async () => {
    const { container } = await renderWithProviders(<Facts facts={[{ label: 'Language', value: null }]} />);
    expect(container.querySelector('dl')).toBeNull();
  });
});
