/**
 * electron-builder.yml, read and validated by electron-builder's own loader and schema (the same
 * code `electron-builder --config electron-builder.yml` runs), plus the files it points at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import { DebugLogger } from 'builder-util';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const fromRoot = (path: string) => resolve(ROOT, path);

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, 'electron-builder.yml', null);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be rejected by that validation if it had a misspelt key (the check has teeth)', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration/i);
  });

  it('names the app and its id', () => {
    expect(config.appId).toBe('app.skillgap.desktop');
    expect(config.productName).toBe('Skillgap');
  });

  it('packs only the built bundles and the manifest, into an asar, without source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([{ filter: ['out/**', '!out/**/*.map', 'package.json'] }]);
  });

  it('publishes nothing and associates no file types', () => {
    expect(config.publish).toBeNull();
    expect(config.fileAssociations).toBeUndefined();
    expect(config.protocols).toBeUndefined();
  });

  it('leaves the version to package.json, so the About box and the file names agree', () => {
    expect(config.buildVersion).toBeUndefined();
    expect(config.extraMetadata).toBeUndefined();
  });

  it('builds AppImage and deb for Linux, in the Education category', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Education');
    expect(config.linux?.executableName).toBe('skillgap');
  });

  it('builds a dmg for macOS with the hardened runtime, in the education category', () => {
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.category).toBe('public.app-category.education');
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('builds an assisted, per-user NSIS installer for Windows where the person picks the folder', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
    });
  });

  it('flips the fuses in one place only: the afterPack hook', async () => {
    expect(config.electronFuses).toBeUndefined();
    expect(config.afterPack).toBe('./build/afterPack.cjs');
    expect(existsSync(fromRoot(config.afterPack as string))).toBe(true);
    // electron-builder's own resolver (relative to the working directory, the project root here).
    const hook = await resolveFunction(undefined, config.afterPack as string, 'afterPack', ROOT);
    expect(hook).toBeTypeOf('function');
  });
});

describe('icons', () => {
  it('gives Linux a folder of square PNGs whose names match their sizes', () => {
    const folder = fromRoot(config.linux?.icon as string);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(resolve(folder, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('gives Windows an .ico holding the 16, 32, 48 and 256 px images', () => {
    const bytes = readFileSync(fromRoot(config.win?.icon as string));
    expect(bytes.readUInt16LE(0)).toBe(0);
    expect(bytes.readUInt16LE(2)).toBe(1);
    const count = bytes.readUInt16LE(4);
    // Each 16-byte directory entry starts with its width; 0 stands for 256.
    const widths = Array.from({ length: count }, (_, index) => bytes[6 + 16 * index] || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('gives macOS an .icns whose chunks add up and include the 1024 px image', () => {
    const bytes = readFileSync(fromRoot(config.mac?.icon as string));
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(bytes.readUInt32BE(4)).toBe(bytes.length);
    const types: string[] = [];
    for (let offset = 8; offset < bytes.length; offset += bytes.readUInt32BE(offset + 4)) {
      types.push(bytes.subarray(offset, offset + 4).toString('ascii'));
      expect(bytes.readUInt32BE(offset + 4)).toBeGreaterThan(8);
    }
    expect(types).toContain('ic10');
  });
});
