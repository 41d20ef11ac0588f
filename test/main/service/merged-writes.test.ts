import fs from 'node:fs';
import path from 'node:path';
import { createSkillgapService } from '../../../main/service/service';
import { countingStore, makeTempDir, manualClock, removeTempDirs } from '../store/support';
import { sampleCatalog, sampleProfile, sampleSettings } from './samples';

afterEach(removeTempDirs);

async function openCounting(writeDelayMs: number) {
  const dir = makeTempDir();
  const counting = countingStore();
  const service = await createSkillgapService({
    dataDirectory: dir,
    builtinCatalog: sampleCatalog,
    appVersion: '0.1.0',
    now: manualClock().now,
    writeDelayMs,
    createStore: counting.createStore,
  });
  return { dir, counting, service };
}

describe('merged writes', () => {
  it('writes 50 rapid saves in one or two disk writes, and every save resolves', async () => {
    const { dir, counting, service } = await openCounting(250);
    const saves = Array.from({ length: 50 }, (_, index) => service.saveProfile(sampleProfile(`Draft ${index}`)));
    expect(counting.writes()).toBe(0);
    const results = await Promise.all(saves);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(counting.writes()).toBeGreaterThanOrEqual(1);
    expect(counting.writes()).toBeLessThanOrEqual(2);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'skillgap.json'), 'utf8'));
    expect(onDisk.profile.name).toBe('Draft 49');
    const loaded = await service.load();
    expect(loaded.ok && loaded.value.profile?.name).toBe('Draft 49');
    await service.close();
  });

  it('merges saves made across awaits within the delay', async () => {
    const { counting, service } = await openCounting(200);
    const saves = [];
    for (let index = 0; index < 10; index += 1) {
      saves.push(service.saveProfile(sampleProfile(`Typing ${index}`)));
      await Promise.resolve();
    }
    saves.push(service.saveSettings(sampleSettings));
    await Promise.all(saves);
    expect(counting.writes()).toBe(1);
    await service.close();
  });

  it('shows a change to the next read at once, before it is written', async () => {
    const { counting, service } = await openCounting(10_000);
    void service.saveProfile(sampleProfile('Not written yet'));
    const loaded = await service.load();
    expect(loaded.ok && loaded.value.profile?.name).toBe('Not written yet');
    expect(counting.writes()).toBe(0);
    await service.flush();
    expect(counting.writes()).toBe(1);
    await service.close();
  });

  it('flush writes the pending burst at once and settles its saves', async () => {
    const { dir, counting, service } = await openCounting(60_000);
    const saves = [service.saveProfile(sampleProfile('Quit soon')), service.saveSettings(sampleSettings)];
    await service.flush();
    const results = await Promise.all(saves);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(counting.writes()).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'skillgap.json'), 'utf8')).settings).toEqual(sampleSettings);
    await service.close();
  });
});
