import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Catalog, Requirement } from '../../../../core';
import type { StepInput } from '../../../../core/planning/steppingStone';
import { provideOccupations } from '../../../../renderer/src/data/useOccupations';
import { LongPlanAlert } from '../../../../renderer/src/screens/Plan/LongPlanAlert';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { loadedOccupations, testOccupation } from '../../occupationFixtures';
import { renderWithProviders } from '../../render';
import { inputs, profile } from './planFixtures';

// jsdom has no layout: Mantine hides the dropdown (display: none) but still renders its options.
const visibleOrNot = { hidden: true } as const;

/*
 * The small catalog and six skills x1-x6 that one 4-hour course teaches. Ana has Python at 2 and
 * aims at AI engineering (37 h of courses); at 1 h a week that runs over 8 months, long enough to
 * weigh a step.
 */
const extra = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'];
const catalog: Catalog = {
  ...smallCatalog,
  skills: [
    ...smallCatalog.skills,
    ...extra.map((id) => ({ ...smallCatalog.skills[3], id, name: { en: `Skill ${id}`, fr: `Compétence ${id}` }, prerequisites: [], aliases: [] })),
  ],
  courses: [
    ...smallCatalog.courses,
    { ...smallCatalog.courses[2], id: 'x-course', title: 'X course', hours: 4, teaches: extra.map((skillId) => ({ skillId, level: 1 as const })), expects: [] },
  ],
};

const core = (skillId: string, level: 1 | 2 | 3 | 4, importance: 1 | 2 | 3 | 4 | 5): Requirement => ({ skillId, level, importance });
const plus = (skillId: string): Requirement => ({ skillId, level: 1, importance: 1, tier: 'plus' });

const occupation = (code: string, en: string, fr: string, requirements: Requirement[]) => testOccupation(code, en, fr, { requirements });

const occupations = [
  // Its core is Python at 3, all of it on the way; the x skills are plus, outside its core plan.
  occupation('15-1251.00', 'Computer Programmers', 'Programmeur/programmeuse', [core('python-programming', 3, 5), core('prompt-design', 1, 2), ...extra.map(plus)]),
  // 4 h of x skills and 2 h of prompting: a third of its study counts.
  occupation('43-9061.00', 'Office Clerks, General', 'Employé de bureau/employée de bureau', [...extra.map((id) => core(id, 1, 3)), core('prompt-design', 2, 2), plus('python-programming')]),
  // Data labelling has no course in this catalog.
  occupation('43-9021.00', 'Data Entry Keyers', 'Opérateur de saisie/opératrice de saisie', [core('data-labeling', 2, 5), ...extra.map((id) => core(id, 1, 1)), plus('prompt-design')]),
  occupation('39-9011.00', 'Childcare Workers', 'Auxiliaire de puériculture', [core('stakeholder-communication', 2, 3)]),
];

const stepInput: StepInput = {
  profile,
  targetRoleIds: ['ai-engineer'],
  catalog,
  inputs: { ...inputs, weeklyHours: 1 },
  createdAt: '2026-11-24T10:00:00.000Z',
};

beforeEach(() => provideOccupations(loadedOccupations(occupations)));
afterEach(() => provideOccupations(null));

async function weigh(query: string, option: RegExp, { locale = 'en' as 'en' | 'fr', onPlan = vi.fn(), months = 8.6 } = {}) {
  const rendered = await renderWithProviders(
    <LongPlanAlert months={months} weeklyHoursFor12Months={null} longPlan={false} targetRoleIds={['ai-engineer']} steppingStone={null} stepInput={stepInput} onPlanSteppingStone={onPlan} />,
    { catalog, data: { profile, settings: { locale, colorScheme: 'light' } } },
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Weigh a job as a step' : 'Évaluer un métier comme étape' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByRole('combobox'), query);
  await user.click(await screen.findByRole('option', { name: option, ...visibleOrNot }));
  return { ...rendered, user, dialog, verdict: await within(dialog).findByTestId('step-verdict') };
}

describe('StepWeigher: a job of the person’s choice weighed as a step (issue #15)', () => {
  it('is offered in a plan over six months without a suggested step', async () => {
    await renderWithProviders(
      <LongPlanAlert months={8.6} weeklyHoursFor12Months={null} longPlan={false} targetRoleIds={['ai-engineer']} steppingStone={null} stepInput={stepInput} />,
      { catalog },
    );
    const alert = screen.getByTestId('long-plan-alert');
    expect(alert).toHaveTextContent('This plan runs 8.6 months');
    expect(alert).toHaveTextContent('No Skillgap role is a shorter step on the way. Have a job in mind? Weigh it.');
    expect(within(alert).getByRole('button', { name: 'Weigh a job as a step' })).toBeInTheDocument();
  });

  it('hides itself in a plan of six months or less', async () => {
    await renderWithProviders(
      <LongPlanAlert months={6} weeklyHoursFor12Months={null} longPlan={false} targetRoleIds={['ai-engineer']} steppingStone={null} stepInput={stepInput} />,
      { catalog },
    );
    expect(screen.queryByTestId('long-plan-alert')).not.toBeInTheDocument();
  });

  it('says a job on the way is a step, with its date, hours and shares, and plans it as the person’s own role', async () => {
    const onPlan = vi.fn();
    const { verdict, dialog, user, fake } = await weigh('programmer', /Computer Programmers/, { onPlan });
    // Python 2 -> 3 and prompting 0 -> 1: 20 h and 2 h of courses, at 1 h a week from Tuesday 1 December 2026.
    expect(verdict).toHaveTextContent(
      'Computer Programmers is a step: ready by 3 May 2027 (22 h); 100% of that study and 100% of what it asks of you count toward AI engineer.',
    );
    expect(dialog).toHaveTextContent('count only what Skillgap’s skills describe');
    expect(dialog).toHaveTextContent('O*NET attribution text');
    await user.click(within(dialog).getByRole('button', { name: 'Plan this job first' }));
    await waitFor(() => expect(onPlan).toHaveBeenCalledWith('onet-15-1251-00'));
    expect(fake.stored().userCatalog.roles.map((role) => role.id)).toEqual(['onet-15-1251-00']);
  });

  it('says why a job is not a step: mostly off the way, with both shares', async () => {
    const { verdict, dialog } = await weigh('office clerk', /Office Clerks, General/);
    expect(verdict).toHaveTextContent(
      // 2 of its 6 hours (prompting); of its 22 points of gap (x1-x6: 6 × 3, prompting: 2 × 2), the 4 of prompting.
      'Office Clerks, General is mostly off the way: 33% of its 6 h of study and 18% of what it asks of you count toward AI engineer; a step needs half of both.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Plan this job first' })).not.toBeInTheDocument();
  });

  it('says when a job asks a skill no course teaches, and when the app’s skills describe too little of it', async () => {
    const { verdict, user, dialog } = await weigh('data entry', /Data Entry Keyers/);
    expect(verdict).toHaveTextContent('Data Entry Keyers is no step Skillgap can plan: 1 skill it asks has no course you can take.');
    await user.type(within(dialog).getByRole('combobox'), 'childcare');
    await user.click(await screen.findByRole('option', { name: /Childcare Workers/, ...visibleOrNot }));
    expect(within(dialog).getByTestId('step-verdict')).toHaveTextContent(
      'Skillgap’s skills describe too little of Childcare Workers to weigh it (fewer than 8 requirements).',
    );
  });

  it('says it in French', async () => {
    const { verdict } = await weigh('programmeur', /Programmeur\/programmeuse/, { locale: 'fr' });
    expect(verdict).toHaveTextContent(
      'Programmeur/programmeuse est une étape : prêt·e d’ici le 3 mai 2027 (22 h) ; 100 % de ce travail et 100 % de ce qu’il vous demande comptent pour Ingénieur IA.',
    );
  });
});
