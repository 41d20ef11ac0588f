import fs from 'node:fs';
import path from 'node:path';
import { failedWrite, temporaryPathFor, writeFailureCode, writeFileDurably } from '../../../main/store/durable-write';
import { STORE_TEMP_PATTERN } from '../../../main/store/names';
import { listDir, makeTempDir, removeTempDirs } from './support';

afterEach(() => {
  vi.restoreAllMocks();
  removeTempDirs();
});

function folderWithTarget(content = 'old content') {
  const dir = makeTempDir();
  const target = path.join(dir, 'skillgap.json');
  fs.writeFileSync(target, content);
  return { dir, target };
}

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('writeFileDurably', () => {
  it('writes every byte when the system takes them a few at a time', () => {
    const { dir, target } = folderWithTarget();
    const realWrite = fs.writeSync;
    const write = vi
      .spyOn(fs, 'writeSync')
      .mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number) =>
        realWrite(fd, buffer, offset, Math.min(length, 7))) as typeof fs.writeSync);
    const bytes = Buffer.from('x'.repeat(100));
    writeFileDurably(target, bytes);
    expect(fs.readFileSync(target)).toEqual(bytes);
    expect(write).toHaveBeenCalledTimes(15);
    expect(listDir(dir)).toEqual(['skillgap.json']);
  });

  it('writes pieces one after the other, as one file', () => {
    const { target } = folderWithTarget();
    writeFileDurably(target, [Buffer.from('{"a":'), Buffer.alloc(0), Buffer.from('1}'), Buffer.from('\n')]);
    expect(fs.readFileSync(target, 'utf8')).toBe('{"a":1}\n');
  });

  it('treats a write of no byte as a full disk: the target stays, the temporary file goes', () => {
    const { dir, target } = folderWithTarget();
    const realWrite = fs.writeSync;
    let calls = 0;
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Uint8Array, offset: number) =>
      (calls += 1) === 1 ? realWrite(fd, buffer, offset, 10) : 0) as typeof fs.writeSync);
    expect(() => writeFileDurably(target, Buffer.alloc(100, 0x61))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(fs.readFileSync(target, 'utf8')).toBe('old content');
    expect(listDir(dir)).toEqual(['skillgap.json']);
  });

  it('keeps the target when the rename fails, and removes the temporary file', () => {
    const { dir, target } = folderWithTarget();
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw errno('EXDEV');
    });
    expect(() => writeFileDurably(target, Buffer.from('new'))).toThrow('EXDEV');
    expect(fs.readFileSync(target, 'utf8')).toBe('old content');
    expect(listDir(dir)).toEqual(['skillgap.json']);
  });

  it('never opens nor removes a file already at the temporary name', () => {
    const { dir, target } = folderWithTarget();
    const temporary = path.join(dir, 'skillgap.json.tmp-someone');
    fs.writeFileSync(temporary, 'not ours');
    expect(() => writeFileDurably(target, Buffer.from('new'), temporary)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.readFileSync(temporary, 'utf8')).toBe('not ours');
    expect(fs.readFileSync(target, 'utf8')).toBe('old content');
  });

  it('flushes the file and its folder, and carries on where the platform cannot flush a folder', () => {
    const { dir, target } = folderWithTarget();
    const fsync = vi.spyOn(fs, 'fsyncSync');
    writeFileDurably(target, Buffer.from('new'));
    expect(fsync).toHaveBeenCalledTimes(2);

    const realOpen = fs.openSync;
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
      if (String(file) === dir) throw errno('EISDIR');
      return realOpen(file, flags ?? 'r', mode);
    }) as typeof fs.openSync);
    writeFileDurably(target, Buffer.from('newer'));
    expect(fs.readFileSync(target, 'utf8')).toBe('newer');
  });

  it('names its temporary files so that a crash leftover of the store is recognised', () => {
    expect(path.basename(temporaryPathFor('/data/skillgap.json'))).toMatch(STORE_TEMP_PATTERN);
    expect(temporaryPathFor('/data/skillgap.json')).not.toBe(temporaryPathFor('/data/skillgap.json'));
  });
});

describe('writeFailureCode and failedWrite', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'permission-denied'],
    ['EIO', 'io-failure'],
  ])('%s is %s', (code, expected) => {
    expect(writeFailureCode(errno(code))).toBe(expected);
    expect(failedWrite('store', errno(code))).toEqual({
      ok: false,
      error: {
        code: expected,
        message: `could not write the store: ${code}: injected`,
        problem: { key: 'problem.writeStore', values: { detail: `${code}: injected` } },
      },
    });
  });

  it('names a backup, or the file the person chose, in the problem the screen translates', () => {
    const failure = errno('EIO');
    expect(failedWrite('backup', failure).error.problem).toEqual({ key: 'problem.writeBackup', values: { detail: 'EIO: injected' } });
    expect(failedWrite({ file: '/home/ada/plan.pdf' }, failure, 'path').error).toEqual({
      code: 'io-failure',
      message: 'could not write "/home/ada/plan.pdf": EIO: injected',
      path: 'path',
      problem: { key: 'problem.writeFile', values: { path: '/home/ada/plan.pdf', detail: 'EIO: injected' } },
    });
  });

  it('is io-failure for anything that is not a system error', () => {
    expect(writeFailureCode(new Error('odd'))).toBe('io-failure');
    expect(writeFailureCode('odd')).toBe('io-failure');
  });
});
