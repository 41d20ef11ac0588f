import { fail, ok, type Result } from '../../../core';
import { createWriteQueue, type Timers } from '../../../main/store/write-queue';
import type { Saved } from '../../../preload/channels';

/** Timers the test fires by hand. */
function manualTimers() {
  const scheduled = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      scheduled.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (handle) => {
      scheduled.delete(handle as number);
    },
  };
  return {
    timers,
    count: () => scheduled.size,
    delays: () => [...scheduled.values()].map((timer) => timer.ms),
    fireAll: () => {
      const due = [...scheduled.values()];
      scheduled.clear();
      due.forEach((timer) => timer.callback());
    },
  };
}

describe('createWriteQueue', () => {
  it('merges every change of a burst into one write and settles them all with its result', async () => {
    const manual = manualTimers();
    let writes = 0;
    const queue = createWriteQueue(() => ok({ savedAt: `write-${++writes}` }), 250, manual.timers);
    const settled = Array.from({ length: 50 }, () => queue.schedule());
    expect(manual.delays()).toEqual([250]);
    expect(queue.pending).toBe(true);
    manual.fireAll();
    const results = await Promise.all(settled);
    expect(writes).toBe(1);
    expect(results.every((result) => result.ok && result.value.savedAt === 'write-1')).toBe(true);
    expect(queue.pending).toBe(false);
  });

  it('does not settle a change before its write ran', async () => {
    const manual = manualTimers();
    const queue = createWriteQueue(() => ok({ savedAt: 'now' }), 250, manual.timers);
    let settled = false;
    void queue.schedule().then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    manual.fireAll();
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('starts a new write for changes made after the previous one', async () => {
    const manual = manualTimers();
    let writes = 0;
    const queue = createWriteQueue(() => ok({ savedAt: `write-${++writes}` }), 250, manual.timers);
    const first = queue.schedule();
    manual.fireAll();
    const second = queue.schedule();
    manual.fireAll();
    expect(await first).toEqual(ok({ savedAt: 'write-1' }));
    expect(await second).toEqual(ok({ savedAt: 'write-2' }));
  });

  it('flush writes at once and cancels the timer', async () => {
    const manual = manualTimers();
    let writes = 0;
    const queue = createWriteQueue(() => ok({ savedAt: `write-${++writes}` }), 250, manual.timers);
    const change = queue.schedule();
    queue.flush();
    expect(manual.count()).toBe(0);
    expect(await change).toEqual(ok({ savedAt: 'write-1' }));
    queue.flush();
    expect(writes).toBe(1);
  });

  it('turns a failing or throwing write into a typed failure for every change', async () => {
    const manual = manualTimers();
    const failing = createWriteQueue((): Result<Saved> => fail('io-failure', 'disk full'), 250, manual.timers);
    const throwing = createWriteQueue(
      (): Result<Saved> => {
        throw new Error('EIO');
      },
      250,
      manual.timers,
    );
    const results = [failing.schedule(), failing.schedule(), throwing.schedule()];
    manual.fireAll();
    for (const result of await Promise.all(results)) {
      expect(result).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    }
  });
});
