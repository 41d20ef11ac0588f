/*
 * Figures for the job-ad budget of docs/design.md ("read a pasted job ad of 50 kB, whatever its
 * content: under 50 ms"). Not a vitest test: the bench runner imports benchJobAd() and prints
 * what it returns; `npx tsx test/bench/jobAd.bench.ts` prints it alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MAX_JOB_AD_LENGTH, proposeRoleFromAd } from '../../core/analysis/jobAd/proposeRole';
import type { Catalog } from '../../core/model/catalog';
import { medianTime } from './medianTime';

export interface JobAdFigure {
  name: string;
  ms: number;
  budgetMs: number;
}

const BUDGET_MS = 50;
const OPTIONS = { id: 'pasted-ad', title: 'Pasted ad', today: '2026-11-24' };

/** `unit` repeated to exactly `length` characters. */
function filled(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The pastes that were super-linear before issue #12, plus real postings, each at the cap. */
function pastes(): Array<[string, string]> {
  const directory = new URL('../fixtures/job-ads/', import.meta.url);
  const realAds = readdirSync(directory)
    .sort()
    .map((name) => readFileSync(new URL(name, directory), 'utf8'))
    .join('\n\n');
  const n = MAX_JOB_AD_LENGTH;
  return [
    ['one skill name repeated ("python ")', filled('python ', n)],
    ['whitespace only', filled(' ', n)],
    ['a word, 50,000 spaces, a word', `a${' '.repeat(n - 2)}b`],
    ['a number, then spaces', `5${' '.repeat(n - 1)}`],
    ['one long line without spaces', filled('abcdefghij', n)],
    ['many short lines', filled('Python\n', n)],
    ['a list of skills in one sentence', filled('Python, SQL and Docker, ', n)],
    ['cue words repeated ("expert ")', filled('expert ', n)],
    ['the real postings of test/fixtures repeated', filled(`${realAds}\n\n`, n)],
  ];
}


export async function benchJobAd(): Promise<JobAdFigure[]> {
  const catalog = JSON.parse(readFileSync(new URL('../../assets/catalog.json', import.meta.url), 'utf8')) as Catalog;
  return pastes().map(([name, text]) => ({
    name: `read a 50 kB job ad: ${name}`,
    ms: medianTime(() => proposeRoleFromAd(text, catalog, OPTIONS), 11),
    budgetMs: BUDGET_MS,
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchJobAd()
    .then((figures) => {
      for (const figure of figures) console.log(`${figure.name}: ${figure.ms.toFixed(3)} ms (budget ${figure.budgetMs} ms)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
