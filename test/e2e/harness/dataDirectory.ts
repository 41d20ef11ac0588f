import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/**
 * A temp data directory holding the given files (name -> content), for tests that start from
 * what is on disk: a corrupt store, one from a newer version, a restart. Removed by
 * removeDataDirectories().
 */
export async function createDataDirectory(files: Record<string, string> = {}): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'skillgap-e2e-'));
  created.push(directory);
  for (const [name, content] of Object.entries(files)) await writeFile(join(directory, name), content);
  return directory;
}

export async function removeDataDirectories(): Promise<void> {
  for (const directory of created.splice(0)) await rm(directory, { recursive: true, force: true });
}
