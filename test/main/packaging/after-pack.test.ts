/**
 * The afterPack hook that flips Electron's fuses: the reviewed value of each fuse, where the
 * binary is on each platform, and (through a fake binary) the real hook file electron-builder
 * loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type * as FusesModule from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { Arch } from 'electron-builder';
import type { PackedApp } from '../../../scripts/after-pack';
import { afterPack, electronBinaryPath, FUSE_SETTINGS, fuseConfigFor } from '../../../scripts/after-pack';

const flipped = vi.hoisted(() => ({ calls: [] as unknown[][] }));

vi.mock('@electron/fuses', async (importOriginal) => {
  const real = await importOriginal<typeof FusesModule>();
  return {
    ...real,
    flipFuses: vi.fn(async (...args: unknown[]) => {
      flipped.calls.push(args);
      return 1;
    }),
  };
});

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const OUT = join('/build', 'release', 'out');

function packed(electronPlatformName: string, arch: Arch = Arch.x64): PackedApp {
  return {
    appOutDir: OUT,
    electronPlatformName,
    arch,
    packager: {
      appInfo: { productFilename: 'Skillgap' },
      ...(electronPlatformName === 'linux' ? { executableName: 'skillgap' } : {}),
    },
  };
}

// electron-builder's real context type must fit the hook: a compile-time check.
const acceptsBuilderContext: (context: AfterPackContext) => Promise<void> = (context) => afterPack(context);

describe('FUSE_SETTINGS', () => {
  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
    ['EnableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['EnableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['EnableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['LoadBrowserProcessSpecificV8Snapshot', FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false],
    ['GrantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ] as const)('sets %s to %s', (_name, fuse, expected) => {
    expect(FUSE_SETTINGS[fuse]).toBe(expected);
  });

  it('decides every fuse @electron/fuses knows, and nothing else', () => {
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    expect(Object.keys(FUSE_SETTINGS).map(Number).sort()).toEqual([...known].sort());
  });
});

describe('electronBinaryPath', () => {
  it.each([
    ['linux', join(OUT, 'skillgap')],
    ['darwin', join(OUT, 'Skillgap.app')],
    ['mas', join(OUT, 'Skillgap.app')],
    ['win32', join(OUT, 'Skillgap.exe')],
  ])('finds the %s binary', (platform, path) => {
    expect(electronBinaryPath(packed(platform))).toBe(path);
  });

  it('refuses a platform it does not know', () => {
    expect(() => electronBinaryPath(packed('aix'))).toThrow(/Unknown platform "aix"/);
  });

  it('refuses a Linux context without an executable name', () => {
    const context = packed('linux');
    delete context.packager.executableName;
    expect(() => electronBinaryPath(context)).toThrow(/executable name/);
  });
});

describe('fuseConfigFor', () => {
  it('uses fuse wire version 1 with every reviewed setting', () => {
    expect(fuseConfigFor(packed('linux'))).toEqual({ version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...FUSE_SETTINGS });
  });

  it.each([
    ['darwin', Arch.arm64, true],
    ['darwin', Arch.universal, true],
    ['mas', Arch.arm64, true],
    ['darwin', Arch.x64, false],
    ['linux', Arch.arm64, false],
    ['win32', Arch.arm64, false],
  ] as const)('re-signs ad hoc on %s for arch %s: %s', (platform, arch, expected) => {
    expect(fuseConfigFor(packed(platform, arch)).resetAdHocDarwinSignature).toBe(expected);
  });
});

describe('afterPack', () => {
  beforeEach(() => {
    flipped.calls.length = 0;
  });

  it.each(['linux', 'darwin', 'win32'])('flips the fuses of the %s binary with the reviewed settings', async (platform) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const context = packed(platform);
    await acceptsBuilderContext(context as unknown as AfterPackContext);
    expect(flipped.calls).toEqual([[electronBinaryPath(context), fuseConfigFor(context)]]);
    log.mockRestore();
  });

  it('fails the build when the fuses cannot be flipped', async () => {
    const flip = vi.fn(async () => {
      throw new Error('Could not find sentinel in the provided Electron binary');
    });
    await expect(afterPack(packed('linux'), flip)).rejects.toThrow(/sentinel/);
  });
});

describe('build/afterPack.cjs (the file electron-builder loads)', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'skillgap-fuses-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('flips a fake Electron 45 fuse wire through tsx and the real @electron/fuses', async () => {
    // Electron's defaults for nine fuses ('1' on, '0' off); the ninth is unknown to fuses 1.8.
    const wire = '101100011';
    const binary = join(folder, 'skillgap');
    await writeFile(binary, Buffer.concat([Buffer.from('ELF'), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from('end')]));
    const context = { appOutDir: folder, electronPlatformName: 'linux', arch: Arch.x64, packager: { executableName: 'skillgap', appInfo: { productFilename: 'Skillgap' } } };
    const script = `require(${JSON.stringify(join(ROOT, 'build', 'afterPack.cjs'))})(${JSON.stringify(context)}).catch((error) => { console.error(error); process.exit(1); });`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const bytes = await readFile(binary, 'latin1');
    const after = bytes.slice(bytes.indexOf(SENTINEL) + SENTINEL.length + 2, bytes.indexOf('end'));
    // RunAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, asar only, V8 snapshot,
    // file:// privileges, and the ninth fuse left as it was.
    expect(after).toBe('010011001');
  });
});
