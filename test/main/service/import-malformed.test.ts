/**
 * Every malformed export of test/core/export/malformedExports.ts, imported through the real
 * service: each is refused with a message naming the problem, no token is given, and the store
 * file and the backups folder stay exactly as they were.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileDialogs } from '../../../main/service/files';
import { MALFORMED_EXPORTS } from '../../core/export/malformedExports';
import { listDir, makeTempDir, removeTempDirs, sha256 } from '../store/support';
import { openService } from './open-service';
import { samplePlan, sampleProfile } from './samples';

afterAll(removeTempDirs);

describe('importing a malformed export', async () => {
  const dataDirectory = makeTempDir();
  const inbox = makeTempDir();
  let chosen = '';
  const dialogs: FileDialogs = { chooseSavePath: async () => null, chooseImportFile: async () => chosen };
  const service = await openService(dataDirectory, { dialogs });
  await service.saveProfile(sampleProfile());
  await service.savePlan(samplePlan());
  await service.flush();
  const storePath = path.join(dataDirectory, 'skillgap.json');
  const hash = sha256(storePath);
  const backups = listDir(path.join(dataDirectory, 'backups'));

  afterAll(() => service.close());

  it.each(MALFORMED_EXPORTS.map((entry, index) => [entry.name, entry, index] as const))(
    'refuses %s and leaves the store file byte for byte',
    async (_name, entry, index) => {
      chosen = path.join(inbox, `malformed-${index}.json`);
      fs.writeFileSync(chosen, entry.text);
      const preview = await service.previewImport();
      expect(preview.ok).toBe(false);
      if (preview.ok) return;
      expect(preview.error.code).toBe('invalid-file');
      expect(preview.error.message).toContain(entry.mentions);
      if (entry.pathIsPrefix) expect(preview.error.path?.startsWith(entry.path ?? '')).toBe(true);
      else expect(preview.error.path).toBe(entry.path);
      expect(sha256(storePath)).toBe(hash);
      expect(listDir(path.join(dataDirectory, 'backups'))).toEqual(backups);
    },
  );
});
