import { screen } from '@testing-library/react';
import type { SteppingStone } from '../../../../core/planning/steppingStone';
import { LongPlanAlert } from '../../../../renderer/src/screens/Plan/LongPlanAlert';
import { renderWithProviders } from '../../render';

const firstJob: SteppingStone = { roleId: 'data-annotator', kind: 'first-job', hours: 42.5, readyDate: '2027-02-02', months: 1, towardTarget: 0.01 };
const onTheWay: SteppingStone = { ...firstJob, kind: 'on-the-way', towardTarget: 0.75 };

async function renderAlert(steppingStone: SteppingStone, locale: 'en' | 'fr') {
  await renderWithProviders(
    <LongPlanAlert months={18.3} weeklyHoursFor12Months={15.5} longPlan targetRoleIds={['ai-engineer']} steppingStone={steppingStone} />,
    { data: { settings: { locale, colorScheme: 'light' } } },
  );
  return screen.getByTestId('stepping-stone');
}

describe('LongPlanAlert', () => {
  it('offers a first job in the field by its ready date, without a share that would mean little', async () => {
    const line = await renderAlert(firstJob, 'en');
    expect(line).toHaveTextContent(
      'Start with a first job as Data annotator: it hires people new to the field, and you can be ready for it by 2 Feb 2027 (42.5 h). You keep studying toward AI engineer while you work.',
    );
    expect(line).not.toHaveTextContent('%');
  });

  it('says it in French', async () => {
    const line = await renderAlert(firstJob, 'fr');
    expect(line).toHaveTextContent(/^Commencez par un premier poste : .+\. Ce métier recrute des débutant·es, et vous pouvez y être prêt·e d’ici le 2 févr\. 2027 \(42,5 h\)\./);
  });

  it('says how much of a role on the way counts toward the target', async () => {
    const line = await renderAlert(onTheWay, 'en');
    expect(line).toHaveTextContent('Reach Data annotator first, by 2 Feb 2027 (42.5 h); 75% of that study also counts toward AI engineer.');
  });
});
