import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { Occupation } from '../model/occupation';
import type { Locale } from '../model/text';

/**
 * Title search over the occupation catalogue (issue #15, docs/occupations.md): every English
 * title (O*NET title and alternate titles) and every French one (ESCO labels and the few
 * Skillgap adds), with MiniSearch. The index is built once by the catalog build
 * (assets/occupation-index.json, MiniSearch's toJSON written compactly, in two tiers) with the same options the app loads it with, so a term is
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

/**
 * The titles are indexed in two tiers, each its own MiniSearch index and file. 'main': O*NET
 * titles, the English labels of ESCO and every French title (13,400,
 * assets/occupation-index.json); 'alternate': O*NET's 58,700 alternate titles
 * (assets/occupation-index-alternates.json). The main tier loads first (a fifth of the work), so
 * search answers at once; the alternates follow (loadOccupationSearchInStages).
 */
export type TitleTier = 'main' | 'alternate';

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
 * The searchable titles of one tier, in a fixed order (occupation by occupation; main: English
 * title, ESCO English titles, French titles). A tier index's document ids are positions in this
 * list, so the build and the app must call it on the same catalogue. The build already keeps one
 * title per folded form, so nothing is folded here (loading stays fast).
 */
export function occupationTitles(occupations: readonly Occupation[], tier: TitleTier): OccupationTitle[] {
  const titles: OccupationTitle[] = [];
  occupations.forEach((occupation, index) => {
    if (tier === 'alternate') {
      for (const title of occupation.alternateTitles) titles.push({ occupation: index, title, lang: 'en', main: false });
      return;
    }
    titles.push({ occupation: index, title: occupation.title.en, lang: 'en', main: true });
    for (const title of occupation.escoTitlesEn ?? []) titles.push({ occupation: index, title, lang: 'en', main: true });
    for (const title of occupation.frenchTitles) titles.push({ occupation: index, title, lang: 'fr', main: title === occupation.title.fr });
  });
  return titles;
}

/**
 * One stored tier: MiniSearch's toJSON() with its two per-title tables written compactly. Title
 * i is always document i, so `documentIds` ({"0": 0, "1": 1, ...}) is left out, and `fieldLength`
 * ({"0": [3], ...}, the word count of each title) becomes one array of numbers. That takes a
 * quarter off the file and off the time to read it; the loader puts both back before loadJS.
 */
interface StoredTier extends Omit<AsPlainObject, 'documentIds' | 'fieldLength'> {
  titleWords: number[];
}

/** The two index files, as text: assets/occupation-index.json and assets/occupation-index-alternates.json. */
export interface OccupationIndexJson {
  main: string;
  alternate: string;
}

function buildTier(titles: readonly OccupationTitle[]): StoredTier {
  const search = new MiniSearch(OCCUPATION_INDEX_OPTIONS);
  search.addAll(titles.map((title, id) => ({ id, t: title.title })));
  const { documentIds, fieldLength, ...rest } = search.toJSON();
  const titleWords = Object.keys(documentIds).map((shortId, position) => {
    if (Number(shortId) !== position || documentIds[shortId] !== position) throw new Error(`title ${position} is not document ${position}`);
    return fieldLength[shortId][0];
  });
  return { ...rest, titleWords };
}

/** Builds the two index files the app loads (JSON of StoredTier each, deterministic for one catalogue). */
export function buildOccupationIndex(occupations: readonly Occupation[]): OccupationIndexJson {
  return {
    main: JSON.stringify(buildTier(occupationTitles(occupations, 'main'))),
    alternate: JSON.stringify(buildTier(occupationTitles(occupations, 'alternate'))),
  };
}

function expand(stored: StoredTier): AsPlainObject {
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
  /** How many titles are searched now. */
  readonly titleCount: number;
  /** Resolves once every title is searched (at once for loadOccupationSearch); search again then. */
  readonly complete: Promise<void>;
}

type Index = MiniSearch<{ id: number; t: string }>;

interface LoadedTier {
  tier: TitleTier;
  index: Index;
  titles: OccupationTitle[];
  /** Words of each title that are not stop words, counted the first time it is among the results. */
  words: Int16Array;
}

function loadedTier(tier: TitleTier, index: Index, occupations: readonly Occupation[]): LoadedTier {
  const titles = occupationTitles(occupations, tier);
  if (index.documentCount !== titles.length) {
    throw new Error(`the occupation index holds ${index.documentCount} ${tier} titles, the catalogue ${titles.length}: they were not built together`);
  }
  return { tier, index, titles, words: new Int16Array(titles.length).fill(-1) };
}

function loadTier(tier: TitleTier, json: string, occupations: readonly Occupation[]): LoadedTier {
  return loadedTier(tier, MiniSearch.loadJS(expand(JSON.parse(json) as StoredTier), OCCUPATION_INDEX_OPTIONS), occupations);
}

/** Loads both prebuilt index files, for the catalogue they were built from. */
export function loadOccupationSearch(index: OccupationIndexJson, occupations: readonly Occupation[]): OccupationSearch {
  const tiers = [loadTier('main', index.main, occupations), loadTier('alternate', index.alternate, occupations)];
  return searchOver(tiers, occupations, Promise.resolve());
}

/**
 * Loads the main tier now and returns a search over it (titles, ESCO and French titles); the
 * alternate titles join when their file has come (`alternateJson`, which the caller may still be
 * reading), loaded in one go; then `complete` resolves. For the screen that first needs the
 * occupations: it answers the first keystroke without waiting for the 58,700 alternate titles.
 * The caller decides when the alternates' turn comes (useOccupations hands them over once the
 * page is idle after the first answer). MiniSearch's own loadJSAsync pauses on a timer every 1,000 entries,
 * which a browser stretches to 4 ms each after a hundred in a row: 0.8 s more in Chromium for
 * the same work. Without `alternateJson` only the main titles are searched.
 */
export function loadOccupationSearchInStages(
  mainJson: string,
  occupations: readonly Occupation[],
  alternateJson?: string | Promise<string>,
): OccupationSearch {
  const tiers = [loadTier('main', mainJson, occupations)];
  const complete =
    alternateJson === undefined
      ? Promise.resolve()
      : Promise.resolve(alternateJson).then((json) => {
          tiers.push(loadTier('alternate', json, occupations));
        });
  return searchOver(tiers, occupations, complete);
}

function wordCount(tier: LoadedTier, id: number): number {
  if (tier.words[id] < 0) {
    tier.words[id] = tier.titles[id].title.split(TOKEN_SEPARATOR).filter((word) => word !== '' && (word.length > 4 || foldTerm(word) !== null)).length;
  }
  return tier.words[id];
}

function searchOver(tiers: LoadedTier[], occupations: readonly Occupation[], complete: Promise<void>): OccupationSearch {
  return {
    get titleCount() {
      return tiers.reduce((sum, tier) => sum + tier.titles.length, 0);
    },
    complete,
    search(query, locale, limit = 10) {
      if (query.trim() === '') return [];
      const queryTerms = [...new Set(foldTitle(query).split(' ').filter((term) => term !== ''))];
      /** Best title per occupation; `rank` orders equal scores: main tier first, then by position. */
      const best = new Map<number, { title: string; score: number; rank: number; others: number }>();
      for (const [tierIndex, tier] of tiers.entries()) {
        const options: SearchOptions = {
          boostDocument: (id: number) => {
            const title = tier.titles[id];
            return (title.main ? MAIN_TITLE_BOOST : 1) * (title.lang === locale ? LOCALE_BOOST : 1);
          },
        };
        for (const result of tier.index.search(query, options)) {
          const id = result.id as number;
          // The title reads as the query: every query term matched as typed and the title has no other word.
          const exact =
            result.terms.length >= queryTerms.length && queryTerms.every((term) => result.terms.includes(term)) && wordCount(tier, id) === queryTerms.length;
          const score = result.score * (exact ? EXACT_TITLE_BOOST : 1);
          const rank = tierIndex * 1_000_000 + id;
          const occupation = tier.titles[id].occupation;
          const known = best.get(occupation);
          if (!known) best.set(occupation, { title: tier.titles[id].title, score, rank, others: 0 });
          else if (score > known.score || (score === known.score && rank < known.rank)) {
            best.set(occupation, { title: tier.titles[id].title, score, rank, others: known.others + known.score });
          } else known.others += score;
        }
      }
      return [...best]
        .map(([occupation, hit]) => ({
          code: occupations[occupation].code,
          title: occupations[occupation].title[locale] || occupations[occupation].title.en,
          matchedTitle: hit.title,
          score: hit.score + MORE_TITLES_WEIGHT * hit.others,
        }))
        .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
        .slice(0, limit);
    },
  };
}
