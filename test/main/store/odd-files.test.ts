/**
 * Files in the data folder that Skillgap did not put there the way it expects: a file where the
 * backups folder should be, a folder where the store file should be, a byte order mark added by an
 * editor. Each must open, say why when it cannot do everything, and change nothing it cannot own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createSkillgapService, type SkillgapService } from '../../../main/service/service';
import { listBackups } from '../../../main/store/backups';
import { backupFileName } from '../../../main/store/names';
import { sampleCatalog, sampleProfile, sampleSettings } from '../service/samples';
import { fixtureText, listDir, makeTempDir, manualClock, removeTempDirs, sha256 } from './support';

afterEach(removeTempDirs);

const clock = manualClock();
const open = (dataDirectory: string) =>
  createSkillgapService({ dataDirectory, builtinCatalog: sampleCatalog, appVersion: '0.1.0', now: clock.now, writeDelayMs: 5 });

async function profileName(service: SkillgapService): Promise<string | undefined> {
  const loaded = await service.load();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.profile?.name;
}

const BOM = '\uFEFF';

describe('a file named backups', () => {
  it('opens and saves, says backups cannot be made, and leaves the file alone', async () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'skillgap.json'), fixtureText('v6-annotator-with-plan.json'));
    fs.writeFileSync(path.join(dir, 'backups'), 'my own notes');
    for (let start = 0; start < 2; start += 1) {
      const service = await open(dir);
      expect(await service.status()).toMatchObject({
        ok: true,
        value: { readOnly: false, recovery: null, backupsUnavailable: { path: path.join(dir, 'backups') } },
      });
      expect(await service.saveProfile(sampleProfile(`Saved ${start}`))).toMatchObject({ ok: true });
      expect(await service.listBackups()).toEqual({ ok: true, value: [] });
      await service.close();
    }
    expect(fs.readFileSync(path.join(dir, 'backups'), 'utf8')).toBe('my own notes');
    expect(await profileName(await open(dir))).toBe('Saved 1');
  });

  it('shows an older store upgraded but read-only, since it cannot be backed up before the upgrade', async () => {
    const dir = makeTempDir();
    const storePath = path.join(dir, 'skillgap.json');
    fs.writeFileSync(storePath, fixtureText('v1-marketing-switcher.json'));
    fs.writeFileSync(path.join(dir, 'backups'), 'my own notes');
    const before = sha256(storePath);
    const service = await open(dir);
    expect(await service.status()).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'upgrade-blocked' } });
    expect(await profileName(service)).toBe('Camille Durand');
    expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await service.close();
    expect(sha256(storePath)).toBe(before);
    expect(listDir(dir)).toEqual(['backups', 'skillgap.json']);
  });
});

describe('a folder named skillgap.json', () => {
  it('opens read-only and empty, says the data file cannot be read, and changes nothing', async () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'skillgap.json'));
    fs.writeFileSync(path.join(dir, 'skillgap.json', 'inside.txt'), 'mine');
    const service = await open(dir);
    expect(await service.status()).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'store-unreadable' } });
    expect(await profileName(service)).toBeUndefined();
    expect(await service.saveProfile(sampleProfile())).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await service.close();
    expect(listDir(dir)).toEqual(['skillgap.json']);
    expect(listDir(path.join(dir, 'skillgap.json'))).toEqual(['inside.txt']);
  });
});

describe('a byte order mark', () => {
  it('at the start of the store file is not damage: the data loads as it is', async () => {
    const dir = makeTempDir();
    const storePath = path.join(dir, 'skillgap.json');
    fs.writeFileSync(storePath, BOM + fixtureText('v6-annotator-with-plan.json'));
    const before = sha256(storePath);
    const service = await open(dir);
    expect(await service.status()).toMatchObject({ ok: true, value: { readOnly: false, recovery: null } });
    expect(await profileName(service)).toBe('Jordan Lee');
    await service.close();
    expect(sha256(storePath)).toBe(before);
    expect(listDir(dir)).toEqual(['skillgap.json']);
  });

  it('at the start of a backup is not damage: it is listed, restored and used for a recovery', async () => {
    const dir = makeTempDir();
    const name = backupFileName('scheduled', new Date('2026-11-20T10:00:00.000Z'));
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', name), BOM + fixtureText('v6-annotator-with-plan.json'));
    fs.writeFileSync(path.join(dir, 'skillgap.json'), fixtureText('unparsable-truncated.json'));
    const service = await open(dir);
    expect(await service.status()).toMatchObject({ ok: true, value: { recovery: { restoredFrom: name } } });
    expect(await profileName(service)).toBe('Jordan Lee');
    expect(await service.saveProfile(sampleProfile('Changed'))).toMatchObject({ ok: true });
    const restored = await service.restoreBackup({ name });
    expect(restored.ok && restored.value.profile?.name).toBe('Jordan Lee');
    expect(listBackups(path.join(dir, 'backups')).map((backup) => backup.name)).toContain(name);
    await service.close();
  });
});
