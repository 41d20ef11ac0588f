import { performance } from 'node:perf_hooks';

/** Median wall time of `runs` calls, after warm-up calls so the JIT has compiled the code. */
export function medianTime(fn: () => unknown, runs: number, warmups = 3): number {
  for (let i = 0; i < warmups; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
