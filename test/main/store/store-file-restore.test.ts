/** Restoring a backup: it can be undone, it never removes its source, and bad names change nothing. */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreData } from '../../../core';
import { listBackups, readBackup } from '../../../main/store/backups';
import { backupFileName } from '../../../main/store/names';
import { openStoreFile } from '../../../main/store/store-file';
import { dataDirWith, DAY, fixtureJson, fixtureText, listDir, manualClock, MINUTE, readStoreData, removeTempDirs, sha256 } from './support';

afterEach(removeTempDirs);

const readStore = (dir: string): unknown => readStoreData(path.join(dir, 'skillgap.json'));
const annotator = () => fixtureJson<StoreData>('v6-annotator-with-plan.json');

describe('restore', () => {
  it('backs the current file up first, then loads the backup; restoring that backup undoes it', () => {
    const clock = manualClock();
    const earlier = backupFileName('scheduled', new Date(clock.now().getTime() - 60 * MINUTE));
    const dir = dataDirWith('v6-annotator-with-plan.json', { [earlier]: 'v1-marketing-switcher.json' });
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const restored = file.restore(earlier);
    expect(restored.ok && restored.value.profile?.name).toBe('Camille Durand');
    expect((readStore(dir) as StoreData).profile?.name).toBe('Camille Durand');
    const safety = listBackups(file.backupDirectory).find((backup) => backup.reason === 'before-restore');
    expect(safety).toBeDefined();
    expect(fs.readFileSync(path.join(file.backupDirectory, safety!.name), 'utf8')).toBe(
      fixtureText('v6-annotator-with-plan.json'),
    );

    clock.advance(MINUTE);
    const undone = file.restore(safety!.name);
    expect(undone.ok && undone.value).toEqual(annotator());
    expect(readStore(dir)).toEqual(annotator());
  });

  it('never removes the backup it restores, even the oldest, and backs the restored data up', () => {
    const clock = manualClock();
    const ago = (ms: number) => backupFileName('scheduled', new Date(clock.now().getTime() - ms));
    // 20 backups today and one on each of the 30 days before: the oldest is the next to be pruned.
    const kept = [...Array.from({ length: 20 }, (_, index) => ago((index + 1) * MINUTE)), ...Array.from({ length: 30 }, (_, index) => ago((index + 1) * DAY))];
    const oldest = ago(40 * DAY);
    const dir = dataDirWith('v6-annotator-with-plan.json', {
      ...Object.fromEntries(kept.map((name) => [name, 'v6-empty.json'])),
      [oldest]: 'v1-marketing-switcher.json',
    });
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const restored = file.restore(oldest);
    expect(restored.ok && restored.value.profile?.name).toBe('Camille Durand');
    expect(listDir(file.backupDirectory)).toContain(oldest);
    const [newest, beforeRestore] = listBackups(file.backupDirectory);
    expect(beforeRestore.reason).toBe('before-restore');
    expect(readBackup(file.backupDirectory, newest.name)).toMatchObject({ ok: true, data: { profile: { name: 'Camille Durand' } } });
  });

  it.each(['../skillgap.json', '../../../etc/passwd', 'skillgap.json', 'backups/../skillgap.json'])(
    'refuses the name %j and changes nothing',
    (name) => {
      const dir = dataDirWith('v6-annotator-with-plan.json');
      const before = sha256(path.join(dir, 'skillgap.json'));
      const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
      expect(file.restore(name)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(sha256(path.join(dir, 'skillgap.json'))).toBe(before);
      expect(listDir(dir)).toEqual(['skillgap.json']);
    },
  );

  it('refuses an invalid backup and changes nothing', () => {
    const broken = backupFileName('scheduled', new Date('2026-11-20T10:00:00.000Z'));
    const dir = dataDirWith('v6-annotator-with-plan.json', { [broken]: 'invalid-schema.json' });
    const before = sha256(path.join(dir, 'skillgap.json'));
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(file.restore(broken)).toMatchObject({ ok: false, error: { code: 'invalid-file', problem: { key: 'problem.backupUnreadable' } } });
    expect(sha256(path.join(dir, 'skillgap.json'))).toBe(before);
    expect(listDir(path.join(dir, 'backups'))).toEqual([broken]);
  });
});
