/**
 * The disk refuses: full during a save, a backup, an export or a recovery, or read-only. Each case
 * checks what the person is told (the Result or the status) and what is on disk after a restart.
 * The disk is a real tmpfs when the tests run as root on Linux, injected fs faults otherwise
 * (small-disk.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Profile } from '../../../core';
import { createSkillgapService, type SkillgapService } from '../../../main/service/service';
import { writeFileAtomically } from '../../../main/service/files';
import { listBackups, readBackup } from '../../../main/store/backups';
import { backupFileName } from '../../../main/store/names';
import { sampleCatalog, sampleProfile, sampleSettings } from '../service/samples';
import { openSmallDisk, type SmallDisk } from './small-disk';
import { fixtureText, listDir, manualClock, MINUTE, removeTempDirs, sha256 } from './support';

let disk: SmallDisk;
beforeEach(() => {
  disk = openSmallDisk();
});
afterEach(() => {
  disk.close();
  removeTempDirs();
});

const clock = manualClock();
const open = (dataDirectory: string) =>
  createSkillgapService({ dataDirectory, builtinCatalog: sampleCatalog, appVersion: '0.1.0', now: clock.now, writeDelayMs: 5 });

function dataFolder(): string {
  const dir = path.join(disk.root, 'data');
  fs.mkdirSync(dir);
  return dir;
}

/** A profile of about `notes` × 4 KB, so its file is larger than the space left. */
function bigProfile(name: string, notes: number): Profile {
  const skills = Array.from({ length: notes }, (_, index) => ({ skillId: `skill-${index}`, level: 2 as const, note: 'n'.repeat(3900) }));
  return { ...sampleProfile(name), skills };
}

/** Every file under the folder with its hash, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = sha256(full);
  }
  return files;
}

const storeOf = (dir: string) => path.join(dir, 'skillgap.json');
const leftovers = (dir: string) => listDir(dir).filter((name) => /\.tmp-|\.partial$/.test(name));

async function loadedName(service: SkillgapService): Promise<string | undefined> {
  const loaded = await service.load();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.profile?.name;
}

describe(`a full disk`, () => {
  it('during a save: disk-full, the previous file stays, the change stays in memory and is saved once space is freed', async () => {
    const dir = dataFolder();
    const service = await open(dir);
    expect(await service.saveProfile(sampleProfile('Before'))).toMatchObject({ ok: true });
    const before = sha256(storeOf(dir));
    disk.fill(8 * 1024);
    expect(await service.saveProfile(bigProfile('After', 5))).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(sha256(storeOf(dir))).toBe(before);
    expect(leftovers(dir)).toEqual([]);
    expect(await loadedName(service)).toBe('After');
    // Still full: closing tries again and fails again without touching the file.
    await service.flush();
    expect(sha256(storeOf(dir))).toBe(before);

    disk.free();
    expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: true });
    await service.close();
    const reopened = await open(dir);
    const loaded = await reopened.load();
    expect(loaded.ok && loaded.value.profile?.name).toBe('After');
    expect(loaded.ok && loaded.value.settings).toEqual(sampleSettings);
    expect(await reopened.status()).toMatchObject({ ok: true, value: { readOnly: false, recovery: null } });
    await reopened.close();
  });

  it('during a scheduled backup: the save holds, no partial backup is left, and the backup is taken later', async () => {
    const dir = dataFolder();
    const service = await open(dir);
    expect(await service.saveProfile(sampleProfile('Small'))).toMatchObject({ ok: true });
    const backups = path.join(dir, 'backups');
    expect(listBackups(backups)).toHaveLength(1);
    clock.advance(11 * MINUTE);
    // Room for the new store file, not for a copy of it as well.
    disk.fill(24 * 1024);
    expect(await service.saveProfile(bigProfile('Large', 5))).toMatchObject({ ok: true });
    expect(listDir(backups)).toEqual(listBackups(backups).map((backup) => backup.name));
    expect(listBackups(backups)).toHaveLength(1);
    for (const backup of listBackups(backups)) expect(readBackup(backups, backup.name)).toMatchObject({ ok: true });

    disk.free();
    expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: true });
    const taken = listBackups(backups);
    expect(taken).toHaveLength(2);
    expect(readBackup(backups, taken[0].name)).toMatchObject({ ok: true, data: { profile: { name: 'Large' } } });
    await service.close();
  });

  it('during an export: disk-full, the earlier export stays whole, no partial file', () => {
    const target = path.join(disk.root, 'plan.csv');
    expect(writeFileAtomically(target, Buffer.from('first export'))).toMatchObject({ ok: true });
    disk.fill(8 * 1024);
    expect(writeFileAtomically(target, Buffer.alloc(40 * 1024, 0x61))).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('first export');
    expect(listDir(disk.root).filter((name) => name !== '.filler')).toEqual(['plan.csv']);
  });

  describe('during a recovery', () => {
    const backupName = backupFileName('scheduled', new Date('2026-11-20T10:00:00.000Z'));

    function damagedFolder(corruptBytes: number): { dir: string; corrupt: string } {
      const dir = dataFolder();
      const corrupt = `{"schemaVersion": 4, "profile": ${'x'.repeat(corruptBytes)}`;
      fs.writeFileSync(storeOf(dir), corrupt);
      fs.mkdirSync(path.join(dir, 'backups'));
      const backup = { ...JSON.parse(fixtureText('v6-empty.json')), profile: bigProfile('From backup', 5) };
      fs.writeFileSync(path.join(dir, 'backups', backupName), JSON.stringify(backup));
      return { dir, corrupt };
    }

    it.each([
      ['copying the damaged file aside', 12 * 1024, 8 * 1024],
      ['writing the backup over the store', 2 * 1024, 12 * 1024],
    ])('fails while %s: read-only with the backup shown, every file as it was, recovered at a later start', async (_step, corruptBytes, leave) => {
      const { dir, corrupt } = damagedFolder(corruptBytes);
      const before = snapshot(dir);
      disk.fill(leave);
      for (let start = 0; start < 2; start += 1) {
        const service = await open(dir);
        const status = await service.status();
        expect(status).toMatchObject({
          ok: true,
          value: {
            readOnly: true,
            readOnlyReason: 'recovery-failed',
            recovery: { reason: 'unparsable', restoredFrom: backupName, failure: expect.stringMatching(/ENOSPC|space/) },
          },
        });
        expect(await loadedName(service)).toBe('From backup');
        expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: false, error: { code: 'read-only' } });
        await service.close();
        expect(snapshot(dir)).toEqual(before);
      }

      disk.free();
      const service = await open(dir);
      const status = await service.status();
      expect(status).toMatchObject({ ok: true, value: { readOnly: false, recovery: { restoredFrom: backupName, failure: null } } });
      const movedTo = status.ok ? status.value.recovery?.movedTo : null;
      expect(fs.readFileSync(String(movedTo), 'utf8')).toBe(corrupt);
      expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: true });
      await service.close();
      const reopened = await open(dir);
      expect(await loadedName(reopened)).toBe('From backup');
      expect(await reopened.status()).toMatchObject({ ok: true, value: { readOnly: false, recovery: null } });
      await reopened.close();
    });
  });
});

describe('a read-only data folder', () => {
  it('answers a save with permission-denied after one attempt, keeps the change and saves it once writable', async () => {
    const dir = dataFolder();
    const service = await open(dir);
    expect(await service.saveProfile(sampleProfile('Before'))).toMatchObject({ ok: true });
    const before = sha256(storeOf(dir));
    disk.setReadOnly(true);
    const alreadySpied = vi.isMockFunction(fs.openSync);
    const opens = vi.spyOn(fs, 'openSync');
    const openedBefore = opens.mock.calls.length;
    const saved = await service.saveProfile(sampleProfile('After'));
    const attempts = opens.mock.calls.slice(openedBefore).filter(([target]) => String(target).startsWith(dir));
    if (!alreadySpied) opens.mockRestore();
    expect(saved).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    expect(attempts).toHaveLength(1);
    expect(sha256(storeOf(dir))).toBe(before);
    expect(await loadedName(service)).toBe('After');

    disk.setReadOnly(false);
    await service.close();
    const reopened = await open(dir);
    expect(await loadedName(reopened)).toBe('After');
    await reopened.close();
  });

  it('opens a healthy store read-only and says the folder cannot be written', async () => {
    const dir = dataFolder();
    fs.writeFileSync(storeOf(dir), fixtureText('v6-annotator-with-plan.json'));
    disk.setReadOnly(true);
    const service = await open(dir);
    expect(await service.status()).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'folder-not-writable', recovery: null } });
    expect(await loadedName(service)).toBe('Jordan Lee');
    expect(await service.saveSettings(sampleSettings)).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await service.close();
  });

  it('opens a damaged store read-only with the newest backup, changes nothing and recovers once writable', async () => {
    const dir = dataFolder();
    fs.writeFileSync(storeOf(dir), fixtureText('unparsable-truncated.json'));
    const backupName = backupFileName('scheduled', new Date('2026-11-20T10:00:00.000Z'));
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', backupName), fixtureText('v6-annotator-with-plan.json'));
    const before = snapshot(dir);
    disk.setReadOnly(true);
    const service = await open(dir);
    expect(await service.status()).toMatchObject({
      ok: true,
      value: {
        readOnly: true,
        readOnlyReason: 'folder-not-writable',
        recovery: { reason: 'unparsable', movedTo: null, restoredFrom: backupName, failure: expect.any(String) },
      },
    });
    expect(await loadedName(service)).toBe('Jordan Lee');
    await service.close();
    expect(snapshot(dir)).toEqual(before);

    disk.setReadOnly(false);
    const writable = await open(dir);
    expect(await writable.status()).toMatchObject({ ok: true, value: { readOnly: false, recovery: { restoredFrom: backupName, failure: null } } });
    await writable.close();
  });
});
