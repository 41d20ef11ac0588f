/**
 * Everything that leaves or enters the store as a file: the all-data export and its import, the
 * plan as a calendar (ICS) and as a table (CSV), the gap table of a role (CSV), and the plan as a
 * PDF or on paper. Electron-free: the dialogs and the printer are injected.
 *
 * Design: the renderer names what to export (a plan id, a role id) and main builds the content
 * from its own copy of the data with the pure core functions. No channel accepts file content or
 * a path from the page, so a compromised page can neither choose where to write nor what: it can
 * only ask for a dialog the person answers, and the extension always matches the kind.
 *
 * Import is two steps. importPreview reads and validates the chosen file and keeps the result in
 * memory under a random token, answering with a summary of what would change; importApply with
 * that token backs the current file up ('before-import') and then replaces the data. A file that
 * fails validation never gets a token, so nothing can be applied from it.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { format } from 'date-fns';
import {
  analyzeFit,
  createExport,
  fail,
  mergeCatalog,
  ok,
  parseExportText,
  summarizeImport,
  unexpectedFailure,
  type Catalog,
  type ExportFile,
  type Locale,
  type Plan,
  type Result,
  type StoreData,
} from '../../core';
import { gapTableToCsv, planToCsv } from '../../core/export/csv';
import { createTranslator } from '../../core/i18n';
import { planToIcs } from '../../core/export/ics';
import type { ChannelMap, ImportApplied, PaperSize } from '../../preload/channels';
import { MAX_IMPORT_BYTES, readImportFile, saveWithDialog, suggestedFileName, type FileDialogs } from './files';
import { CHANNEL_PAYLOAD_SCHEMAS, parsePayload } from './payloads';

/** The start of a suggested file name, in the app's language ("skillgap-ecarts-…" in French). */
function fileStart(locale: Locale, file: 'plan' | 'data' | 'gaps'): string {
  return createTranslator(locale)(`export.file.${file}`);
}

export interface PlanPrinter {
  /** The plan's print route as PDF bytes. */
  pdf(request: { planId: string; paperSize: PaperSize }): Promise<Result<Uint8Array>>;
  /** The print route through the system print dialog. */
  print(request: { planId: string; paperSize: PaperSize }): Promise<Result<null>>;
}

export interface DataTransferDependencies {
  /** The service's current document (not a copy: never modified here). */
  state: () => StoreData;
  /** Backs the current file up as 'before-import', then writes `data`; the state is unchanged on failure. */
  replaceAll: (data: StoreData) => Result<ImportApplied>;
  readOnly: () => boolean;
  builtinCatalog: Catalog;
  appVersion: string;
  now: () => Date;
  dialogs?: FileDialogs;
  printer?: PlanPrinter;
  /** How long a previewed import can still be applied. */
  importTokenTtlMs?: number;
  importLimitBytes?: number;
}

export interface DataTransfer {
  exportData: ChannelMap['data:export'];
  previewImport: ChannelMap['data:importPreview'];
  applyImport: ChannelMap['data:importApply'];
  exportPlanIcs: ChannelMap['plan:exportIcs'];
  exportPlanCsv: ChannelMap['plan:exportCsv'];
  exportGapsCsv: ChannelMap['gaps:exportCsv'];
  printPlanPdf: ChannelMap['plan:printPdf'];
  printPlan: ChannelMap['plan:print'];
}

export const IMPORT_TOKEN_TTL_MS = 15 * 60 * 1000;
/** Spreadsheets read a CSV as UTF-8 (accents intact) only when it starts with this mark. */
const UTF8_BOM = '\uFEFF';
const encode = (text: string) => new TextEncoder().encode(text);

/**
 * An export always imports again: indented for people to read, or compact when indenting would
 * pass the import limit (a store within LIMITS.storeBytes is far under it as compact JSON).
 */
export function exportBytes(file: ExportFile, importLimitBytes = MAX_IMPORT_BYTES): Uint8Array {
  const indented = encode(`${JSON.stringify(file, null, 2)}\n`);
  return indented.byteLength <= importLimitBytes ? indented : encode(`${JSON.stringify(file)}\n`);
}

const unavailable = (what: string) => fail('io-failure', `${what} is not available in this window`);

export function createDataTransfer(deps: DataTransferDependencies): DataTransfer {
  const ttl = deps.importTokenTtlMs ?? IMPORT_TOKEN_TTL_MS;
  /** One preview waits at a time: a new preview replaces the previous one. */
  let pending: { token: string; data: StoreData; expiresAt: number } | null = null;

  const catalog = () => mergeCatalog(deps.builtinCatalog, deps.state().userCatalog);
  const findPlan = (planId: string): Result<Plan> => {
    const plan = deps.state().plans.find((candidate) => candidate.id === planId);
    return plan ? ok(plan) : fail('not-found', `there is no plan "${planId}"`, undefined, { key: 'problem.planMissing' });
  };

  /** Payload check (the harness calls the service directly), then the work; never throws. */
  function guarded<C extends keyof typeof CHANNEL_PAYLOAD_SCHEMAS, T, R>(
    channel: C,
    input: unknown,
    work: (value: T) => Promise<Result<R>> | Result<R>,
  ): Promise<Result<R>> {
    return (async () => {
      try {
        const schema = CHANNEL_PAYLOAD_SCHEMAS[channel];
        let value = undefined as T;
        if (schema !== null) {
          const parsed = parsePayload(schema as never, input);
          if (!parsed.ok) return parsed;
          value = parsed.value as T;
        }
        return await work(value);
      } catch (error) {
        return unexpectedFailure(channel, error);
      }
    })();
  }

  const exportPlanText = (target: unknown, kind: 'ics' | 'csv') =>
    guarded(kind === 'ics' ? 'plan:exportIcs' : 'plan:exportCsv', target, async (value: { planId: string }) => {
      if (!deps.dialogs) return unavailable('saving files');
      const plan = findPlan(value.planId);
      if (!plan.ok) return plan;
      const { settings, progress } = deps.state();
      const now = deps.now();
      // A plan the scheduler cannot lay out fails here, before any dialog opens.
      const content =
        kind === 'ics'
          ? planToIcs(
              plan.value,
              catalog(),
              {
                locale: settings.locale,
                productId: `-//Skillgap//Skillgap ${deps.appVersion}//${settings.locale.toUpperCase()}`,
                now: now.toISOString(),
                // The person's day in this computer's zone, as the renderer reads "today".
                today: format(now, 'yyyy-MM-dd'),
              },
              progress,
            )
          : ok(UTF8_BOM + planToCsv(plan.value, catalog(), settings.locale, progress));
      if (!content.ok) return content;
      return saveWithDialog(deps.dialogs, kind, suggestedFileName([fileStart(settings.locale, 'plan'), plan.value.name || plan.value.id], kind), () =>
        ok(encode(content.value)),
      );
    });

  return {
    exportData: () =>
      guarded('data:export', undefined, async () => {
        if (!deps.dialogs) return unavailable('saving files');
        const exportedAt = deps.now().toISOString();
        const file = createExport(deps.state(), { exportedAt, appVersion: deps.appVersion });
        const name = suggestedFileName([fileStart(deps.state().settings.locale, 'data'), exportedAt.slice(0, 10)], 'json');
        return saveWithDialog(deps.dialogs, 'json', name, () => ok(exportBytes(file)));
      }),

    previewImport: () =>
      guarded('data:importPreview', undefined, async () => {
        if (!deps.dialogs) return unavailable('opening files');
        if (deps.readOnly()) return fail('read-only', 'a store written by a newer version of Skillgap is never replaced');
        const chosen = await deps.dialogs.chooseImportFile();
        if (chosen === null) return fail('cancelled', 'the open dialog was cancelled');
        const text = await readImportFile(chosen, deps.importLimitBytes);
        if (!text.ok) return text;
        // The store rules (unique ids, limits, no prerequisite loop) are checked over the whole file.
        const parsed = parseExportText(text.value, deps.builtinCatalog);
        if (!parsed.ok) return parsed;
        const token = randomUUID();
        pending = { token, data: parsed.value.data, expiresAt: deps.now().getTime() + ttl };
        return ok({
          token,
          fileName: path.basename(chosen),
          exportedAt: parsed.value.exportedAt,
          appVersion: parsed.value.appVersion,
          summary: summarizeImport(deps.state(), parsed.value.data),
        });
      }),

    applyImport: (target) =>
      guarded('data:importApply', target, async (value: { token: string }) => {
        const waiting = pending;
        if (!waiting || waiting.token !== value.token || deps.now().getTime() > waiting.expiresAt) {
          return fail('not-found', 'this import is no longer waiting to be applied; choose the file again', undefined, { key: 'problem.importExpired' });
        }
        const applied = deps.replaceAll(waiting.data);
        // A failed apply keeps the preview, so the person can try again.
        if (applied.ok) pending = null;
        return applied;
      }),

    exportPlanIcs: (target) => exportPlanText(target, 'ics'),
    exportPlanCsv: (target) => exportPlanText(target, 'csv'),

    exportGapsCsv: (target) =>
      guarded('gaps:exportCsv', target, async (value: { roleId: string }) => {
        if (!deps.dialogs) return unavailable('saving files');
        const { profile, settings } = deps.state();
        if (!profile) return fail('not-found', 'there is no profile to compare with the role yet', undefined, { key: 'problem.noProfileYet' });
        const merged = catalog();
        const role = merged.roles.find((candidate) => candidate.id === value.roleId);
        if (!role) return fail('not-found', `there is no role "${value.roleId}"`, undefined, { key: 'problem.roleMissing' });
        const csv = UTF8_BOM + gapTableToCsv(analyzeFit(profile, role, merged), merged, settings.locale);
        return saveWithDialog(deps.dialogs, 'csv', suggestedFileName([fileStart(settings.locale, 'gaps'), role.id], 'csv'), () => ok(encode(csv)));
      }),

    printPlanPdf: (target) =>
      guarded('plan:printPdf', target, async (value: { planId: string; paperSize: PaperSize }) => {
        if (!deps.dialogs || !deps.printer) return unavailable('printing');
        const plan = findPlan(value.planId);
        if (!plan.ok) return plan;
        const printer = deps.printer;
        const name = suggestedFileName([fileStart(deps.state().settings.locale, 'plan'), plan.value.name || plan.value.id], 'pdf');
        return saveWithDialog(deps.dialogs, 'pdf', name, () => printer.pdf(value));
      }),

    printPlan: (target) =>
      guarded('plan:print', target, async (value: { planId: string; paperSize: PaperSize }) => {
        if (!deps.printer) return unavailable('printing');
        const plan = findPlan(value.planId);
        if (!plan.ok) return plan;
        return deps.printer.print(value);
      }),
  };
}
