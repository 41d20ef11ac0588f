import fs from 'node:fs';
import path from 'node:path';
import {
  backupFolderProblem,
  createBackup,
  listBackups,
  newestBackupTime,
  newestValidBackup,
  pruneBackups,
  readBackup,
  removePartialBackups,
} from '../../../main/store/backups';
import { backupFileName } from '../../../main/store/names';
import { createFileStore } from '../../../main/store/store-options';
import { DAY, fixtureText, makeTempDir, MINUTE, removeTempDirs } from './support';

const NOW = new Date('2026-11-24T12:00:00.000Z');

function setUp() {
  const root = makeTempDir();
  const source = path.join(root, 'skillgap.json');
  fs.writeFileSync(source, fixtureText('v2-annotator-with-plan.json'));
  return { root, source, backups: path.join(root, 'backups') };
}

function place(dir: string, name: string, content: string) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), content);
}

afterEach(removeTempDirs);

describe('createBackup', () => {
  it('copies the store file byte for byte under a stamped name', () => {
    const { source, backups } = setUp();
    const name = createBackup(backups, source, 'scheduled', NOW);
    expect(name).toBe(backupFileName('scheduled', NOW));
    expect(fs.readFileSync(path.join(backups, name))).toEqual(fs.readFileSync(source));
    expect(fs.readdirSync(backups)).toEqual([name]);
  });

  it('never overwrites a backup made in the same millisecond', () => {
    const { source, backups } = setUp();
    const first = createBackup(backups, source, 'scheduled', NOW);
    const second = createBackup(backups, source, 'scheduled', NOW);
    expect(second).not.toBe(first);
    expect(fs.readdirSync(backups).sort()).toEqual([first, second].sort());
  });
});

describe('listBackups', () => {
  it('lists our backups newest first with time, size and reason, ignoring other files', () => {
    const { source, backups } = setUp();
    const older = createBackup(backups, source, 'before-migration', new Date(NOW.getTime() - DAY));
    const newer = createBackup(backups, source, 'before-restore', NOW);
    place(backups, 'notes.txt', 'mine');
    place(backups, '.skillgap-20261124-120000-000-scheduled.json.partial', '{');
    const size = fs.statSync(source).size;
    expect(listBackups(backups)).toEqual([
      { name: newer, createdAt: NOW.toISOString(), sizeBytes: size, reason: 'before-restore' },
      {
        name: older,
        createdAt: new Date(NOW.getTime() - DAY).toISOString(),
        sizeBytes: size,
        reason: 'before-migration',
      },
    ]);
    expect(newestBackupTime(backups)).toEqual(NOW);
  });

  it('is empty when the folder does not exist yet', () => {
    const { backups } = setUp();
    expect(listBackups(backups)).toEqual([]);
    expect(newestBackupTime(backups)).toBeNull();
  });
});

describe('readBackup', () => {
  it('upgrades an older backup to the current schema', () => {
    const { backups } = setUp();
    const name = backupFileName('before-migration', NOW);
    place(backups, name, fixtureText('v1-marketing-switcher.json'));
    const outcome = readBackup(backups, name);
    expect(outcome).toMatchObject({ ok: true, fromVersion: 1 });
  });

  it.each(['../skillgap.json', '../../etc/passwd', 'skillgap-20261124-120000-000-scheduled.json/..', '/etc/passwd'])(
    'refuses the name %j without reading anything',
    (name) => {
      const { backups } = setUp();
      expect(readBackup(backups, name)).toMatchObject({ ok: false, reason: 'not-found' });
    },
  );

  it('reports a missing, an unparsable and an invalid backup', () => {
    const { backups } = setUp();
    const missing = backupFileName('scheduled', NOW);
    const broken = backupFileName('scheduled', new Date(NOW.getTime() - MINUTE));
    const invalid = backupFileName('scheduled', new Date(NOW.getTime() - 2 * MINUTE));
    place(backups, broken, fixtureText('unparsable-truncated.json'));
    place(backups, invalid, fixtureText('invalid-schema.json'));
    expect(readBackup(backups, missing)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(readBackup(backups, broken)).toMatchObject({ ok: false, reason: 'unparsable' });
    expect(readBackup(backups, invalid)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('odd backups', () => {
  it('reads a backup that starts with a byte order mark', () => {
    const { backups } = setUp();
    const name = backupFileName('scheduled', NOW);
    place(backups, name, `\uFEFF${fixtureText('v6-empty.json')}`);
    expect(readBackup(backups, name)).toMatchObject({ ok: true, fromVersion: 6 });
  });

  it('reports a backup whose content does not match its checksum', () => {
    const { root, backups } = setUp();
    const store = path.join(root, 'skillgap.json');
    createFileStore(store).write(JSON.parse(fixtureText('v6-annotator-with-plan.json')));
    const name = createBackup(backups, store, 'scheduled', NOW);
    fs.writeFileSync(path.join(backups, name), fs.readFileSync(path.join(backups, name), 'utf8').replace('"level":3', '"level":4'));
    expect(readBackup(backups, name)).toMatchObject({ ok: false, reason: 'checksum-mismatch' });
  });

  it('lists nothing and makes no backup when a file is named backups', () => {
    const { root, source, backups } = setUp();
    fs.writeFileSync(backups, 'mine');
    expect(listBackups(backups)).toEqual([]);
    expect(newestBackupTime(backups)).toBeNull();
    expect(backupFolderProblem(backups)).toContain('is a file, not a folder');
    expect(() => createBackup(backups, source, 'scheduled', NOW)).toThrow('is a file, not a folder');
    expect(fs.readFileSync(backups, 'utf8')).toBe('mine');
    expect(backupFolderProblem(path.join(root, 'not-yet'))).toBeNull();
  });
});

describe('newestValidBackup', () => {
  it('skips unparsable, invalid and newer-version backups and returns the newest good one', () => {
    const { backups } = setUp();
    const stamp = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * MINUTE);
    place(backups, backupFileName('scheduled', stamp(1)), fixtureText('unparsable-truncated.json'));
    place(backups, backupFileName('scheduled', stamp(2)), fixtureText('invalid-schema.json'));
    place(backups, backupFileName('scheduled', stamp(3)), fixtureText('v99-newer.json'));
    place(backups, backupFileName('scheduled', stamp(4)), fixtureText('v2-annotator-with-plan.json'));
    place(backups, backupFileName('scheduled', stamp(5)), fixtureText('v2-empty.json'));
    const found = newestValidBackup(backups);
    expect(found?.name).toBe(backupFileName('scheduled', stamp(4)));
    expect(found?.data.profile?.name).toBe('Jordan Lee');
    expect(found?.skipped.map((skip) => skip.name)).toEqual([1, 2, 3].map((ago) => backupFileName('scheduled', stamp(ago))));
  });

  it('is null when no backup is usable', () => {
    const { backups } = setUp();
    place(backups, backupFileName('scheduled', NOW), fixtureText('unparsable-truncated.json'));
    expect(newestValidBackup(backups)).toBeNull();
  });
});

describe('pruneBackups and removePartialBackups', () => {
  it('deletes what the retention policy drops and nothing else', () => {
    const { source, backups } = setUp();
    const names = Array.from({ length: 23 }, (_, index) =>
      createBackup(backups, source, 'scheduled', new Date(NOW.getTime() - index * MINUTE)),
    );
    const ancient = createBackup(backups, source, 'scheduled', new Date(NOW.getTime() - 400 * DAY));
    place(backups, 'notes.txt', 'mine');
    const removed = pruneBackups(backups, NOW);
    // Today's three oldest fall outside the 20 newest and are not the newest of their day; the
    // ancient one is the newest of one of the last 30 days that have backups, however old.
    expect(removed.sort()).toEqual(names.slice(20).sort());
    expect(fs.readdirSync(backups)).toContain('notes.txt');
    expect(listBackups(backups).map((backup) => backup.name)).toEqual([...names.slice(0, 20), ancient]);
  });

  it('never removes a protected backup', () => {
    const { source, backups } = setUp();
    const names = Array.from({ length: 22 }, (_, index) =>
      createBackup(backups, source, 'scheduled', new Date(NOW.getTime() - index * MINUTE)),
    );
    expect(pruneBackups(backups, NOW, { keepNewest: 20, dailyDays: 0 }, [names[21]])).toEqual([names[20]]);
  });

  it('removes only partial copies left by a crash', () => {
    const { backups } = setUp();
    place(backups, '.skillgap-20261124-120000-000-scheduled.json.partial', '{"sche');
    place(backups, backupFileName('scheduled', NOW), '{}');
    removePartialBackups(backups);
    expect(fs.readdirSync(backups)).toEqual([backupFileName('scheduled', NOW)]);
  });
});
