/**
 * A small disk the fault-injection tests can fill up and make read-only.
 *
 * As root on Linux (here and in CI) it is a real tmpfs of `sizeBytes`, mounted on a temp folder:
 * the kernel answers a full disk with a short write then ENOSPC, and a read-only remount with
 * EROFS, exactly what a person's disk does. Elsewhere mounting is not allowed, so the same faults
 * are injected at the fs level instead: writes under the folder get a byte budget (a short write,
 * then ENOSPC), and every change under the folder answers EROFS while it is read-only. Setting
 * SKILLGAP_FAULTS=inject forces the injected kind, to check that path as root too.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { makeTempDir } from './support';

export interface SmallDisk {
  readonly kind: 'tmpfs' | 'injected';
  /** The mount point; put the data folder below it. */
  readonly root: string;
  /** Fills the disk so that about `leaveBytes` stay free (a tmpfs counts in 4 KiB pages). */
  fill(leaveBytes: number): void;
  /** Frees what fill() took. */
  free(): void;
  setReadOnly(readOnly: boolean): void;
  /** Unmounts (or removes the injection); call in afterEach / afterAll. */
  close(): void;
}

const PAGE = 4096;

const canMount = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && process.env.SKILLGAP_FAULTS !== 'inject';

function errnoError(code: string, syscall: string, target: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall} '${target}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = target;
  return error;
}

function tmpfsDisk(sizeBytes: number): SmallDisk {
  const root = makeTempDir('skillgap-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0755`, 'tmpfs', root]);
  const filler = path.join(root, '.filler');
  let mounted = true;
  return {
    kind: 'tmpfs',
    root,
    fill(leaveBytes) {
      const chunk = Buffer.alloc(PAGE, 0x2e);
      const fd = fs.openSync(filler, 'a');
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
      const size = fs.statSync(filler).size;
      fs.truncateSync(filler, Math.max(0, size - Math.ceil(leaveBytes / PAGE) * PAGE));
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    setReadOnly(readOnly) {
      execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, root]);
    },
    close() {
      if (!mounted) return;
      mounted = false;
      execFileSync('umount', [root]);
    },
  };
}

function injectedDisk(): SmallDisk {
  const root = makeTempDir('skillgap-disk-');
  const inside = (target: fs.PathLike) => path.resolve(String(target)).startsWith(root + path.sep);
  const ourFds = new Set<number>();
  let budget = Number.POSITIVE_INFINITY;
  let readOnly = false;
  const real = {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    closeSync: fs.closeSync,
  };
  const refuseWhenReadOnly = (syscall: string) => (target: fs.PathLike) => {
    if (readOnly && inside(target)) throw errnoError('EROFS', syscall, String(target));
  };
  const spies = [
    vi.spyOn(fs, 'openSync').mockImplementation(((target: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
      const writing = typeof flags === 'string' ? /[wa+]/.test(flags) : flags !== undefined && flags !== fs.constants.O_RDONLY;
      if (writing) refuseWhenReadOnly('open')(target);
      const fd = real.openSync(target, flags ?? 'r', mode);
      if (inside(target)) ourFds.add(fd);
      return fd;
    }) as typeof fs.openSync),
    vi.spyOn(fs, 'closeSync').mockImplementation((fd: number) => {
      ourFds.delete(fd);
      real.closeSync(fd);
    }),
    vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: NodeJS.ArrayBufferView, offset?: number, length?: number) => {
      if (!ourFds.has(fd) || typeof buffer === 'string') return (real.writeSync as (...args: unknown[]) => number)(fd, buffer, offset, length);
      const wanted = length ?? buffer.byteLength - (offset ?? 0);
      if (budget <= 0 && wanted > 0) throw errnoError('ENOSPC', 'write', `fd ${fd}`);
      const granted = Math.min(wanted, budget);
      budget -= granted;
      return real.writeSync(fd, buffer, offset ?? 0, granted);
    }) as typeof fs.writeSync),
    ...(['mkdirSync', 'renameSync', 'unlinkSync', 'rmSync', 'copyFileSync'] as const).map((name) => {
      const original = fs[name] as (...args: unknown[]) => unknown;
      return vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
        refuseWhenReadOnly(name)(args[name === 'copyFileSync' || name === 'renameSync' ? 1 : 0] as fs.PathLike);
        return original(...args);
      }) as never);
    }),
  ];
  return {
    kind: 'injected',
    root,
    fill(leaveBytes) {
      budget = leaveBytes;
    },
    free() {
      budget = Number.POSITIVE_INFINITY;
    },
    setReadOnly(value) {
      readOnly = value;
    },
    close() {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

export function openSmallDisk(sizeBytes = 256 * 1024): SmallDisk {
  return canMount() ? tmpfsDisk(sizeBytes) : injectedDisk();
}
