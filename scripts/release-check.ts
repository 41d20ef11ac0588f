/**
 * `npm run dist` runs this first. electron-builder only finds out that the deb package lacks its
 * homepage and maintainer after it has downloaded Electron and packed the app; this check names
 * what is missing straight away. Those two values belong to whoever publishes Skillgap, so they
 * are not made up here.
 *
 * Usage: tsx scripts/release-check.ts [linux|mac|win]   (default: this machine's platform)
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';

export type ReleasePlatform = 'linux' | 'mac' | 'win';

export interface ReleaseManifest {
  homepage?: string;
  repository?: string | { url?: string };
  author?: string | { name?: string; email?: string };
}

const EMAIL_IN_PERSON = /<[^<>@\s]+@[^<>@\s]+>/;

function authorEmail(author: ReleaseManifest['author']): string | undefined {
  if (typeof author === 'string') return EMAIL_IN_PERSON.exec(author)?.[0];
  return author?.email;
}

function repositoryUrl(repository: ReleaseManifest['repository']): string | undefined {
  return typeof repository === 'string' ? repository : repository?.url;
}

/**
 * What the given platform's targets need from package.json and electron-builder.yml and do not
 * have, in words a packager can act on. Empty when nothing is missing. electron-builder reads the
 * maintainer from linux.maintainer (or deb.maintainer), else from the author's e-mail, and the
 * homepage from package.json's homepage, else from a GitHub repository.
 */
export function releaseMetadataProblems(platform: ReleasePlatform, manifest: ReleaseManifest, config: Configuration): string[] {
  if (platform !== 'linux') return [];
  const targets = [config.linux?.target ?? []].flat().map((target) => (typeof target === 'string' ? target : target.target));
  if (!targets.includes('deb')) return [];
  const problems: string[] = [];
  const repository = repositoryUrl(manifest.repository);
  const homepage = manifest.homepage ?? (repository && /github\.com[/:]/.test(repository) ? repository : undefined);
  if (!homepage) {
    problems.push('The deb package needs the project\'s web address: add "homepage" (or a GitHub "repository") to package.json.');
  }
  const maintainer = config.deb?.maintainer ?? config.linux?.maintainer ?? authorEmail(manifest.author);
  if (!maintainer) {
    problems.push(
      'The deb package needs a maintainer with an e-mail address: set "author": {"name": …, "email": …} in package.json, or linux.maintainer ("Name <e-mail>") in electron-builder.yml.',
    );
  }
  return problems;
}

export function toReleasePlatform(value: string): ReleasePlatform | null {
  const platforms: Record<string, ReleasePlatform> = { linux: 'linux', darwin: 'mac', mac: 'mac', win32: 'win', win: 'win' };
  return platforms[value] ?? null;
}

export async function main(argument: string | undefined, root = resolve(import.meta.dirname, '..')): Promise<number> {
  const platform = toReleasePlatform(argument ?? process.platform);
  if (!platform) {
    console.error(`Unknown platform "${argument}": use linux, mac or win.`);
    return 1;
  }
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as ReleaseManifest;
  const config = await getConfig(root, 'electron-builder.yml', null);
  const problems = releaseMetadataProblems(platform, manifest, config);
  if (problems.length === 0) {
    console.log(`Release metadata for ${platform}: complete.`);
    return 0;
  }
  console.error(`Cannot package for ${platform} yet:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2]).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
