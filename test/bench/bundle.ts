import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BenchFigure {
  name: string;
  value: number;
  unit: 'ms' | 'kB';
  budget: number;
}

/** docs/design.md "Speed budgets": the JavaScript a first screen waits for, gzipped. */
const FIRST_SCREEN_BUDGET_KB = 250;

const gzippedKb = (rendererDir: string, files: Iterable<string>) =>
  [...new Set(files)].reduce((sum, file) => sum + gzipSync(readFileSync(join(rendererDir, file)), { level: 9 }).length, 0) / 1000;

/** The entry script of the built index.html and every chunk it preloads. */
function shellFiles(rendererDir: string): string[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1].replace(/^\.?\//, ''));
}

/**
 * The chunk of a lazily loaded screen (renderer/src/screens/registry.tsx) and the chunks Vite
 * loads with it, read from the entry's `import("./Screen-<hash>.js"), __vite__mapDeps([...])`.
 */
function screenFiles(rendererDir: string, entry: string, chunkPrefix: string): string[] {
  const code = readFileSync(join(rendererDir, entry), 'utf8');
  const table = /__vite__mapDeps=\([^)]*?m\.f=(\[[^\]]*\])/.exec(code);
  // Rolldown may read a chunk's export through `.then(m => m.x)` when the chunk is shared.
  const call = new RegExp(`import\\(\`\\./(${chunkPrefix}-[\\w-]+\\.js)\`\\)(?:\\.then\\([^)]*\\))?,__vite__mapDeps\\(\\[([\\d,]*)\\]\\)`).exec(code);
  if (!table || !call) throw new Error(`no lazy chunk named ${chunkPrefix} in ${entry}`);
  const deps = (JSON.parse(table[1]) as string[]).map((file) => file.replace(/^\.\//, ''));
  const indexes = call[2].split(',').filter(Boolean).map(Number);
  return [call[1], ...indexes.map((index) => deps[index]).filter((file) => file.endsWith('.js'))].map((file) => join('assets', file));
}

/**
 * The table of each language (renderer/src/i18n loads only the one on screen) with the chunks it
 * imports, read from the `import(`./screens-<hash>.js`)` of the shell chunk that loads it.
 */
function languageFiles(rendererDir: string, shell: readonly string[]): string[][] {
  const languages: string[][] = [];
  for (const file of shell) {
    const code = readFileSync(join(rendererDir, file), 'utf8');
    const table = /__vite__mapDeps=\([^)]*?m\.f=(\[[^\]]*\])/.exec(code);
    const deps = table ? (JSON.parse(table[1]) as string[]).map((dep) => dep.replace(/^\.\//, '')) : [];
    // core/i18n/<language>/screens.ts: the chunk is named after the file.
    for (const call of code.matchAll(/import\(`\.\/(screens-[\w-]+\.js)`\)(?:[^;]*?__vite__mapDeps\(\[([\d,]*)\]\))?/g)) {
      const indexes = (call[2] ?? '').split(',').filter(Boolean).map(Number);
      languages.push([call[1], ...indexes.map((index) => deps[index])].map((name) => join('assets', name)));
    }
  }
  if (languages.length === 0) throw new Error('no language table is loaded by the shell');
  return languages;
}

/**
 * Gzipped JavaScript before a first screen can be used: the shell (entry and preloads), the table
 * of the person's language (the larger one), then the screen it opens on with what that screen
 * imports. Onboarding is the first screen of a new person; a returning one opens on This week
 * once a plan is active, else on the profile. Charts and other screens load later.
 */
export function measureFirstScreenBundle(rendererDir = 'out/renderer'): BenchFigure[] {
  const shell = shellFiles(rendererDir);
  const entry = shell[0];
  // The first screen waits for the table of its language: counted with the larger one.
  const language = languageFiles(rendererDir, shell).reduce((largest, files) =>
    gzippedKb(rendererDir, files) > gzippedKb(rendererDir, largest) ? files : largest,
  );
  return [
    { name: 'renderer JS of the shell, before any screen (gzipped)', value: gzippedKb(rendererDir, shell), unit: 'kB', budget: FIRST_SCREEN_BUDGET_KB },
    ...[
      ['onboarding', 'Onboarding'],
      ['profile (home without a plan)', 'Profile'],
      ['This week (home with a plan)', 'WeekScreen'],
    ].map(([label, prefix]) => ({
      name: `renderer JS for the first screen: ${label} (gzipped)`,
      value: gzippedKb(rendererDir, [...shell, ...language, ...screenFiles(rendererDir, entry, prefix)]),
      unit: 'kB' as const,
      budget: FIRST_SCREEN_BUDGET_KB,
    })),
  ];
}
