/**
 * A file that is valid in its own version but whose upgrade step produces invalid data is
 * treated like a broken file: copied aside and reported as 'upgrade-failed'. No real step fails,
 * so the upgrade is replaced here by one that does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { emptyStoreData } from '../../../core';
import type * as Core from '../../../core';
import { openStoreFile } from '../../../main/store/store-file';
import { fixtureText, listDir, makeTempDir, manualClock, removeTempDirs } from './support';

vi.mock('../../../core', async (importOriginal) => {
  const original = await importOriginal<typeof Core>();
  return {
    ...original,
    upgradeToCurrent: (raw: unknown) => {
      const outcome = original.upgradeToCurrent(raw);
      return outcome.ok && outcome.fromVersion === 1
        ? { ok: false, reason: 'invalid', detail: 'upgrade from schema 1 to 2 failed: test', version: 1, failedStep: { from: 1, to: 2 } }
        : outcome;
    },
  };
});

afterEach(removeTempDirs);

describe('an upgrade that fails', () => {
  it('copies the file aside unchanged and reports upgrade-failed', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'skillgap.json'), fixtureText('v1-marketing-switcher.json'));
    const file = openStoreFile({ dataDirectory: dir, now: manualClock().now });
    expect(file.recovery).toMatchObject({ reason: 'upgrade-failed', restoredFrom: null });
    expect(file.initialData).toEqual(emptyStoreData());
    expect(fs.readFileSync(file.recovery!.movedTo!, 'utf8')).toBe(fixtureText('v1-marketing-switcher.json'));
    expect(listDir(dir)).toEqual([path.basename(file.recovery!.movedTo!), 'skillgap.json']);
  });
});
