import { screen, within } from '@testing-library/react';
import { Section } from '../../../../renderer/src/components/Section/Section';
import { renderWithProviders } from '../../render';

describe('Section', () => {
  it('is a region named by its heading, holding what it is given', async () => {
    await renderWithProviders(
      <Section title="Your week in review">
        <p>Last week you logged 6 h.</p>
      </Section>,
    );
    const region = screen.getByRole('region', { name: 'Your week in review' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Your week in review' })).toBeInTheDocument();
    expect(within(region).getByText('Last week you logged 6 h.')).toBeInTheDocument();
  });
});
