/**
 * The File menu's "Export Plan as PDF…" and "Print…": they act on the active plan, read from the
 * service's own state (no round trip to the renderer), on the paper the person chose in Settings.
 * Electron-free: the message box is injected, so tests drive the commands with fakes.
 */
import { defaultPaperSize, type Locale, type Result } from '../../core';
import type { FileCommand } from '../menu';
import type { SkillgapService } from '../service/service';
import { createTranslator } from '../../core/i18n';

export interface PlanMenuDependencies {
  service: () => SkillgapService | null;
  /** app.getLocale(): decides Letter or A4 until the person picks a paper size. */
  systemLanguage: () => string;
  showMessage: (message: string) => void;
}

type PlanAction = 'pdf' | 'print';

/** Runs one command; resolves when it is done, never rejects. Exported for tests. */
export async function runPlanCommand(action: PlanAction, deps: PlanMenuDependencies): Promise<void> {
  const service = deps.service();
  if (!service) return;
  const loaded = await service.load();
  if (!loaded.ok) return;
  const { activePlanId, settings } = loaded.value;
  const t = createTranslator(settings.locale as Locale);
  if (activePlanId === null) {
    deps.showMessage(t('dialog.noActivePlan'));
    return;
  }
  const request = { planId: activePlanId, paperSize: settings.paperSize ?? defaultPaperSize(settings.locale, deps.systemLanguage()) };
  const result: Result<unknown> = action === 'pdf' ? await service.printPlanPdf(request) : await service.printPlan(request);
  // Cancelling a dialog is the person's choice, not an error worth a message.
  if (!result.ok && result.error.code !== 'cancelled') {
    deps.showMessage(t('dialog.printFailed', { detail: result.error.message }));
  }
}

export function planFileCommands(deps: PlanMenuDependencies): FileCommand[] {
  const run = (action: PlanAction) => {
    runPlanCommand(action, deps).catch((error: unknown) => console.error('The print command failed', error));
  };
  return [
    { label: 'menu.exportPlanPdf', accelerator: 'CmdOrCtrl+Shift+E', click: () => run('pdf') },
    { label: 'menu.print', accelerator: 'CmdOrCtrl+P', click: () => run('print') },
  ];
}
