import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One rated element of an occupation: O*NET Importance (1-5) and Level (0-7). */
export interface Rating {
  code: string;
  element: string;
  importance: number;
  level: number;
}

export interface Technology {
  code: string;
  example: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OnetTables {
  /** code -> element name -> rating, Skills and Knowledge together. */
  ratings: Map<string, Map<string, Rating>>;
  technologies: Map<string, Technology[]>;
  titles: Map<string, string>;
}

export function readTable(directory: string, file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(join(directory, file), 'utf8').split(/\r?\n/);
  const columns = header.split('\t');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('\t');
      return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    });
}

/**
 * Skills.txt and Knowledge.txt hold two rows per element: IM and LV. Rows flagged
 * "Recommend Suppress" (too few or too spread answers) or "Not Relevant" are dropped, as the
 * release notes advise.
 */
function readRatings(directory: string, file: string, into: Map<string, Map<string, Rating>>): void {
  const partial = new Map<string, { importance?: number; level?: number }>();
  for (const row of readTable(directory, file)) {
    if (row['Recommend Suppress'] === 'Y' || row['Not Relevant'] === 'Y') continue;
    const key = `${row['O*NET-SOC Code']}\t${row['Element Name']}`;
    const entry = partial.get(key) ?? {};
    const value = Number(row['Data Value']);
    if (row['Scale ID'] === 'IM') entry.importance = value;
    if (row['Scale ID'] === 'LV') entry.level = value;
    partial.set(key, entry);
  }
  for (const [key, entry] of partial) {
    if (entry.importance === undefined || entry.level === undefined) continue;
    const [code, element] = key.split('\t');
    if (!into.has(code)) into.set(code, new Map());
    into.get(code)!.set(element, { code, element, importance: entry.importance, level: entry.level });
  }
}

export function readOnet(directory: string): OnetTables {
  const ratings = new Map<string, Map<string, Rating>>();
  readRatings(directory, 'Skills.txt', ratings);
  readRatings(directory, 'Knowledge.txt', ratings);

  const technologies = new Map<string, Technology[]>();
  for (const row of readTable(directory, 'Technology Skills.txt')) {
    const code = row['O*NET-SOC Code'];
    if (!technologies.has(code)) technologies.set(code, []);
    technologies.get(code)!.push({
      code,
      example: row.Example,
      hot: row['Hot Technology'] === 'Y',
      inDemand: row['In Demand'] === 'Y',
    });
  }

  const titles = new Map<string, string>();
  for (const row of readTable(directory, 'Occupation Data.txt')) titles.set(row['O*NET-SOC Code'], row.Title);
  return { ratings, technologies, titles };
}

/** What the occupation catalogue (occupations.ts) reads beyond the ratings: titles, zones, neighbours. */
export interface OnetOccupationTables {
  /** Every O*NET-SOC code of Occupation Data.txt, in file order, with its title. */
  titles: Map<string, string>;
  /** code -> alternate titles and short titles, in file order (not deduplicated). */
  alternateTitles: Map<string, string[]>;
  /** code -> Job Zone 1-5. */
  jobZones: Map<string, number>;
  /** code -> related codes, by O*NET's Index (most related first). */
  related: Map<string, string[]>;
}

/** Occupation Data, Alternate Titles, Job Zones and Related Occupations. */
export function readOnetOccupations(directory: string): OnetOccupationTables {
  const titles = new Map<string, string>();
  for (const row of readTable(directory, 'Occupation Data.txt')) titles.set(row['O*NET-SOC Code'], row.Title);

  const alternateTitles = new Map<string, string[]>();
  for (const row of readTable(directory, 'Alternate Titles.txt')) {
    const code = row['O*NET-SOC Code'];
    const list = alternateTitles.get(code) ?? [];
    for (const title of [row['Alternate Title'], row['Short Title']]) if (title && title.trim() !== '') list.push(title.trim());
    alternateTitles.set(code, list);
  }

  const jobZones = new Map<string, number>();
  for (const row of readTable(directory, 'Job Zones.txt')) jobZones.set(row['O*NET-SOC Code'], Number(row['Job Zone']));

  const ranked = new Map<string, Array<{ code: string; index: number }>>();
  for (const row of readTable(directory, 'Related Occupations.txt')) {
    const code = row['O*NET-SOC Code'];
    ranked.set(code, [...(ranked.get(code) ?? []), { code: row['Related O*NET-SOC Code'], index: Number(row.Index) }]);
  }
  const related = new Map(
    [...ranked].map(([code, list]) => [code, [...list].sort((a, b) => a.index - b.index || a.code.localeCompare(b.code)).map((r) => r.code)]),
  );
  return { titles, alternateTitles, jobZones, related };
}

/** SOURCES.md: LV < 2 -> 1, 2 to 3.5 -> 2, above 3.5 to 5 -> 3, above 5 -> 4. */
export function appLevel(onetLevel: number): 1 | 2 | 3 | 4 {
  if (onetLevel < 2) return 1;
  if (onetLevel <= 3.5) return 2;
  if (onetLevel <= 5) return 3;
  return 4;
}

/** SOURCES.md: importance carries over, rounded; only IM >= 3 is kept, so this gives 3-5. */
export function appImportance(onetImportance: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, Math.max(1, Math.round(onetImportance))) as 1 | 2 | 3 | 4 | 5;
}

export const MIN_IMPORTANCE = 3;
