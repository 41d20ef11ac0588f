import fs from 'node:fs';
import path from 'node:path';
import { createFileStore } from '../../../main/store/store-options';
import { fixtureText, listDir, makeTempDir, removeTempDirs, sha256 } from '../store/support';
import { loaded, openService as open, readDisk } from './open-service';
import {
  sampleCourse,
  samplePlan,
  sampleProfile,
  sampleProgress,
  sampleRole,
  sampleSettings,
  sampleSkill,
} from './samples';

afterEach(removeTempDirs);

describe('a failing disk', () => {
  it('answers io-failure, keeps the change in memory and writes it at the next flush', async () => {
    const dir = makeTempDir();
    let failing = true;
    const service = await open(dir, {
      createStore: (storePath) => {
        const file = createFileStore(storePath);
        return {
          path: file.path,
          write(data) {
            if (failing) throw new Error('EIO: disk error');
            file.write(data);
          },
        };
      },
    });
    expect(await service.saveProfile(sampleProfile())).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect((await loaded(service)).profile?.name).toBe('Camille Durand');
    failing = false;
    await service.flush();
    expect(readDisk(dir).profile?.name).toBe('Camille Durand');
    await service.close();
  });
});

describe('files the service cannot own', () => {
  it('opens a newer file read-only: every change is refused and the file stays byte-identical', async () => {
    const dir = makeTempDir();
    const storePath = path.join(dir, 'skillgap.json');
    fs.writeFileSync(storePath, fixtureText('v99-newer.json'));
    const before = sha256(storePath);
    const service = await open(dir);
    expect(await service.status()).toMatchObject({ ok: true, value: { readOnly: true, recovery: null } });
    expect((await loaded(service)).profile?.name).toBe('Sam Rivera');
    const attempts = await Promise.all([
      service.saveProfile(sampleProfile()),
      service.saveSettings(sampleSettings),
      service.saveUserSkill(sampleSkill()),
      service.saveUserRole(sampleRole()),
      service.saveUserCourse(sampleCourse()),
      service.savePlan(samplePlan()),
      service.removePlan({ id: 'plan-content-strategist' }),
      service.setActivePlan({ id: null }),
      service.addProgress(sampleProgress()),
      service.removeProgress({ id: 'log-1' }),
      service.removeUserEntry({ kind: 'skill', id: 'x' }),
      service.restoreBackup({ name: 'skillgap-20261124-090000-000-scheduled.json' }),
    ]);
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await service.flush();
    await service.close();
    expect(sha256(storePath)).toBe(before);
    expect(listDir(dir)).toEqual(['skillgap.json']);
  });

  it('reports a recovery in its status', async () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'skillgap.json'), fixtureText('invalid-schema.json'));
    const service = await open(dir);
    const status = await service.status();
    expect(status).toMatchObject({ ok: true, value: { recovery: { reason: 'schema-invalid', restoredFrom: null } } });
    await service.close();
  });
});
