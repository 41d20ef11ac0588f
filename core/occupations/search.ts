import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { Occupation } from '../model/occupation';
import type { Locale } from '../model/text';

/**
 * Title search over the occupation catalogue (issue #15, docs/occupations.md): every English
 * title (O*NET title and alternate titles) and every French one (ESCO labels and the few
 * Skillgap adds), with MiniSearch. The index is built once by the catalog build
 * (assets/occupation-index.json, MiniSearch's toJSON written compactly) with the same options the app loads it with, so a term is
 * folded the same way when indexed and when typed. Pure: the caller reads the JSON.
 *
 * Not exported from core/index.ts on purpose: it pulls in MiniSearch, which must stay off the
 * first screen. Import `core/occupations` from the lazily loaded screen.
 */

/** Words too common to tell titles apart (after folding): French and English. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur', 'un', 'une',
  'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
]);

/**
 * Feminine French endings read as the masculine, so 'infirmière', 'formatrice', 'technicienne'
 * or 'aide-soignante' find the ESCO 'x/y' titles from either form. Longest ending first; `min`
 * is the shortest word a rule applies to ('price' is not 'peur').
 */
const FEMININE: ReadonlyArray<{ ending: string; masculine: string; min: number }> = [
  { ending: 'ienne', masculine: 'ien', min: 7 },
  { ending: 'euse', masculine: 'eur', min: 6 },
  { ending: 'eure', masculine: 'eur', min: 6 },
  { ending: 'rice', masculine: 'eur', min: 7 },
  { ending: 'elle', masculine: 'el', min: 7 },
  { ending: 'ere', masculine: 'er', min: 6 },
  { ending: 'ante', masculine: 'ant', min: 6 },
  { ending: 'ente', masculine: 'ent', min: 6 },
  { ending: 'inte', masculine: 'int', min: 6 },
  { ending: 'ive', masculine: 'if', min: 6 },
  { ending: 'ale', masculine: 'al', min: 6 },
  { ending: 'ee', masculine: 'e', min: 5 },
];

/**
 * One token as the index keeps it: lower case, accents and apostrophes gone, stop words
 * dropped, plural -s/-x and English -ies removed, feminine French endings read as masculine.
 */
export function foldTerm(term: string): string | null {
  let folded = term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  if (folded.length > 4 && folded.endsWith('ies')) folded = `${folded.slice(0, -3)}y`;
  else if (folded.length > 3 && /[sx]$/.test(folded) && !folded.endsWith('ss')) folded = folded.slice(0, -1);
  for (const rule of FEMININE) {
    if (folded.length >= rule.min && folded.endsWith(rule.ending)) {
      folded = folded.slice(0, -rule.ending.length) + rule.masculine;
      break;
    }
  }
  return folded;
}

/** The word being typed is completed from this many letters on ('tec' finds 'technician'); shorter ones match whole words. */
export const MIN_PREFIX = 3;
/** Fuzzy edits allowed per character of a typed term (0.2: one typo in 5 to 9 letters, two from 10). */
export const FUZZY = 0.2;
/** Relative weight of a main title (O*NET title, ESCO preferred label) over an alternate one. */
export const MAIN_TITLE_BOOST = 2;
/** Relative weight of a title in the interface's language. */
export const LOCALE_BOOST = 1.2;
/** How much the other titles of an occupation that also match add to its best title's score. */
export const MORE_TITLES_WEIGHT = 0.05;
/** A title that reads exactly as the query (once folded) counts this much more. */
export const EXACT_TITLE_BOOST = 3;

/**
 * The one options object of the index build and of the runtime: searchOptions only act at query
 * time, but living here they cannot drift apart. Documents are titles: `id` is the position in
 * `occupationTitles()`, `t` the text.
 */
export const OCCUPATION_INDEX_OPTIONS: Options<{ id: number; t: string }> = {
  fields: ['t'],
  storeFields: [],
  processTerm: foldTerm,
  searchOptions: {
    // The last term is the one being typed: complete it. Earlier ones are whole words.
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= MIN_PREFIX,
    fuzzy: (term) => (term.length >= 4 ? FUZZY : false),
    weights: { fuzzy: 0.45, prefix: 0.6 },
    combineWith: 'OR',
  },
};

export interface OccupationTitle {
  /** Position of the occupation in the catalogue. */
  occupation: number;
  title: string;
  lang: Locale;
  main: boolean;
}

const TOKEN_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** The folded form of a whole title or query: its folded terms joined by spaces. */
export function foldTitle(title: string): string {
  return title
    .split(TOKEN_SEPARATOR)
    .map((word) => (word === '' ? null : foldTerm(word)))
    .filter((word): word is string => word !== null)
    .join(' ');
}

/**
 * Every searchable title, in a fixed order (occupation by occupation: English title, ESCO
 * English titles, alternate titles, French titles). The index's document ids are positions in
 * this list, so the build and the app must call it on the same catalogue. The build already
 * keeps one title per folded form, so nothing is folded here (loading stays fast).
 */
export function occupationTitles(occupations: readonly Occupation[]): OccupationTitle[] {
  const titles: OccupationTitle[] = [];
  occupations.forEach((occupation, index) => {
    titles.push({ occupation: index, title: occupation.title.en, lang: 'en', main: true });
    for (const title of occupation.escoTitlesEn ?? []) titles.push({ occupation: index, title, lang: 'en', main: true });
    for (const title of occupation.alternateTitles) titles.push({ occupation: index, title, lang: 'en', main: false });
    for (const title of occupation.frenchTitles) titles.push({ occupation: index, title, lang: 'fr', main: title === occupation.title.fr });
  });
  return titles;
}

/**
 * The stored index: MiniSearch's toJSON() with its two per-title tables written compactly.
 * Title i is always document i, so `documentIds` ({"0": 0, "1": 1, ...}) is left out, and
 * `fieldLength` ({"0": [3], ...}, the word count of each title) becomes one array of numbers.
 * That takes a quarter off the file and off the time to read it; loadOccupationSearch puts both
 * back before MiniSearch.loadJS.
 */
interface StoredIndex extends Omit<AsPlainObject, 'documentIds' | 'fieldLength'> {
  titleWords: number[];
}

/** Builds the index the app loads (JSON of StoredIndex, deterministic for one catalogue). */
export function buildOccupationIndex(occupations: readonly Occupation[]): string {
  const search = new MiniSearch(OCCUPATION_INDEX_OPTIONS);
  search.addAll(occupationTitles(occupations).map((title, id) => ({ id, t: title.title })));
  const { documentIds, fieldLength, ...rest } = search.toJSON();
  const titleWords = Object.keys(documentIds).map((shortId, position) => {
    if (Number(shortId) !== position || documentIds[shortId] !== position) throw new Error(`title ${position} is not document ${position}`);
    return fieldLength[shortId][0];
  });
  const stored: StoredIndex = { ...rest, titleWords };
  return JSON.stringify(stored);
}

function expand(stored: StoredIndex): AsPlainObject {
  const { titleWords, ...rest } = stored;
  const documentIds: AsPlainObject['documentIds'] = {};
  const fieldLength: AsPlainObject['fieldLength'] = {};
  titleWords.forEach((words, id) => {
    documentIds[id] = id;
    fieldLength[id] = [words];
  });
  return { ...rest, documentIds, fieldLength };
}

export interface OccupationHit {
  code: string;
  /** The occupation's title in the asked locale. */
  title: string;
  /** The title the query matched best (any language). */
  matchedTitle: string;
  score: number;
}

export interface OccupationSearch {
  /** Best first, one hit per occupation; ties by code. An empty query gives nothing. */
  search(query: string, locale: Locale, limit?: number): OccupationHit[];
  /** How many titles are searched. */
  readonly titleCount: number;
}

/** Loads the prebuilt index for the catalogue it was built from. */
export function loadOccupationSearch(indexJson: string, occupations: readonly Occupation[]): OccupationSearch {
  return searchOver(MiniSearch.loadJS(expand(JSON.parse(indexJson) as StoredIndex), OCCUPATION_INDEX_OPTIONS), occupations);
}

/**
 * The same, loading the index in batches with pauses between them (MiniSearch.loadJSAsync), so
 * a screen stays responsive while it loads; a little slower in total.
 */
export async function loadOccupationSearchAsync(indexJson: string, occupations: readonly Occupation[]): Promise<OccupationSearch> {
  return searchOver(await MiniSearch.loadJSAsync(expand(JSON.parse(indexJson) as StoredIndex), OCCUPATION_INDEX_OPTIONS), occupations);
}

function searchOver(index: MiniSearch<{ id: number; t: string }>, occupations: readonly Occupation[]): OccupationSearch {
  const titles = occupationTitles(occupations);
  if (index.documentCount !== titles.length) {
    throw new Error(`the occupation index holds ${index.documentCount} titles, the catalogue ${titles.length}: they were not built together`);
  }
  /** Words of each title that are not stop words, counted the first time it is among the results. */
  const words = new Int16Array(titles.length).fill(-1);
  const wordCount = (id: number): number => {
    if (words[id] < 0) {
      words[id] = titles[id].title.split(TOKEN_SEPARATOR).filter((word) => word !== '' && (word.length > 4 || foldTerm(word) !== null)).length;
    }
    return words[id];
  };
  return {
    titleCount: titles.length,
    search(query, locale, limit = 10) {
      if (query.trim() === '') return [];
      const queryTerms = [...new Set(foldTitle(query).split(' ').filter((term) => term !== ''))];
      const options: SearchOptions = {
        boostDocument: (id: number) => {
          const title = titles[id];
          return (title.main ? MAIN_TITLE_BOOST : 1) * (title.lang === locale ? LOCALE_BOOST : 1);
        },
      };
      /** The title reads as the query: every query term matched as typed and the title has no other word. */
      const exact = (id: number, matched: readonly string[]) =>
        matched.length >= queryTerms.length && queryTerms.every((term) => matched.includes(term)) && wordCount(id) === queryTerms.length;
      const best = new Map<number, { id: number; score: number; others: number }>();
      for (const result of index.search(query, options)) {
        const id = result.id as number;
        const score = result.score * (exact(id, result.terms) ? EXACT_TITLE_BOOST : 1);
        const occupation = titles[id].occupation;
        const known = best.get(occupation);
        if (!known) best.set(occupation, { id, score, others: 0 });
        else if (score > known.score || (score === known.score && id < known.id)) {
          best.set(occupation, { id, score, others: known.others + known.score });
        } else known.others += score;
      }
      return [...best]
        .map(([occupation, hit]) => ({
          code: occupations[occupation].code,
          title: occupations[occupation].title[locale] || occupations[occupation].title.en,
          matchedTitle: titles[hit.id].title,
          score: hit.score + MORE_TITLES_WEIGHT * hit.others,
        }))
        .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
        .slice(0, limit);
    },
  };
}
