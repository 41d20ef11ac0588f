import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { fail } from '../../../../core';
import { PlanExportMenu } from '../../../../renderer/src/components/PlanExportMenu/PlanExportMenu';
import { renderWithProviders } from '../../render';
import { printPlan, printProfile } from '../../screens/Print/printFixtures';

type TestSettings = { locale: 'en' | 'fr'; colorScheme: 'light'; paperSize?: 'a4' | 'letter' };

async function open(settings: TestSettings = { locale: 'en', colorScheme: 'light', paperSize: 'letter' }) {
  const plan = printPlan();
  const rendered = await renderWithProviders(<PlanExportMenu plan={plan} />, {
    data: { profile: printProfile, plans: [plan], activePlanId: plan.id, settings },
  });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: settings.locale === 'fr' ? 'Exporter ou imprimer ce plan' : 'Export or print this plan' }));
  return { ...rendered, plan, user };
}

// Mantine keeps notifications in a module store that outlives each render.
beforeEach(() => notifications.clean());

describe('PlanExportMenu', () => {
  it('saves the PDF on the chosen paper and says where it went', async () => {
    const { fake, plan, user } = await open();
    await user.click(await screen.findByRole('menuitem', { name: 'Save as PDF…' }));
    expect(fake.bridge['plan:printPdf']).toHaveBeenCalledWith({ planId: plan.id, paperSize: 'letter' });
    expect(await screen.findByText('Saved to /home/test/plan.pdf')).toBeInTheDocument();
  });

  it.each([
    ['Print…', 'plan:print'],
    ['Add to a calendar (.ics)…', 'plan:exportIcs'],
    ['Spreadsheet (.csv)…', 'plan:exportCsv'],
  ] as const)('%s asks main for %s with the plan id', async (label, channel) => {
    const { fake, plan, user } = await open();
    await user.click(await screen.findByRole('menuitem', { name: label }));
    await waitFor(() => expect(fake.bridge[channel]).toHaveBeenCalledTimes(1));
    expect((fake.bridge[channel] as ReturnType<typeof vi.fn>).mock.calls[0][0]).toMatchObject({ planId: plan.id });
  });

  it('stays quiet when the person cancels', async () => {
    const { fake, user } = await open();
    vi.mocked(fake.bridge['plan:exportIcs']).mockResolvedValueOnce(fail('cancelled', 'cancelled'));
    await user.click(await screen.findByRole('menuitem', { name: 'Add to a calendar (.ics)…' }));
    await waitFor(() => expect(fake.bridge['plan:exportIcs']).toHaveBeenCalled());
    expect(screen.queryByText(/Saved to/)).not.toBeInTheDocument();
    expect(screen.queryByText('Not exported')).not.toBeInTheDocument();

  });

  it('reports a failure in words', async () => {
    const { fake, user } = await open();
    vi.mocked(fake.bridge['plan:printPdf']).mockResolvedValueOnce(fail('timeout', 'too slow'));
    await user.click(await screen.findByRole('menuitem', { name: 'Save as PDF…' }));
    expect(await screen.findByText('This took too long and was stopped.')).toBeInTheDocument();
  });

  it('uses the locale’s usual paper when none was chosen (A4 in French)', async () => {
    const { fake, user } = await open({ locale: 'fr', colorScheme: 'light' });
    await user.click(await screen.findByRole('menuitem', { name: 'Enregistrer en PDF…' }));
    expect(vi.mocked(fake.bridge['plan:printPdf']).mock.calls[0][0]).toMatchObject({ paperSize: 'a4' });
  });
});
