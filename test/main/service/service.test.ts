import path from 'node:path';
import { emptyStoreData, type StoreData } from '../../../core';
import { createChannelHandlers } from '../../../main/ipc/handlers';
import { listDir, makeTempDir, MINUTE, removeTempDirs, sha256 } from '../store/support';
import { clock, loaded, openService as open, readDisk } from './open-service';
import {
  sampleCatalog,
  sampleCourse,
  samplePlan,
  sampleProfile,
  sampleProgress,
  sampleRole,
  sampleSettings,
  sampleSkill,
} from './samples';

afterEach(removeTempDirs);

describe('a fresh service', () => {
  it('reports its status, the built-in catalog and an empty store', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    expect(await service.status()).toEqual({
      ok: true,
      value: { version: '0.1.0', dataDirectory: dir, readOnly: false, readOnlyReason: null, recovery: null, backupsUnavailable: null },
    });
    expect(await service.builtinCatalog()).toEqual({ ok: true, value: sampleCatalog });
    expect(await loaded(service)).toEqual(emptyStoreData());
    expect(await service.listBackups()).toEqual({ ok: true, value: [] });
    await service.close();
  });
});

describe('every change, and a restart finds it', () => {
  it('saves profile, settings, custom entries, a plan, the active plan and progress', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    const results = await Promise.all([
      service.saveProfile(sampleProfile()),
      service.saveSettings(sampleSettings),
      service.saveUserSkill(sampleSkill()),
      service.saveUserRole(sampleRole()),
      service.saveUserCourse(sampleCourse()),
      service.savePlan(samplePlan()),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await service.setActivePlan({ id: 'plan-content-strategist' })).toMatchObject({ ok: true });
    expect(await service.addProgress(sampleProgress('log-1'))).toMatchObject({ ok: true });
    expect(await service.addProgress(sampleProgress('log-2', 'plan-content-strategist', 'item-2'))).toMatchObject({ ok: true });
    expect(await service.removeProgress({ id: 'log-1' })).toMatchObject({ ok: true });
    const plan = samplePlan();
    const expected: StoreData = {
      schemaVersion: 6,
      profile: sampleProfile(),
      settings: sampleSettings,
      userCatalog: {
        skills: [{ ...sampleSkill(), custom: true }],
        roles: [{ ...sampleRole(), custom: true }],
        courses: [{ ...sampleCourse(), custom: true }],
      },
      // Logging started both items; the hours logged are only in the log.
      plans: [{ ...plan, items: [{ ...plan.items[0], status: 'in-progress' }, { ...plan.items[1], status: 'in-progress' }] }],
      activePlanId: 'plan-content-strategist',
      progress: [sampleProgress('log-2', 'plan-content-strategist', 'item-2')],
      ratingHistory: [],
      lastCheckIn: null,
      reviews: [],
    };
    expect(await loaded(service)).toEqual(expected);
    await service.close();

    const again = await open(dir);
    expect(await loaded(again)).toEqual(expected);
    expect(readDisk(dir)).toEqual(expected);
    await again.close();
  });

  it('answers each save only once the change is on disk, with the clock time', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    const saved = await service.saveProfile(sampleProfile('On Disk'));
    expect(saved).toEqual({ ok: true, value: { savedAt: clock.now().toISOString() } });
    expect(readDisk(dir).profile?.name).toBe('On Disk');
    await service.close();
  });
});

describe('custom catalog entries', () => {
  it('forces custom: true and replaces an entry with the same id', async () => {
    const service = await open(makeTempDir());
    await service.saveUserSkill({ ...sampleSkill(), custom: false });
    await service.saveUserSkill({ ...sampleSkill(), aliases: ['AI tool rollout'] });
    await service.saveUserCourse({ ...sampleCourse(), hours: 20 });
    await service.saveUserCourse({ ...sampleCourse(), hours: 30 });
    const { userCatalog } = await loaded(service);
    expect(userCatalog.skills).toEqual([{ ...sampleSkill(), aliases: ['AI tool rollout'], custom: true }]);
    expect(userCatalog.courses.map((course) => [course.hours, course.custom])).toEqual([[30, true]]);
    await service.close();
  });

  it('removes an entry of each kind and says not-found for an unknown one', async () => {
    const service = await open(makeTempDir());
    await Promise.all([service.saveUserSkill(sampleSkill()), service.saveUserRole(sampleRole()), service.saveUserCourse(sampleCourse())]);
    expect(await service.removeUserEntry({ kind: 'skill', id: sampleSkill().id })).toMatchObject({ ok: true });
    expect(await service.removeUserEntry({ kind: 'role', id: sampleRole().id })).toMatchObject({ ok: true });
    expect(await service.removeUserEntry({ kind: 'course', id: sampleCourse().id })).toMatchObject({ ok: true });
    expect(await service.removeUserEntry({ kind: 'course', id: sampleCourse().id })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'id' },
    });
    expect((await loaded(service)).userCatalog).toEqual({ skills: [], roles: [], courses: [] });
    await service.close();
  });
});

describe('plans and progress', () => {
  it('replaces a plan by id, adds a new one, and refuses an unknown active plan', async () => {
    const service = await open(makeTempDir());
    await service.savePlan(samplePlan());
    await service.savePlan({ ...samplePlan(), name: 'Re-planned' });
    await service.savePlan(samplePlan('plan-second'));
    expect((await loaded(service)).plans.map((plan) => [plan.id, plan.name])).toEqual([
      ['plan-content-strategist', 'Re-planned'],
      ['plan-second', 'Content strategist by spring'],
    ]);
    expect(await service.setActivePlan({ id: 'plan-missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await service.setActivePlan({ id: 'plan-second' })).toMatchObject({ ok: true });
    expect(await service.setActivePlan({ id: null })).toMatchObject({ ok: true });
    expect((await loaded(service)).activePlanId).toBeNull();
    await service.close();
  });

  it('removing the active plan clears it and keeps the progress log', async () => {
    const service = await open(makeTempDir());
    await service.savePlan(samplePlan());
    await service.setActivePlan({ id: 'plan-content-strategist' });
    await service.addProgress(sampleProgress());
    expect(await service.removePlan({ id: 'plan-content-strategist' })).toMatchObject({ ok: true });
    const state = await loaded(service);
    expect(state.plans).toEqual([]);
    expect(state.activePlanId).toBeNull();
    expect(state.progress).toEqual([sampleProgress()]);
    expect(await service.removePlan({ id: 'plan-content-strategist' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await service.close();
  });

  it('accepts progress only for a stored plan and item, once per id', async () => {
    const service = await open(makeTempDir());
    await service.savePlan(samplePlan());
    expect(await service.addProgress(sampleProgress('log-1', 'plan-missing'))).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'planId' },
    });
    expect(await service.addProgress(sampleProgress('log-1', 'plan-content-strategist', 'item-9'))).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'itemId' },
    });
    expect(await service.addProgress(sampleProgress('log-1'))).toMatchObject({ ok: true });
    expect(await service.addProgress(sampleProgress('log-1'))).toMatchObject({ ok: false, error: { code: 'duplicate-id', path: 'id' } });
    expect(await service.removeProgress({ id: 'log-7' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await loaded(service)).progress).toHaveLength(1);
    await service.close();
  });
});

describe('actions made of two changes', () => {
  it('creates a plan and makes it active in one change that a restart finds whole', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    expect(await service.createPlan(samplePlan())).toMatchObject({ ok: true });
    expect(readDisk(dir)).toMatchObject({ plans: [samplePlan()], activePlanId: samplePlan().id });
    const twice = samplePlan('plan-twice', ['item-1', 'item-1']);
    expect(await service.createPlan(twice)).toMatchObject({ ok: false, error: { code: 'duplicate-id', path: 'items.1.id' } });
    expect((await loaded(service)).activePlanId).toBe(samplePlan().id);
    await service.close();
  });

  it('logs hours and the item’s start in the same write', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    await service.savePlan(samplePlan());
    expect(await service.addProgress(sampleProgress('log-1'))).toMatchObject({ ok: true });
    const onDisk = readDisk(dir);
    expect(onDisk.progress).toEqual([sampleProgress('log-1')]);
    expect(onDisk.plans[0].items[0]).toEqual({ ...samplePlan().items[0], status: 'in-progress' });
    expect(await service.removeProgress({ id: 'log-1' })).toMatchObject({ ok: true });
    expect(readDisk(dir)).toMatchObject({ progress: [], plans: [{ items: [{ status: 'in-progress' }, { status: 'planned' }] }] });
    await service.close();
  });
});

describe('the data rules', () => {
  it('refuses a custom skill that closes a prerequisite loop with the built-in catalog, writing nothing', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    const looping = { ...sampleSkill('prompt-engineering'), prerequisites: ['seo-content'] };
    expect(await service.saveUserSkill(looping)).toMatchObject({
      ok: false,
      error: { code: 'prerequisite-cycle', ids: ['prompt-engineering', 'seo-content', 'prompt-engineering'] },
    });
    await service.flush();
    expect(listDir(dir)).toEqual([]);
    await service.close();
  });
});

describe('input safety', () => {
  it('refuses an invalid value at the IPC edge, without writing', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    const handlers = createChannelHandlers(service, { openInBrowser: async () => {} });
    const result = await handlers['profile:save']([{ ...sampleProfile(), weeklyHours: 500 }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', path: 'weeklyHours' } });
    await service.flush();
    expect(listDir(dir)).toEqual([]);
    await service.close();
  });

  it('hands out copies: changing a loaded value does not change the store', async () => {
    const service = await open(makeTempDir());
    await service.saveProfile(sampleProfile());
    const first = await loaded(service);
    first.profile!.name = 'Tampered';
    expect((await loaded(service)).profile?.name).toBe('Camille Durand');
    await service.close();
  });

  it('refuses changes after close', async () => {
    const service = await open(makeTempDir());
    await service.close();
    await service.close();
    expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: false, error: { code: 'io-failure' } });
  });
});

describe('backups through the service', () => {
  it('restores a backup after saving pending changes into a before-restore backup, and can undo it', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    await service.saveProfile(sampleProfile('First'));
    clock.advance(11 * MINUTE);
    await service.saveProfile(sampleProfile('Second'));
    const backups = await service.listBackups();
    if (!backups.ok) throw new Error(backups.error.message);
    expect(backups.value.map((backup) => backup.reason)).toEqual(['scheduled', 'scheduled']);
    const firstBackup = backups.value[1].name;

    clock.advance(MINUTE);
    const pending = service.saveProfile(sampleProfile('Third, not yet written'));
    const restored = await service.restoreBackup({ name: firstBackup });
    expect(await pending).toMatchObject({ ok: true });
    expect(restored.ok && restored.value.profile?.name).toBe('First');
    expect((await loaded(service)).profile?.name).toBe('First');

    const safety = listDir(path.join(dir, 'backups')).find((name) => name.endsWith('-before-restore.json'));
    expect(safety).toBeDefined();
    const undo = await service.restoreBackup({ name: safety! });
    expect(undo.ok && undo.value.profile?.name).toBe('Third, not yet written');
    await service.close();
    expect(readDisk(dir).profile?.name).toBe('Third, not yet written');
  });

  it('refuses path traversal in a backup name', async () => {
    const dir = makeTempDir();
    const service = await open(dir);
    await service.saveProfile(sampleProfile());
    const before = sha256(path.join(dir, 'skillgap.json'));
    for (const name of ['../skillgap.json', '..\\..\\x.json', '/etc/passwd']) {
      expect(await service.restoreBackup({ name })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(sha256(path.join(dir, 'skillgap.json'))).toBe(before);
    await service.close();
  });
});

