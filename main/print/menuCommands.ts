/**
 * The File menu's "Export Plan as PDF…" and "Print…": they act on the active plan, read from the
 * service's own state (no round trip to the renderer), on the paper the person chose in Settings.
 * Electron-free: the message box is injected, so tests drive the commands with fakes.
 */
import { defaultPaperSize, type Locale, type Result } from '../../core';
import { fillTemplate } from '../menu-strings';
import type { FileCommand } from '../menu';
import type { SkillgapService } from '../service/service';
import { DIALOG_STRINGS } from '../dialog-strings';

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
  const strings = DIALOG_STRINGS[settings.locale as Locale];
  if (activePlanId === null) {
    deps.showMessage(strings.noActivePlan);
    return;
  }
  const request = { planId: activePlanId, paperSize: settings.paperSize ?? defaultPaperSize(settings.locale, deps.systemLanguage()) };
  const result: Result<unknown> = action === 'pdf' ? await service.printPlanPdf(request) : await service.printPlan(request);
  // Cancelling a dialog is the person's choice, not an error worth a message.
  if (!result.ok && result.error.code !== 'cancelled') {
    deps.showMessage(fillTemplate(strings.printFailed, { detail: result.error.message }));
  }
}

export function planFileCommands(deps: PlanMenuDependencies): FileCommand[] {
  const run = (action: PlanAction) => {
    runPlanCommand(action, deps).catch((error: unknown) => console.error('The print command failed', error));
  };
  return [
    { label: 'exportPlanPdf', accelerator: 'CmdOrCtrl+Shift+E', click: () => run('pdf') },
    { label: 'print', accelerator: 'CmdOrCtrl+P', click: () => run('print') },
  ];
}
