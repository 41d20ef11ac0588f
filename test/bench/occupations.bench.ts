/*
 * Figures for the occupation budgets of docs/design.md (issue #15): the occupation data loads in
 * under 300 ms when first needed, a title search keystroke over every English and French title
 * takes under 10 ms, and the two files stay under 2 MB gzipped. Not a vitest test: the bench
 * runner imports benchOccupations() and prints what it returns; `npx tsx
 * test/bench/occupations.bench.ts` prints it alone.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Catalog } from '../../core/model/catalog';
import type { OccupationCatalog } from '../../core/model/occupation';
import { closestDestinations } from '../../core/occupations/closest';
import { loadOccupationSearch, loadOccupationSearchInStages, type OccupationSearch } from '../../core/occupations/search';
import type { BenchFigure } from './bundle';

const LOAD_BUDGET_MS = 300;
const KEYSTROKE_BUDGET_MS = 10;
const SIZE_BUDGET_KB = 2000;
const WARM_LOADS = 5;
const RANK_BUDGET_MS = 5;
const RANK_ROUNDS = 20;
/** People starting from these jobs (their suggested levels), as Explore ranks for them. */
const STARTING_JOBS = ['43-6013.00', '43-4051.00', '41-2031.00', '15-1232.00', '27-3043.00', '25-2021.00'];

const asset = (name: string) => fileURLToPath(new URL(`../../assets/${name}`, import.meta.url));

/** What a person types, one keystroke at a time, in both languages (misspellings included). */
const TYPED = [
  ['paralegal', 'en'],
  ['software developper', 'en'],
  ['registered nurse', 'en'],
  ['data analist', 'en'],
  ['project manager', 'en'],
  ['truck driver', 'en'],
  ['customer service representative', 'en'],
  ['aide-soignante', 'fr'],
  ['chef de rayon', 'fr'],
  ['infirmière', 'fr'],
  ['développeur web', 'fr'],
  ['comptible', 'fr'],
  ['technicienne de maintenance', 'fr'],
  ['chargée de recrutement', 'fr'],
] as const;

/** Reads both files and loads the search, every title at once. */
function load(): { catalog: OccupationCatalog; search: OccupationSearch } {
  const catalog = JSON.parse(readFileSync(asset('occupations.json'), 'utf8')) as OccupationCatalog;
  const index = { main: readFileSync(asset('occupation-index.json'), 'utf8'), alternate: readFileSync(asset('occupation-index-alternates.json'), 'utf8') };
  return { catalog, search: loadOccupationSearch(index, catalog.occupations) };
}

/**
 * As the screen that first needs them does: the catalogue and the main titles' index now, the
 * alternate titles' file read meanwhile; the search answers once the main titles are in.
 */
function loadInStages(): OccupationSearch {
  const catalog = JSON.parse(readFileSync(asset('occupations.json'), 'utf8')) as OccupationCatalog;
  const alternate = readFile(asset('occupation-index-alternates.json'), 'utf8');
  return loadOccupationSearchInStages(readFileSync(asset('occupation-index.json'), 'utf8'), catalog.occupations, alternate);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchOccupations(): Promise<BenchFigure[]> {
  // The first load in this process: nothing compiled or cached yet, as when the screen first opens.
  const started = performance.now();
  const staged = loadInStages();
  const searchable = performance.now() - started;
  const mainTitles = staged.titleCount;
  await staged.complete;
  const complete = performance.now() - started;
  const warm: number[] = [];
  for (let run = 0; run < WARM_LOADS; run += 1) {
    const start = performance.now();
    load();
    warm.push(performance.now() - start);
  }
  const { search } = load();

  const strokes = TYPED.flatMap(([text, locale]) => Array.from({ length: text.length }, (_, i) => [text.slice(0, i + 1), locale] as const));
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const [typed, locale] of strokes) {
      const start = performance.now();
      search.search(typed, locale, 10);
      if (round > 0) times.push(performance.now() - start);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);

  // Explore: every occupation and built-in role ranked for one person (core/occupations/closest.ts).
  const builtin = JSON.parse(readFileSync(asset('catalog.json'), 'utf8')) as Catalog;
  const { catalog: occupationCatalog } = load();
  const rankTimes: number[] = [];
  for (let round = 0; round < RANK_ROUNDS; round += 1) {
    for (const code of STARTING_JOBS) {
      const job = occupationCatalog.occupations.find((occupation) => occupation.code === code)!;
      const levels = new Map(job.suggested.map((level) => [level.skillId, level.level]));
      const start = performance.now();
      closestDestinations(levels, builtin, occupationCatalog.occupations, { ownCodes: [code] });
      if (round > 0) rankTimes.push(performance.now() - start);
    }
  }

  const gzippedKb = ['occupations.json', 'occupation-index.json', 'occupation-index-alternates.json'].reduce(
    (sum, name) => sum + gzipSync(readFileSync(asset(name)), { level: 9 }).length / 1000,
    0,
  );
  return [
    {
      name: `occupations: first load until the search answers (read, parse, ${mainTitles} main titles)`,
      value: searchable,
      unit: 'ms',
      budget: LOAD_BUDGET_MS,
    },
    { name: 'occupations: first load until every title is searched (alternates in one go after the first answer)', value: complete, unit: 'ms', budget: LOAD_BUDGET_MS },
    { name: `occupations: every title at once, loaded again (median of ${WARM_LOADS})`, value: median(warm), unit: 'ms', budget: LOAD_BUDGET_MS },
    {
      name: `occupation search: one keystroke over ${search.titleCount} titles (median of ${times.length})`,
      value: median(times),
      unit: 'ms',
      budget: KEYSTROKE_BUDGET_MS,
    },
    {
      name: 'occupation search: one keystroke, 90th percentile',
      value: sorted[Math.floor(sorted.length * 0.9)],
      unit: 'ms',
      budget: KEYSTROKE_BUDGET_MS,
    },
    {
      name: `explore: rank ${occupationCatalog.occupations.length} occupations and ${builtin.roles.length} roles for one person (median of ${rankTimes.length})`,
      value: median(rankTimes),
      unit: 'ms',
      budget: RANK_BUDGET_MS,
    },
    { name: 'occupations.json + both index files (gzipped)', value: gzippedKb, unit: 'kB', budget: SIZE_BUDGET_KB },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchOccupations()
    .then((figures) => {
      for (const figure of figures) console.log(`${figure.name}: ${figure.value.toFixed(3)} ${figure.unit} (budget ${figure.budget} ${figure.unit})`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
