/** scripts/release-check.ts: what `npm run dist` asks for before electron-builder runs. */
import { resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { main, releaseMetadataProblems, toReleasePlatform } from '../../../scripts/release-check';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const LINUX_WITH_DEB: Configuration = { linux: { target: ['AppImage', 'deb'] } };

describe('releaseMetadataProblems', () => {
  it('asks for a homepage and a maintainer e-mail before a deb build', () => {
    const problems = releaseMetadataProblems('linux', { author: 'Skillgap' }, LINUX_WITH_DEB);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/"homepage"/);
    expect(problems[1]).toMatch(/maintainer with an e-mail address/);
  });

  it('is satisfied by a homepage and an author e-mail, in either author form', () => {
    expect(releaseMetadataProblems('linux', { homepage: 'https://example.org', author: { name: 'A', email: 'a@example.org' } }, LINUX_WITH_DEB)).toEqual([]);
    expect(releaseMetadataProblems('linux', { homepage: 'https://example.org', author: 'A <a@example.org>' }, LINUX_WITH_DEB)).toEqual([]);
  });

  it('takes the maintainer from linux.maintainer or deb.maintainer, and the homepage from a GitHub repository only', () => {
    const github = { repository: { url: 'git+https://github.com/someone/skillgap.git' } };
    expect(releaseMetadataProblems('linux', github, { linux: { target: 'deb', maintainer: 'A <a@example.org>' } })).toEqual([]);
    expect(releaseMetadataProblems('linux', github, { linux: { target: [{ target: 'deb' }] }, deb: { maintainer: 'A <a@example.org>' } })).toEqual([]);
    expect(releaseMetadataProblems('linux', { repository: 'https://gitlab.com/someone/skillgap' }, { ...LINUX_WITH_DEB, linux: { target: 'deb', maintainer: 'A <a@x.org>' } })).toHaveLength(1);
  });

  it('asks nothing when no deb is built, or on macOS and Windows', () => {
    expect(releaseMetadataProblems('linux', {}, { linux: { target: 'AppImage' } })).toEqual([]);
    expect(releaseMetadataProblems('mac', {}, LINUX_WITH_DEB)).toEqual([]);
    expect(releaseMetadataProblems('win', {}, LINUX_WITH_DEB)).toEqual([]);
  });
});

describe('toReleasePlatform', () => {
  it('maps Node platform names and short names, and nothing else', () => {
    expect(['linux', 'darwin', 'mac', 'win32', 'win'].map(toReleasePlatform)).toEqual(['linux', 'mac', 'mac', 'win', 'win']);
    expect(toReleasePlatform('freebsd')).toBeNull();
  });
});

describe('main on this repository', () => {
  async function run(platform: string) {
    const output: string[] = [];
    const capture = (...args: unknown[]) => void output.push(args.join(' '));
    const spies = [vi.spyOn(console, 'log').mockImplementation(capture), vi.spyOn(console, 'error').mockImplementation(capture)];
    const code = await main(platform, ROOT);
    spies.forEach((spy) => spy.mockRestore());
    return { code, output: output.join('\n') };
  }

  it('stops a Linux release until the publisher fills in the deb metadata, and names both fields', async () => {
    const linux = await run('linux');
    expect(linux.code).toBe(1);
    expect(linux.output).toContain('Cannot package for linux yet');
    expect(linux.output).toContain('"homepage"');
  });

  it('lets macOS and Windows releases through, and refuses an unknown platform', async () => {
    expect((await run('mac')).code).toBe(0);
    expect((await run('win')).code).toBe(0);
    expect((await run('beos')).code).toBe(1);
  });
});
