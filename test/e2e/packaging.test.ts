/**
 * A real electron-builder run, offline. electron-builder cannot download Electron here, so it is
 * given a stand-in Electron folder (electronDist) whose "binary" holds a fuse wire with Electron
 * 45's defaults. Everything else is the real thing: electron-builder.yml, the file filters, the
 * ASAR, the locale pruning and the afterPack hook that flips the fuses. The packed main process is
 * then started in Node from the extracted ASAR, with only the node_modules that were packed and a
 * stand-in for the `electron` module, to prove that nothing it imports was left out.
 *
 * Needs the built app in out/ (npm run test:e2e builds it first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';

const ROOT = resolve(import.meta.dirname, '..', '..');
// @electron/fuses looks for this marker; the two bytes after it are the wire version and length.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_45_DEFAULT_WIRE = '101100011';

let workspace: string;
let unpacked: string;
let build: ReturnType<typeof spawnSync>;

async function makeStandInElectron(folder: string): Promise<void> {
  await mkdir(join(folder, 'locales'), { recursive: true });
  await mkdir(join(folder, 'resources'), { recursive: true });
  const wire = Buffer.from(ELECTRON_45_DEFAULT_WIRE);
  await writeFile(join(folder, 'electron'), Buffer.concat([Buffer.from('ELF'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), wire, Buffer.from('end')]));
  await chmod(join(folder, 'electron'), 0o755);
  for (const locale of ['de', 'en-US', 'fr', 'ja']) await writeFile(join(folder, 'locales', `${locale}.pak`), locale);
  await writeFile(join(folder, 'LICENSE'), 'stand-in');
  await writeFile(join(folder, 'version'), '45.4.1');
}

beforeAll(async () => {
  expect(existsSync(join(ROOT, 'out', 'main', 'index.js'))).toBe(true);
  workspace = await mkdtemp(join(tmpdir(), 'skillgap-pack-'));
  const electronDist = join(workspace, 'electron');
  await makeStandInElectron(electronDist);
  const cli = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  build = spawnSync(
    process.execPath,
    [cli, '--config', 'electron-builder.yml', '--linux', 'dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(workspace, 'release')}`],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } },
  );
  unpacked = join(workspace, 'release', 'linux-unpacked');
}, 150_000);

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('electron-builder with electron-builder.yml', () => {
  it('packs the app and runs the afterPack hook', () => {
    expect(build.error).toBeUndefined();
    expect(build.status, String(build.stderr)).toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain('fuses flipped');
  });

  it('flips the fuses of the packed binary', async () => {
    const bytes = await readFile(join(unpacked, 'skillgap'), 'latin1');
    const start = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, inspect off, ASAR integrity on,
    // ASAR only on, V8 snapshot off, file:// privileges off, the ninth fuse untouched.
    expect(bytes.slice(start, start + ELECTRON_45_DEFAULT_WIRE.length)).toBe('010011001');
  });

  it('keeps only the English and French Chromium locales', async () => {
    expect((await readdir(join(unpacked, 'locales'))).sort()).toEqual(['en-US.pak', 'fr.pak']);
  });

  it('puts the built bundles in the ASAR and no sources, tests, source maps or build-only packages', async () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    for (const needed of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/preload/print.cjs', '/out/renderer/index.html']) {
      expect(files).toContain(needed);
    }
    const topLevel = new Set(files.map((file) => file.split('/')[1]));
    // The main process bundles all it uses, so node_modules may be missing or empty.
    expect([...topLevel].filter((name) => name !== 'node_modules').sort()).toEqual(['out', 'package.json']);
    expect(files.filter((file) => file.startsWith('/out/') && file.endsWith('.map'))).toEqual([]);

    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const packedPackages = new Set(files.filter((file) => file.startsWith('/node_modules/')).map((file) => file.split('/').slice(2, file.split('/')[2].startsWith('@') ? 4 : 3).join('/')));
    const buildOnly = Object.keys(manifest.devDependencies).filter((name) => packedPackages.has(name));
    expect(buildOnly).toEqual([]);
    // No runtime package at all: the store is written by main/store/durable-write.ts, not electron-store.
    expect([...packedPackages]).toEqual([]);
  });

  it('starts the packed main process with only the packed node_modules', async () => {
    const extracted = join(workspace, 'extracted');
    extractAll(join(unpacked, 'resources', 'app.asar'), extracted);
    // A stand-in `electron`: the second instance path (no lock), so the process quits at once
    // after evaluating every module the main bundle imports.
    const stub = [
      'const calls = [];',
      'const note = (name) => () => { calls.push(name); };',
      "export const app = { isPackaged: true, requestSingleInstanceLock: () => { calls.push('lock'); return false; }, quit: () => { calls.push('quit'); console.log(JSON.stringify(calls)); }, on: note('on') };",
      'export const BrowserWindow = class {}; export const Menu = {}; export const dialog = {}; export const ipcMain = {};',
      'export const nativeTheme = {}; export const protocol = {}; export const session = {}; export const shell = {};',
      'export const Notification = class {}; export const powerMonitor = {};',
      'export default { app, BrowserWindow, Menu, Notification, dialog, ipcMain, nativeTheme, powerMonitor, protocol, session, shell };',
    ].join('\n');
    const hooks = join(workspace, 'electron-stand-in.mjs');
    await writeFile(
      hooks,
      `const STUB = ${JSON.stringify(stub)};\nexport async function resolve(specifier, context, next) {\n  if (specifier === 'electron') return { url: 'data:text/javascript,' + encodeURIComponent(STUB), shortCircuit: true };\n  return next(specifier, context);\n}\n`,
    );
    const register = join(workspace, 'register.mjs');
    await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    const run = spawnSync(process.execPath, ['--import', `file://${register}`, join('out', 'main', 'index.js')], { cwd: extracted, encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual(['lock', 'quit']);
  });
});
