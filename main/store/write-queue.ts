/**
 * Merges the writes of a burst of changes into one. The first change of a burst starts a timer;
 * every change made before it fires joins the same write. Each change's promise settles with the
 * result of the write that included it, so "saved" always means "on disk".
 *
 * The timer is started by the first change rather than restarted by every change, so a person who
 * keeps typing still gets a write every `delayMs` instead of none until they stop.
 */
import type { Result } from '../../core';
import type { Saved } from '../../preload/channels';
import { failedWrite } from './durable-write';

export interface WriteQueue {
  /** Call after changing the in-memory state. */
  schedule(): Promise<Result<Saved>>;
  /** Writes now if a write is waiting. */
  flush(): void;
  /** True while a change waits for its write. */
  readonly pending: boolean;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createWriteQueue(
  commit: () => Result<Saved>,
  delayMs: number,
  timers: Timers = realTimers,
): WriteQueue {
  let waiting: ((result: Result<Saved>) => void)[] = [];
  let timer: unknown = null;

  const run = () => {
    timer = null;
    const settle = waiting;
    waiting = [];
    if (settle.length === 0) return;
    let result: Result<Saved>;
    try {
      result = commit();
    } catch (error) {
      result = failedWrite('store', error);
    }
    for (const resolve of settle) resolve(result);
  };

  return {
    schedule() {
      const settled = new Promise<Result<Saved>>((resolve) => waiting.push(resolve));
      if (timer === null) timer = timers.setTimeout(run, delayMs);
      return settled;
    },
    flush() {
      if (timer !== null) timers.clearTimeout(timer);
      run();
    },
    get pending() {
      return waiting.length > 0;
    },
  };
}
