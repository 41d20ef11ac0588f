/**
 * A clock that was once wrong (a dual boot, a dead battery, a wrong date typed by hand) leaves
 * backups stamped in the future or far in the past. Scheduled backups must go on, and the real
 * backups must not be pruned for it. The retention rule itself is tested in retention.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createSkillgapService } from '../../../main/service/service';
import { listBackups } from '../../../main/store/backups';
import { backupFileName } from '../../../main/store/names';
import { sampleCatalog, sampleProfile } from '../service/samples';
import { DAY, fixtureText, makeTempDir, manualClock, MINUTE, removeTempDirs } from './support';

afterEach(removeTempDirs);

function folderWithBackups(stamps: Date[]): string {
  const dir = makeTempDir();
  fs.writeFileSync(path.join(dir, 'skillgap.json'), fixtureText('v6-empty.json'));
  fs.mkdirSync(path.join(dir, 'backups'));
  for (const stamp of stamps) fs.writeFileSync(path.join(dir, 'backups', backupFileName('scheduled', stamp)), fixtureText('v6-empty.json'));
  return dir;
}

describe('a clock that was ahead and came back', () => {
  it('takes scheduled backups at once and keeps them, beside the backups stamped in the future', async () => {
    const clock = manualClock('2026-11-24T09:00:00.000Z');
    const future = Array.from({ length: 25 }, (_, index) => new Date(Date.UTC(2027, 5, 1, 9, index * 10)));
    const dir = folderWithBackups(future);
    const service = await createSkillgapService({
      dataDirectory: dir,
      builtinCatalog: sampleCatalog,
      appVersion: '0.1.0',
      now: clock.now,
      writeDelayMs: 5,
    });
    const taken: string[] = [];
    for (let save = 0; save < 3; save += 1) {
      expect(await service.saveProfile(sampleProfile(`Save ${save}`))).toMatchObject({ ok: true });
      taken.push(clock.now().toISOString());
      clock.advance(10 * MINUTE);
    }
    await service.close();
    const createdAt = listBackups(path.join(dir, 'backups')).map((backup) => backup.createdAt);
    expect(createdAt).toEqual(expect.arrayContaining([...taken, ...future.map((stamp) => stamp.toISOString())]));
    expect(createdAt).toHaveLength(28);
  });
});

describe('a clock that jumps far ahead', () => {
  it('keeps the daily backups of the days before the jump', async () => {
    const days = Array.from({ length: 25 }, (_, index) => new Date(Date.parse('2026-11-24T09:00:00.000Z') - index * DAY));
    const dir = folderWithBackups(days);
    const clock = manualClock('2027-11-24T09:00:00.000Z');
    const service = await createSkillgapService({
      dataDirectory: dir,
      builtinCatalog: sampleCatalog,
      appVersion: '0.1.0',
      now: clock.now,
      writeDelayMs: 5,
    });
    expect(await service.saveProfile(sampleProfile())).toMatchObject({ ok: true });
    await service.close();
    const createdAt = listBackups(path.join(dir, 'backups')).map((backup) => backup.createdAt);
    expect(createdAt).toEqual([clock.now().toISOString(), ...days.map((day) => day.toISOString())]);
  });
});
