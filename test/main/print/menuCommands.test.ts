import { fail, ok, type StoreData } from '../../../core';
import { planFileCommands, runPlanCommand } from '../../../main/print/menuCommands';
import type { SkillgapService } from '../../../main/service/service';
import { emptyStoreData } from '../../../core';

function fakeService(data: Partial<StoreData>, answer = ok({ path: '/tmp/plan.pdf', sizeBytes: 10 })) {
  const printPlanPdf = vi.fn(async (_request: unknown) => answer);
  const printPlan = vi.fn(async (_request: unknown) => ok(null));
  const service = { load: async () => ok({ ...emptyStoreData(), ...data }), printPlanPdf, printPlan } as unknown as SkillgapService;
  return { service, printPlanPdf, printPlan };
}

describe('the File menu print commands', () => {
  it('lists Export as PDF then Print, with their dictionary labels', () => {
    const commands = planFileCommands({ service: () => null, systemLanguage: () => 'en-GB', showMessage: vi.fn() });
    expect(commands.map((command) => command.label)).toEqual(['menu.exportPlanPdf', 'menu.print']);
  });

  it('exports the active plan on the saved paper size', async () => {
    const { service, printPlanPdf } = fakeService({ activePlanId: 'plan-a', settings: { locale: 'en', colorScheme: 'auto', paperSize: 'letter' } });
    await runPlanCommand('pdf', { service: () => service, systemLanguage: () => 'fr-FR', showMessage: vi.fn() });
    expect(printPlanPdf).toHaveBeenCalledWith({ planId: 'plan-a', paperSize: 'letter' });
  });

  it('falls back to the locale’s usual paper: Letter for en-US, A4 otherwise', async () => {
    const { service, printPlan } = fakeService({ activePlanId: 'plan-a' });
    await runPlanCommand('print', { service: () => service, systemLanguage: () => 'en-US', showMessage: vi.fn() });
    await runPlanCommand('print', { service: () => service, systemLanguage: () => 'en-GB', showMessage: vi.fn() });
    expect(printPlan.mock.calls.map(([request]) => request)).toEqual([
      { planId: 'plan-a', paperSize: 'letter' },
      { planId: 'plan-a', paperSize: 'a4' },
    ]);
  });

  it('says so when there is no active plan, in the person’s language', async () => {
    const { service, printPlanPdf } = fakeService({ settings: { locale: 'fr', colorScheme: 'auto' } });
    const showMessage = vi.fn();
    await runPlanCommand('pdf', { service: () => service, systemLanguage: () => 'fr-FR', showMessage });
    expect(printPlanPdf).not.toHaveBeenCalled();
    expect(showMessage).toHaveBeenCalledWith(expect.stringContaining('pas encore de plan'));
  });

  it('reports a failure but stays quiet when the person cancels', async () => {
    const showMessage = vi.fn();
    const cancelled = fakeService({ activePlanId: 'plan-a' }, fail('cancelled', 'the save dialog was cancelled'));
    await runPlanCommand('pdf', { service: () => cancelled.service, systemLanguage: () => 'en-GB', showMessage });
    expect(showMessage).not.toHaveBeenCalled();
    const broken = fakeService({ activePlanId: 'plan-a' }, fail('timeout', 'too slow'));
    await runPlanCommand('pdf', { service: () => broken.service, systemLanguage: () => 'en-GB', showMessage });
    expect(showMessage).toHaveBeenCalledWith('The plan could not be printed: too slow');
  });
});
