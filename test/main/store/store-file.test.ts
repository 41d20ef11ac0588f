import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION, emptyStoreData, StoreDataSchema, upgradeToCurrent, upgradeV4ToV5, upgradeV5ToV6, type StoreData, type StoreV4 } from '../../../core';
import { listBackups } from '../../../main/store/backups';
import { backupFileName, corruptFileName } from '../../../main/store/names';
import { openStoreFile } from '../../../main/store/store-file';
import { createFileStore } from '../../../main/store/store-options';
import { countingStore, dataDirWith, fixtureJson, fixtureText, listDir, makeTempDir, manualClock, MINUTE, readStoreData, removeTempDirs, sha256 } from './support';

afterEach(removeTempDirs);

const readStore = (dir: string): unknown => readStoreData(path.join(dir, 'skillgap.json'));
const annotator = () => fixtureJson<StoreData>('v6-annotator-with-plan.json');

describe('createFileStore', () => {
  it('writes compact JSON that starts with the checksum of the data', () => {
    const dir = makeTempDir();
    const storePath = path.join(dir, 'skillgap.json');
    createFileStore(storePath).write(annotator());
    const text = fs.readFileSync(storePath, 'utf8');
    const { checksum, ...data } = JSON.parse(text) as { checksum: string };
    expect(text).toBe(`{"checksum":"${checksum}",${JSON.stringify(annotator()).slice(1)}\n`);
    expect(checksum).toBe(`sha256-${createHash('sha256').update(JSON.stringify(data)).digest('hex')}`);
    expect(listDir(dir)).toEqual(['skillgap.json']);
  });
});

describe('opening the store file', () => {
  it('starts empty when there is no file, and writes nothing until a change', () => {
    const dir = dataDirWith();
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(file.initialData).toEqual(emptyStoreData());
    expect(file.readOnly).toBe(false);
    expect(file.recovery).toBeNull();
    expect(listDir(dir)).toEqual([]);
  });

  it('loads a current file without rewriting it', () => {
    const dir = dataDirWith('v6-annotator-with-plan.json');
    const before = sha256(path.join(dir, 'skillgap.json'));
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(file.initialData).toEqual(annotator());
    expect(file.upgradedFrom).toBeNull();
    expect(sha256(path.join(dir, 'skillgap.json'))).toBe(before);
    expect(listBackups(file.backupDirectory)).toEqual([]);
  });

  it('backs an older file up byte for byte before upgrading and writing it', () => {
    const dir = dataDirWith('v1-marketing-switcher.json');
    const clock = manualClock();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const backupName = backupFileName('before-migration', clock.now());
    expect(listDir(path.join(dir, 'backups'))).toEqual([backupName]);
    expect(fs.readFileSync(path.join(dir, 'backups', backupName), 'utf8')).toBe(fixtureText('v1-marketing-switcher.json'));
    const upgraded = upgradeToCurrent(fixtureJson('v1-marketing-switcher.json'));
    expect(upgraded.ok && upgraded.data).toEqual(readStore(dir));
    expect(file.initialData).toEqual(readStore(dir));
    expect(file.upgradedFrom).toBe(1);
    expect(file.recovery).toBeNull();
  });

  it('backs a v2 file up before upgrading it to the current version: study languages and plan scope are written', () => {
    const dir = dataDirWith('v2-annotator-with-plan.json');
    const clock = manualClock();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const backupName = backupFileName('before-migration', clock.now());
    expect(listDir(path.join(dir, 'backups'))).toEqual([backupName]);
    expect(fs.readFileSync(path.join(dir, 'backups', backupName), 'utf8')).toBe(fixtureText('v2-annotator-with-plan.json'));
    const written = readStore(dir) as StoreData;
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(written.profile?.studyLanguages).toEqual(['en']);
    expect(written.plans.map((plan) => plan.inputs.scope)).toEqual(['full']);
    expect(file.initialData).toEqual(written);
    expect(file.upgradedFrom).toBe(2);
  });

  it('backs a v3 file up before upgrading it to the current version: items lose their stored hours, the log keeps them', () => {
    const dir = dataDirWith('v3-annotator-with-plan.json');
    const clock = manualClock();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const backupName = backupFileName('before-migration', clock.now());
    expect(listDir(path.join(dir, 'backups'))).toEqual([backupName]);
    expect(fs.readFileSync(path.join(dir, 'backups', backupName), 'utf8')).toBe(fixtureText('v3-annotator-with-plan.json'));
    const expected = upgradeV5ToV6(upgradeV4ToV5(fixtureJson<StoreV4>('v4-annotator-with-plan.json')));
    expect(readStore(dir)).toEqual(expected);
    expect(file.initialData).toEqual(expected);
    expect(file.upgradedFrom).toBe(3);
  });

  it('opens a newer file read-only and never changes it', () => {
    const dir = dataDirWith('v99-newer.json');
    const storePath = path.join(dir, 'skillgap.json');
    const before = sha256(storePath);
    const newerTempFile = 'skillgap.json.tmp-1764000000abc123';
    fs.writeFileSync(path.join(dir, newerTempFile), '{"schemaVersion": 99');
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(file.readOnly).toBe(true);
    expect(file.initialData.profile?.name).toBe('Sam Rivera');
    expect(file.write(emptyStoreData())).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(file.restore(backupFileName('scheduled', new Date()))).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(sha256(storePath)).toBe(before);
    expect(listDir(dir)).toEqual(['skillgap.json', newerTempFile]);
  });

  it('removes temporary files of interrupted writes', () => {
    const dir = dataDirWith('v6-empty.json');
    fs.writeFileSync(path.join(dir, 'skillgap.json.tmp-1764000000abc123'), '{"schemaVer');
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', '.skillgap-20261124-120000-000-scheduled.json.partial'), '{');
    fs.writeFileSync(path.join(dir, 'my-notes.txt'), 'keep me');
    openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(listDir(dir)).toEqual(['backups', 'my-notes.txt', 'skillgap.json']);
    expect(listDir(path.join(dir, 'backups'))).toEqual([]);
  });
});

describe('recovery from a broken file', () => {
  const newest = backupFileName('scheduled', new Date('2026-11-24T08:00:00.000Z'));
  const older = backupFileName('scheduled', new Date('2026-11-23T08:00:00.000Z'));

  it.each([
    ['unparsable-truncated.json', 'unparsable'],
    ['invalid-schema.json', 'schema-invalid'],
  ] as const)('copies %s aside, loads the newest valid backup and reports it', (fixture, reason) => {
    const dir = dataDirWith(fixture, { [newest]: 'v6-annotator-with-plan.json', [older]: 'v6-empty.json' });
    const clock = manualClock();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const movedTo = path.join(dir, corruptFileName(clock.now()));
    expect(fs.readFileSync(movedTo, 'utf8')).toBe(fixtureText(fixture));
    expect(file.initialData).toEqual(annotator());
    expect(readStore(dir)).toEqual(annotator());
    expect(file.recovery).toEqual({ reason, movedTo, restoredFrom: newest, failure: null, detail: expect.any(String) });
    expect(file.readOnly).toBe(false);
  });

  it('starts empty, still keeping the broken file, when there is no backup', () => {
    const dir = dataDirWith('unparsable-truncated.json');
    const clock = manualClock();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    expect(file.initialData).toEqual(emptyStoreData());
    expect(file.recovery).toMatchObject({ reason: 'unparsable', restoredFrom: null, failure: null });
    expect(listDir(dir)).toEqual([corruptFileName(clock.now()), 'skillgap.json']);
    expect(readStore(dir)).toEqual(emptyStoreData());
  });

  it('treats a checksum that does not match as damage, and accepts a file without one', () => {
    const dir = dataDirWith();
    const storePath = path.join(dir, 'skillgap.json');
    createFileStore(storePath).write(annotator());
    const good = fs.readFileSync(storePath, 'utf8');
    fs.writeFileSync(storePath, good.replace('"Jordan Lee"', '"Jordan Lea"'));
    const damaged = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(damaged.recovery).toMatchObject({ reason: 'checksum-mismatch', restoredFrom: null, failure: null });
    expect(fs.readFileSync(damaged.recovery!.movedTo!, 'utf8')).toContain('"Jordan Lea"');

    const { checksum: _checksum, ...withoutChecksum } = JSON.parse(good) as Record<string, unknown>;
    fs.writeFileSync(storePath, JSON.stringify({ ...withoutChecksum, profile: { ...annotator().profile, name: 'Edited by hand' } }, null, 2));
    const edited = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(edited.recovery).toBeNull();
    expect(edited.initialData.profile?.name).toBe('Edited by hand');
  });

  it('skips unusable backups and says how many', () => {
    const dir = dataDirWith('invalid-schema.json', {
      [backupFileName('scheduled', new Date('2026-11-24T08:03:00.000Z'))]: 'unparsable-truncated.json',
      [backupFileName('scheduled', new Date('2026-11-24T08:02:00.000Z'))]: 'invalid-schema.json',
      [backupFileName('scheduled', new Date('2026-11-24T08:01:00.000Z'))]: 'v99-newer.json',
      [newest]: 'v1-marketing-switcher.json',
    });
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(file.recovery?.restoredFrom).toBe(newest);
    expect(file.recovery?.detail).toContain('skipped 3');
    expect(file.initialData.profile?.name).toBe('Camille Durand');
    expect(StoreDataSchema.parse(readStore(dir))).toEqual(file.initialData);
  });

  it('keeps both broken files when the store breaks twice in the same millisecond', () => {
    const dir = dataDirWith('unparsable-truncated.json');
    const clock = manualClock();
    openStoreFile({ dataDirectory: dir, now: clock.now });
    fs.writeFileSync(path.join(dir, 'skillgap.json'), '[1, 2');
    openStoreFile({ dataDirectory: dir, now: clock.now });
    expect(listDir(dir).filter((name) => name.startsWith('skillgap.corrupt-'))).toHaveLength(2);
  });
});

describe('writing', () => {
  it('writes the whole document once and answers with the save time', () => {
    const dir = dataDirWith();
    const clock = manualClock();
    const counting = countingStore();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now, createStore: counting.createStore });
    expect(file.write(annotator())).toEqual({ ok: true, value: { savedAt: clock.now().toISOString() } });
    expect(readStore(dir)).toEqual(annotator());
    expect(counting.writes()).toBe(1);
  });

  it('refuses to write an invalid document and leaves the file as it was', () => {
    const dir = dataDirWith('v6-annotator-with-plan.json');
    const before = sha256(path.join(dir, 'skillgap.json'));
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    const broken = { ...annotator(), activePlanId: 'Not An Id' };
    expect(file.write(broken)).toMatchObject({ ok: false, error: { code: 'invalid-payload', path: 'activePlanId' } });
    expect(sha256(path.join(dir, 'skillgap.json'))).toBe(before);
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'permission-denied'],
    ['EIO', 'io-failure'],
  ])('answers %s from the disk with %s', (errno, code) => {
    const dir = dataDirWith();
    const file = openStoreFile({
      dataDirectory: dir,
      now: manualClock().now,
      createStore: (storePath) => ({
        path: storePath,
        write() {
          throw Object.assign(new Error(`${errno}: refused`), { code: errno });
        },
      }),
    });
    expect(file.write(emptyStoreData())).toMatchObject({ ok: false, error: { code } });
    expect(listDir(dir)).toEqual([]);
  });
});

describe('scheduled backups', () => {
  it('takes one at the first write, then at most one every 10 minutes', () => {
    const dir = dataDirWith();
    const clock = manualClock();
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    const backups = () => listBackups(file.backupDirectory).map((backup) => backup.createdAt);
    const first = clock.now().toISOString();
    file.write(annotator());
    expect(backups()).toEqual([first]);
    clock.advance(5 * MINUTE);
    file.write(emptyStoreData());
    clock.advance(4 * MINUTE + 59_999);
    file.write(annotator());
    expect(backups()).toEqual([first]);
    clock.advance(1);
    const second = clock.now().toISOString();
    file.write(emptyStoreData());
    expect(backups()).toEqual([second, first]);
    // The scheduled backup is a copy of what was just written.
    expect(readStoreData(path.join(file.backupDirectory, listBackups(file.backupDirectory)[0].name))).toEqual(emptyStoreData());
  });

  it('counts backups left by an earlier session', () => {
    const clock = manualClock();
    const recent = backupFileName('scheduled', new Date(clock.now().getTime() - 3 * MINUTE));
    const dir = dataDirWith('v6-empty.json', { [recent]: 'v6-empty.json' });
    const file = openStoreFile({ dataDirectory: dir, now: clock.now });
    file.write(annotator());
    expect(listDir(file.backupDirectory)).toEqual([recent]);
  });
});
