import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MAX_OCCUPATIONS, type Occupation, type OccupationChoice } from '../../../../core';
import { OccupationPicker } from '../../../../renderer/src/components/OccupationPicker/OccupationPicker';
import { provideOccupations } from '../../../../renderer/src/data/useOccupations';
import { loadedOccupations, testOccupation } from '../../occupationFixtures';
import { renderWithProviders } from '../../render';

// jsdom has no layout: Mantine hides the dropdown (display: none) but still renders its options.
const visibleOrNot = { hidden: true } as const;

function occupation(code: string, en: string, fr: string, alternateTitles: string[], suggested: Array<[string, 1 | 2 | 3 | 4]>): Occupation {
  return testOccupation(code, en, fr, { alternateTitles, suggested: suggested.map(([skillId, level]) => ({ skillId, level, basis: `O*NET ${code}: test rating` })) });
}

const occupations = [
  occupation('23-2011.00', 'Paralegals and Legal Assistants', 'assistant juridique/assistante juridique', ['Paralegal', 'Legal Assistant'], [
    ['written-communication', 3],
    ['regulatory-compliance', 2],
  ]),
  occupation('31-1131.00', 'Nursing Assistants', 'aide-soignant/aide-soignante', ['Nurse Aide'], [['customer-service', 2]]),
  occupation('41-1011.00', 'First-Line Supervisors of Retail Sales Workers', 'chef de rayon', ['Department Manager'], [
    ['customer-service', 3],
    ['people-management', 2],
  ]),
  ...Array.from({ length: MAX_OCCUPATIONS }, (_, index) =>
    occupation(`43-90${10 + index}.00`, `Clerk type ${index}`, `commis type ${index}`, [], [['spreadsheets', 2]]),
  ),
  {
    ...occupation('13-1082.00', 'Project Management Specialists', 'chef de projet', [], [['project-management', 2]]),
    escoAlternatives: [{ label: 'chef de projet', codes: ['11-9199.00'] }],
  },
  occupation('11-9199.00', 'Managers, All Other', 'autre cadre', [], [['people-management', 2]]),
];

const loaded = loadedOccupations(occupations);

function Harness({ initial = [], onChange }: { initial?: OccupationChoice[]; onChange?: (next: OccupationChoice[]) => void }) {
  const [value, setValue] = useState<OccupationChoice[]>(initial);
  return (
    <OccupationPicker
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

beforeEach(() => {
  provideOccupations(loaded);
});
afterEach(() => provideOccupations(null));

describe('OccupationPicker', () => {
  it('finds a job by an alternate title with a typo, says which title matched, and keeps its suggested levels', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'What do you do today?' }), 'departmnt manager');
    const option = await screen.findByRole('option', { name: /First-Line Supervisors of Retail Sales Workers/, ...visibleOrNot });
    expect(option).toHaveTextContent('found as “Department Manager”');
    await user.click(option);
    expect(onChange).toHaveBeenLastCalledWith([{ code: '41-1011.00', title: occupations[2].title, suggested: occupations[2].suggested }]);
    const chosen = screen.getByRole('list', { name: 'Your jobs' });
    expect(within(chosen).getByText(/First-Line Supervisors of Retail Sales Workers/)).toBeInTheDocument();
    expect(screen.getByText(/^2 skills get a suggested level from these jobs/)).toBeInTheDocument();
  });

  it('counts a skill two jobs suggest once, and removes a job with its own button', async () => {
    const onChange = vi.fn();
    const initial = [occupations[1], occupations[2]].map((entry) => ({ code: entry.code, title: entry.title, suggested: entry.suggested }));
    await renderWithProviders(<Harness initial={initial} onChange={onChange} />);
    // customer-service from both, people-management from the supervisor.
    expect(screen.getByText(/^2 skills get a suggested level/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove Nursing Assistants' }));
    expect(onChange).toHaveBeenLastCalledWith([initial[1]]);
    expect(screen.getByText(/^2 skills get a suggested level/)).toBeInTheDocument();
  });

  it('shows a saved job by the catalogue’s current title once the titles are in', async () => {
    const saved = { code: '31-1131.00', title: { en: 'Nursing Assistants', fr: 'an older title' }, suggested: occupations[1].suggested };
    await renderWithProviders(<Harness initial={[saved]} />, { data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    const chosen = screen.getByRole('list', { name: 'Vos métiers' });
    expect(await within(chosen).findByText(/aide-soignant\/aide-soignante/)).toBeInTheDocument();
    expect(chosen).not.toHaveTextContent('an older title');
  });

  it('searches French titles in French and shows the French title', async () => {
    await renderWithProviders(<Harness />, { data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Que faites-vous aujourd’hui ?' }), 'aide soignante');
    expect(await screen.findByRole('option', { name: /aide-soignant\/aide-soignante/, ...visibleOrNot })).toBeInTheDocument();
    expect(screen.getByText('D’où viennent les intitulés (O*NET, ESCO)')).toBeInTheDocument();
  });

  it('takes typing while the titles load, and searches it as soon as they are in', async () => {
    let arrive: () => void = () => undefined;
    provideOccupations(new Promise((resolve) => (arrive = () => resolve(loaded))));
    await renderWithProviders(<Harness />);
    const field = screen.getByRole('combobox', { name: 'What do you do today?' });
    expect(field).toBeEnabled();
    const user = userEvent.setup();
    await user.type(field, 'paralegal');
    expect(screen.getByText('Loading about 72,000 job titles…', { selector: '.mantine-InputWrapper-description' })).toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('option', { name: /Paralegals and Legal Assistants/, ...visibleOrNot })).toBeInTheDocument();
  });

  it('leaves out jobs already named and stops at the most it keeps', async () => {
    const initial = occupations.slice(3, 3 + MAX_OCCUPATIONS).map((entry) => ({ code: entry.code, title: entry.title, suggested: entry.suggested }));
    await renderWithProviders(<Harness initial={initial} />);
    const field = screen.getByRole('combobox', { name: 'What do you do today?' });
    expect(field).toBeDisabled();
    expect(field).toHaveAttribute('placeholder', `You have named ${MAX_OCCUPATIONS} jobs, the most Skillgap keeps`);
  });

  it('offers the other codes ESCO links the picked title to, and swaps the job for one', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'What do you do today?' }), 'chef de projet');
    await user.click(await screen.findByRole('option', { name: /Project Management Specialists/, ...visibleOrNot }));
    const offer = screen.getByTestId('occupation-alternatives');
    expect(offer).toHaveTextContent('ESCO also links “chef de projet” to these occupations');
    await user.click(within(offer).getByRole('button', { name: 'Use Managers, All Other instead' }));
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ code: '11-9199.00' })]);
    expect(screen.queryByTestId('occupation-alternatives')).toBeNull();
  });

  it('shows both attributions the data asks for', async () => {
    await renderWithProviders(<Harness />);
    const sources = screen.getByTestId('occupation-attribution');
    expect(sources).toHaveTextContent('O*NET attribution text');
    expect(sources).toHaveTextContent('ESCO attribution text');
  });

  it('says when the job titles cannot be loaded, and the field stays closed', async () => {
    provideOccupations(null);
    vi.doMock('../../../../assets/occupations.json?raw', () => {
      throw new Error('chunk missing');
    });
    await renderWithProviders(<Harness />);
    await waitFor(() => expect(screen.getByText(/The job titles could not be loaded/)).toBeInTheDocument(), { timeout: 10_000 });
    expect(screen.getByRole('combobox', { name: 'What do you do today?' })).toBeDisabled();
    vi.doUnmock('../../../../assets/occupations.json?raw');
  });
});
