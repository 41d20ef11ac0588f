import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BenchFigure {
  name: string;
  value: number;
  unit: 'ms' | 'kB';
  budget: number;
}

/**
 * Gzipped size of the JavaScript the first screen loads: the entry script of the built
 * index.html and every chunk it preloads (lazy chunks are not counted, they load later).
 */
export function measureFirstScreenBundle(rendererDir = 'out/renderer'): BenchFigure {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const references = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1].replace(/^\.?\//, ''));
  const bytes = [...new Set(references)].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file)), { level: 9 }).length,
    0,
  );
  return { name: 'renderer JS for the first screen (gzipped)', value: bytes / 1000, unit: 'kB', budget: 350 };
}
