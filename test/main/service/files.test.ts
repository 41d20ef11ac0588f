import fs from 'node:fs';
import path from 'node:path';
import { ensureExtension, readImportFile, suggestedFileName, writeFileAtomically } from '../../../main/service/files';
import { listDir, makeTempDir, removeTempDirs } from '../store/support';

afterEach(removeTempDirs);

describe('file helpers', () => {
  it('keeps the kind’s extension whatever the person typed', () => {
    expect(ensureExtension('/home/ines/plan.pdf', 'pdf')).toBe('/home/ines/plan.pdf');
    expect(ensureExtension('/home/ines/plan.PDF', 'pdf')).toBe('/home/ines/plan.PDF');
    expect(ensureExtension('/home/ines/plan', 'pdf')).toBe('/home/ines/plan.pdf');
    expect(ensureExtension('/home/ines/run.sh', 'csv')).toBe('/home/ines/run.sh.csv');
    expect(ensureExtension('/home/ines/evil.desktop', 'ics')).toBe('/home/ines/evil.desktop.ics');
  });

  it('suggests names from plain characters only', () => {
    expect(suggestedFileName(['skillgap-plan', 'Réussir l’IA, 2027 / printemps'], 'pdf')).toBe('skillgap-plan-Reussir-l-IA-2027-printemps.pdf');
    expect(suggestedFileName(['../../..'], 'json')).toBe('skillgap.json');
    expect(suggestedFileName(['x'.repeat(300)], 'csv')).toHaveLength(104);
  });

  it('writes atomically and leaves no partial file, replacing an older file', () => {
    const dir = makeTempDir();
    const target = path.join(dir, 'plan.csv');
    fs.writeFileSync(target, 'old');
    expect(writeFileAtomically(target, new TextEncoder().encode('new'))).toEqual({ ok: true, value: { path: target, sizeBytes: 3 } });
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(listDir(dir)).toEqual(['plan.csv']);
  });

  it('refuses to write over a folder and reports a missing folder as io-failure', () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'plan.csv'));
    expect(writeFileAtomically(path.join(dir, 'plan.csv'), new Uint8Array(1))).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(writeFileAtomically(path.join(dir, 'missing', 'plan.csv'), new Uint8Array(1))).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(listDir(dir)).toEqual(['plan.csv']);
  });

  it('answers disk-full when the disk takes only part of the file, and keeps the older file whole', () => {
    const dir = makeTempDir();
    const target = path.join(dir, 'plan.csv');
    fs.writeFileSync(target, 'old');
    const realWrite = fs.writeSync;
    let calls = 0;
    const write = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number) =>
      (calls += 1) === 1 ? realWrite(fd, buffer, offset, Math.min(length, 4)) : 0) as typeof fs.writeSync);
    const result = writeFileAtomically(target, new TextEncoder().encode('a much longer new file'));
    write.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(listDir(dir)).toEqual(['plan.csv']);
  });

  it('answers permission-denied when the folder refuses the file', () => {
    const dir = makeTempDir();
    const open = vi.spyOn(fs, 'openSync').mockImplementation(() => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    const result = writeFileAtomically(path.join(dir, 'plan.csv'), new Uint8Array(1));
    open.mockRestore();
    const target = path.join(dir, 'plan.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'permission-denied', problem: { key: 'problem.writeFile', values: { path: target, detail: 'EACCES: permission denied' } } },
    });
    expect(listDir(dir)).toEqual([]);
  });

  it('refuses to write over a folder, naming it', () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'plan.csv'));
    expect(writeFileAtomically(path.join(dir, 'plan.csv'), new Uint8Array(1))).toMatchObject({
      ok: false,
      error: { code: 'io-failure', problem: { key: 'problem.isFolder', values: { path: path.join(dir, 'plan.csv') } } },
    });
  });

  it('reads an import file but refuses a folder', async () => {
    const dir = makeTempDir();
    expect(await readImportFile(dir)).toMatchObject({ ok: false, error: { code: 'invalid-file', problem: { key: 'problem.notAFile' } } });
    fs.writeFileSync(path.join(dir, 'a.json'), '\uFEFF{}');
    expect(await readImportFile(path.join(dir, 'a.json'))).toEqual({ ok: true, value: '{}' });
  });

  it('refuses an import file over the limit in whole megabytes, rounded up', async () => {
    const file = path.join(makeTempDir(), 'big.json');
    fs.writeFileSync(file, 'x'.repeat(2 * 1024 * 1024 + 1));
    expect(await readImportFile(file, 2 * 1024 * 1024)).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', problem: { key: 'problem.fileTooLarge', values: { size: 3, max: 2 } } },
    });
  });
});
