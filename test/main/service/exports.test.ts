/** Exports and imports through the real service on a temp folder, with fake dialogs and printer. */
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import ICAL from 'ical.js';
import { createExport, fail, jsonBytes, LIMITS, ok, parseExportText, type ExportFile, type Result } from '../../../core';
import { exportBytes, type PlanPrinter } from '../../../main/service/exports';
import { MAX_IMPORT_BYTES, type FileDialogs } from '../../../main/service/files';
import { validExport, validStoreData } from '../../core/export/malformedExports';
import { listDir, makeTempDir, MINUTE, removeTempDirs, sha256 } from '../store/support';
import { clock, loaded, openService, readDisk } from './open-service';
import { samplePlan, sampleProfile, sampleProgress, sampleRole, sampleSkill } from './samples';

afterEach(removeTempDirs);

function fakeDialogs(saveTo: string | null, importFrom: string | null = null) {
  return {
    chooseSavePath: vi.fn<FileDialogs['chooseSavePath']>(async () => saveTo),
    chooseImportFile: vi.fn<FileDialogs['chooseImportFile']>(async () => importFrom),
  };
}

/** A service holding a profile, a custom role, a plan with progress; its file is on disk. */
async function seeded(dialogs: FileDialogs, printer?: PlanPrinter) {
  const dataDirectory = makeTempDir();
  const service = await openService(dataDirectory, { dialogs, printer });
  await service.saveProfile(sampleProfile());
  await service.saveUserRole(sampleRole('my-own-role'));
  await service.savePlan(samplePlan());
  await service.setActivePlan({ id: 'plan-content-strategist' });
  expect(await service.addProgress(sampleProgress())).toMatchObject({ ok: true });
  await service.flush();
  return { dataDirectory, service, storePath: path.join(dataDirectory, 'skillgap.json') };
}

function writeExportFile(directory: string, content: unknown = validExport()): string {
  const file = path.join(directory, 'moved.json');
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('data:export', () => {
  it('writes the whole document as a skillgap-export file, adding the extension', async () => {
    const out = makeTempDir();
    const dialogs = fakeDialogs(path.join(out, 'my backup'));
    const { service } = await seeded(dialogs);
    const saved = await service.exportData();
    expect(saved).toEqual({ ok: true, value: { path: path.join(out, 'my backup.json'), sizeBytes: expect.any(Number) } });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith({ kind: 'json', suggestedName: 'skillgap-export-2026-11-24.json' });
    const parsed = parseExportText(fs.readFileSync(path.join(out, 'my backup.json'), 'utf8'));
    expect(parsed.ok && parsed.value.data).toEqual(await loaded(service));
    expect(parsed.ok && parsed.value.appVersion).toBe('0.1.0');
    expect(listDir(out)).toEqual(['my backup.json']);
    await service.close();
  });

  it('writes nothing when the person cancels the dialog', async () => {
    const dialogs = fakeDialogs(null);
    const { service } = await seeded(dialogs);
    expect(await service.exportData()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await service.close();
  });

  it('answers io-failure when no dialogs were given (the browser harness)', async () => {
    const service = await openService(makeTempDir());
    expect(await service.exportData()).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(await service.previewImport()).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    await service.close();
  });
});

describe('data:importPreview and data:importApply', () => {
  it('previews what will change without touching the store, then applies after a before-import backup', async () => {
    const inbox = makeTempDir();
    const dialogs = fakeDialogs(null, writeExportFile(inbox));
    const { service, storePath, dataDirectory } = await seeded(dialogs);
    const before = await loaded(service);
    const hashBefore = sha256(storePath);

    const preview = await service.previewImport();
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value).toMatchObject({ fileName: 'moved.json', appVersion: '0.1.0', exportedAt: '2026-11-24T09:30:00.000Z' });
    expect(preview.value.summary).toMatchObject({
      profile: 'replaced',
      incomingProfileName: 'Inès Moreau',
      plans: { added: 1, removed: 1 },
      progress: { added: 0, replaced: 1, removed: 0 },
      customRoles: { removed: 1 },
      settingsChanged: true,
    });
    expect(sha256(storePath)).toBe(hashBefore);

    clock.advance(MINUTE);
    const applied = await service.applyImport({ token: preview.value.token });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.backupName).toMatch(/-before-import\.json$/);
    expect(await loaded(service)).toEqual(validStoreData());
    expect(readDisk(dataDirectory)).toEqual(validStoreData());

    // The backup holds exactly what was there before: restoring it undoes the import.
    expect(await service.restoreBackup({ name: applied.value.backupName! })).toMatchObject({ ok: true });
    expect(await loaded(service)).toEqual(before);
    expect(readDisk(dataDirectory)).toEqual(before);
    await service.close();
  });

  it('accepts a token once, and refuses an unknown or expired one', async () => {
    const inbox = makeTempDir();
    const { service, storePath } = await seeded(fakeDialogs(null, writeExportFile(inbox)));
    const hash = sha256(storePath);
    expect(await service.applyImport({ token: '2f1c9a7e-4b1d-4c6e-9a8f-0e5d3b7c1a2f' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', problem: { key: 'problem.importExpired' } },
    });
    const preview = await service.previewImport();
    if (!preview.ok) throw new Error(preview.error.message);
    clock.advance(16 * MINUTE);
    expect(await service.applyImport({ token: preview.value.token })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(sha256(storePath)).toBe(hash);

    const fresh = await service.previewImport();
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(await service.applyImport({ token: fresh.value.token })).toMatchObject({ ok: true });
    expect(await service.applyImport({ token: fresh.value.token })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await service.close();
  });

  it('refuses a token that is not a UUID as an invalid payload', async () => {
    const { service } = await seeded(fakeDialogs(null));
    expect(await service.applyImport({ token: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-payload', path: 'token' } });
    await service.close();
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const inbox = makeTempDir();
    const big = path.join(inbox, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 20 * 1024 * 1024 + 1);
    const { service } = await seeded(fakeDialogs(null, big));
    const preview = await service.previewImport();
    expect(preview).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(!preview.ok && preview.error.message).toContain('more than');
    await service.close();
  });

  it('refuses a custom skill whose prerequisites loop through the built-in catalog, naming the loop', async () => {
    const inbox = makeTempDir();
    const data = { ...validStoreData(), userCatalog: { skills: [{ ...sampleSkill('prompt-engineering'), prerequisites: ['seo-content'] }], roles: [], courses: [] } };
    const { service, storePath } = await seeded(fakeDialogs(null, writeExportFile(inbox, validExport(data))));
    const hash = sha256(storePath);
    expect(await service.previewImport()).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-file',
        path: 'data.userCatalog.skills.0.prerequisites',
        message: expect.stringContaining('loop: prompt-engineering → seo-content → prompt-engineering'),
      },
    });
    expect(sha256(storePath)).toBe(hash);
    await service.close();
  });

  it('exports a store at the size limit in a file that imports again', () => {
    const note = 'é'.repeat(LIMITS.noteChars);
    const progress = Array.from({ length: Math.floor(LIMITS.storeBytes / jsonBytes({ ...sampleProgress(), note })) - 1 }, (_, index) => ({
      ...sampleProgress(`log-${index}`),
      note,
    }));
    const data = { ...validStoreData(), progress };
    expect(jsonBytes(data)).toBeLessThanOrEqual(LIMITS.storeBytes);
    const bytes = exportBytes(createExport(data, { exportedAt: '2026-11-24T09:30:00.000Z', appVersion: '0.1.0' }));
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('{\n  "format"')).toBe(true);
    expect(parseExportText(text)).toMatchObject({ ok: true });
  });

  it('writes an export compact when indenting it would pass the import limit', () => {
    const file = validExport() as unknown as ExportFile;
    const indented = exportBytes(file);
    const compact = exportBytes(file, indented.byteLength - 1);
    expect(compact.byteLength).toBeLessThan(indented.byteLength);
    expect(new TextDecoder().decode(compact)).toBe(`${JSON.stringify(file)}\n`);
  });

  it('accepts a file with a byte order mark and answers cancelled when the dialog is', async () => {
    const inbox = makeTempDir();
    const { service } = await seeded(fakeDialogs(null, writeExportFile(inbox, `\uFEFF${JSON.stringify(validExport())}`)));
    expect(await service.previewImport()).toMatchObject({ ok: true });
    await service.close();
    const cancelled = await seeded(fakeDialogs(null, null));
    expect(await cancelled.service.previewImport()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await cancelled.service.close();
  });

  it('lands pending changes before the backup, so the backup holds them', async () => {
    const inbox = makeTempDir();
    const { service, dataDirectory } = await seeded(fakeDialogs(null, writeExportFile(inbox)));
    await service.saveProfile(sampleProfile('Typed just now'));
    const preview = await service.previewImport();
    if (!preview.ok) throw new Error(preview.error.message);
    const applied = await service.applyImport({ token: preview.value.token });
    if (!applied.ok) throw new Error(applied.error.message);
    const backup = JSON.parse(fs.readFileSync(path.join(dataDirectory, 'backups', applied.value.backupName!), 'utf8'));
    expect(backup.profile.name).toBe('Typed just now');
    await service.close();
  });
});

describe('plan and gap exports', () => {
  it('writes the plan as an iCalendar file of evening study sessions from today, with reminders', async () => {
    const out = makeTempDir();
    const { service } = await seeded(fakeDialogs(path.join(out, 'plan.ICS')));
    const saved = await service.exportPlanIcs({ planId: 'plan-content-strategist' });
    expect(saved).toMatchObject({ ok: true, value: { path: path.join(out, 'plan.ICS') } });
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(out, 'plan.ICS'), 'utf8')));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Skillgap//Skillgap 0.1.0//EN');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    // 12 h with 1.5 h logged, then 13 h: 630 + 780 minutes still to study.
    const minutes = events.reduce((sum, event) => sum + (event.endDate.toUnixTime() - event.startDate.toUnixTime()) / 60, 0);
    expect(minutes).toBe(1410);
    const today = format(clock.now(), 'yyyy-MM-dd');
    for (const event of events) {
      expect(event.startDate.toString() >= `${today}T19:00:00`).toBe(true);
      expect(event.component.getAllSubcomponents('valarm')).toHaveLength(1);
    }
    await service.close();
  });

  it('answers the scheduler’s error for a plan it cannot lay out, before any dialog opens', async () => {
    const dialogs = fakeDialogs(path.join(makeTempDir(), 'plan.ics'));
    const { service } = await seeded(dialogs);
    const idle = samplePlan('plan-idle');
    expect(await service.savePlan({ ...idle, inputs: { ...idle.inputs, weeklyHours: 0 } })).toMatchObject({ ok: true });
    expect(await service.exportPlanIcs({ planId: 'plan-idle' })).toMatchObject({ ok: false, error: { code: 'impossible-plan' } });
    expect(dialogs.chooseSavePath).not.toHaveBeenCalled();
    await service.close();
  });

  it('writes plan and gap tables as CSV with a UTF-8 byte order mark, refusing unknown ids', async () => {
    const out = makeTempDir();
    const dialogs = fakeDialogs(path.join(out, 'table.csv'));
    const { service } = await seeded(dialogs);
    expect(await service.exportPlanCsv({ planId: 'plan-content-strategist' })).toMatchObject({ ok: true });
    const planCsv = fs.readFileSync(path.join(out, 'table.csv'), 'utf8');
    expect(planCsv.startsWith('\uFEFFStatus,Title,')).toBe(true);
    expect(planCsv.trim().split('\r\n')).toHaveLength(3);

    expect(await service.exportGapsCsv({ roleId: 'ai-content-strategist' })).toMatchObject({ ok: true });
    expect(fs.readFileSync(path.join(out, 'table.csv'), 'utf8')).toContain('Piloting generative tools');
    expect(dialogs.chooseSavePath).toHaveBeenLastCalledWith({ kind: 'csv', suggestedName: 'skillgap-gaps-ai-content-strategist.csv' });

    // The suggested name is in the app's language, like the file's headers.
    await service.saveSettings({ locale: 'fr', colorScheme: 'auto', paperSize: 'a4' });
    expect(await service.exportGapsCsv({ roleId: 'ai-content-strategist' })).toMatchObject({ ok: true });
    expect(fs.readFileSync(path.join(out, 'table.csv'), 'utf8').startsWith('\uFEFFCompétence,Catégorie,')).toBe(true);
    expect(dialogs.chooseSavePath).toHaveBeenLastCalledWith({ kind: 'csv', suggestedName: 'skillgap-ecarts-ai-content-strategist.csv' });

    dialogs.chooseSavePath.mockClear();
    expect(await service.exportPlanCsv({ planId: 'plan-gone' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await service.exportGapsCsv({ roleId: 'role-gone' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dialogs.chooseSavePath).not.toHaveBeenCalled();
    await service.close();
  });
});

describe('plan:printPdf and plan:print', () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.7 test');

  function fakePrinter(answer: Result<Uint8Array> = ok(pdfBytes)) {
    return { pdf: vi.fn<PlanPrinter['pdf']>(async () => answer), print: vi.fn<PlanPrinter['print']>(async () => ok(null)) };
  }

  it('asks where, renders the plan, and writes the PDF', async () => {
    const out = makeTempDir();
    const printer = fakePrinter();
    const { service } = await seeded(fakeDialogs(path.join(out, 'plan')), printer);
    expect(await service.printPlanPdf({ planId: 'plan-content-strategist', paperSize: 'letter' })).toMatchObject({
      ok: true,
      value: { path: path.join(out, 'plan.pdf'), sizeBytes: pdfBytes.byteLength },
    });
    expect(printer.pdf).toHaveBeenCalledWith({ planId: 'plan-content-strategist', paperSize: 'letter' });
    expect(fs.readFileSync(path.join(out, 'plan.pdf'), 'utf8')).toBe('%PDF-1.7 test');
    await service.close();
  });

  it('does not render when the dialog is cancelled, and writes nothing when rendering fails', async () => {
    const out = makeTempDir();
    const cancelledPrinter = fakePrinter();
    const cancelled = await seeded(fakeDialogs(null), cancelledPrinter);
    expect(await cancelled.service.printPlanPdf({ planId: 'plan-content-strategist', paperSize: 'a4' })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(cancelledPrinter.pdf).not.toHaveBeenCalled();
    await cancelled.service.close();

    const failing = await seeded(fakeDialogs(path.join(out, 'plan.pdf')), fakePrinter(fail('timeout', 'too slow')));
    expect(await failing.service.printPlanPdf({ planId: 'plan-content-strategist', paperSize: 'a4' })).toMatchObject({
      ok: false,
      error: { code: 'timeout' },
    });
    expect(listDir(out)).toEqual([]);
    await failing.service.close();
  });

  it('prints through the printer and refuses an unknown plan or paper', async () => {
    const printer = fakePrinter();
    const { service } = await seeded(fakeDialogs(null), printer);
    expect(await service.printPlan({ planId: 'plan-content-strategist', paperSize: 'a4' })).toEqual({ ok: true, value: null });
    expect(await service.printPlan({ planId: 'plan-gone', paperSize: 'a4' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await service.printPlan({ planId: 'plan-content-strategist', paperSize: 'a3' as 'a4' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', path: 'paperSize' },
    });
    expect(printer.print).toHaveBeenCalledTimes(1);
    await service.close();
  });
});
