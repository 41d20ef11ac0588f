import { newStemmer } from 'snowball-stemmers';

/**
 * Text helpers for reading job postings: accent- and case-folding with a map back to the
 * original offsets, a tokenizer that keeps "C++", "C#" and ".NET" whole, Snowball stemming
 * for English and French, and masking of links, e-mail addresses and money.
 */

/** Lowercase without accents; a few ligatures spelled out ("œ" -> "oe"). */
export function fold(text: string): string {
  return PLAIN_ASCII.test(text) ? text.toLowerCase() : foldWithMap(text).folded;
}

export interface FoldedText {
  folded: string;
  /** origin[i] = offset in the original text of folded[i]; origin[folded.length] = text.length. */
  origin: number[];
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ĳ: 'ij', ﬁ: 'fi', ﬂ: 'fl' };
const APOSTROPHES = /[’‘`´ʼ]/;
const DASHES = /[‐‑‒–—―−]/;
// ASCII but the backtick (an apostrophe here): folding it is lowercasing it. Most of a posting is
// such text, and skipping the Unicode work for it keeps a 50,000-character paste fast.
const PLAIN_ASCII = /^[^`\u0080-\uffff]*$/;
const PLAIN_RUN = /[^`\u0080-\uffff]+/y;

export function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  while (offset < text.length) {
    PLAIN_RUN.lastIndex = offset;
    if (PLAIN_RUN.test(text)) {
      const end = PLAIN_RUN.lastIndex;
      parts.push(text.slice(offset, end).toLowerCase());
      for (let at = offset; at < end; at += 1) origin.push(at);
      offset = end;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
    let out: string;
    if (APOSTROPHES.test(char)) out = "'";
    else if (DASHES.test(char)) out = '-';
    else {
      const lower = char.toLowerCase();
      out = LIGATURES[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    }
    for (let i = 0; i < out.length; i += 1) origin.push(offset);
    parts.push(out);
    offset += char.length;
  }
  origin.push(text.length);
  return { folded: parts.join(''), origin };
}

export interface Token {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The token as written (used for short, case-sensitive aliases like "R"). */
  raw: string;
  /** Folded and stemmed: the form aliases are compared on. */
  key: string;
}

/** The language a posting is stemmed in; aliases are stemmed in the same one, so both meet. */
export type Language = 'en' | 'fr';

/*
 * A token is a run of letters, digits and combining marks, with "+"/"++"/"#" glued on (C++, C#,
 * 5+), and a leading dot when the dot does not follow a letter (".NET", but "Node.js" is two
 * tokens so it matches the alias "Node.js" written either way).
 */
const TOKEN_PATTERN = /(?<![\p{L}\p{N}\p{M}])\.?[\p{L}\p{N}\p{M}]+(?:\+\+|\+|#)?/gu;

export function tokenize(text: string, language: Language = 'en'): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const raw = match[0];
    tokens.push({ start, end: start + raw.length, raw, key: stem(fold(raw), language) });
  }
  return tokens;
}

/*
 * Snowball stemmers (the snowball-stemmers port, ISC), not hand-made suffix rules: those made
 * "Canva" a plural of "Canvas" and French "Taux" a form of "TAL". Stems only have to be the same
 * for a word in an alias and in the posting, since both go through the same stemmer; words of
 * three letters or fewer and words with digits or symbols are left alone (AWS, GPT4, C++).
 *
 * Snowball also strips derivational suffixes, which joins words a recruiter keeps apart:
 * manage/management, product/productivity, Excel/excellent, fair/fairness, document/
 * documentation. So the key keeps the derivational ending as a tag ("manag~ment"), and only
 * inflection (plural, -ing, -ed, -er) is conflated: train/training, design/designing.
 *
 * Stemming a word costs microseconds, and a posting repeats its words, so each language keeps
 * the keys it has made (bounded, so a paste of random words cannot grow it without end).
 */
const stemmers = { en: newStemmer('english'), fr: newStemmer('french') };
const stemCache = { en: new Map<string, string>(), fr: new Map<string, string>() };
const STEM_CACHE_LIMIT = 50_000;
// English and French (folded) derivational endings, an optional plural after them.
const DERIVATIONAL =
  /(?:(ment|ation|ition|tion|sion|ness|ive|able|ible|ism|ist|ance|ence|ant|ent|ful|ous|ly|ique|eur|euse|if)s?|(it)(?:y|ies|es?))$/;

/** `word` folded (lowercase, no accents). */
export function stem(word: string, language: Language = 'en'): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  const cache = stemCache[language];
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    const ending = DERIVATIONAL.exec(word);
    key = stemmers[language].stem(word) + (ending ? `~${ending[1] ?? ending[2]}` : '');
    cache.set(word, key);
  }
  return key;
}

// Short words that only one of the two languages uses often; the first 3,000 characters decide.
const FRENCH_WORDS = /\b(?:le|la|les|des|du|et|vous|nous|une|pour|dans|avec|sur|est|votre|vos|nos|aux)\b/g;
const ENGLISH_WORDS = /\b(?:the|and|you|we|with|for|our|your|to|of|is|are|will|in|on)\b/g;

/** French when French function words outnumber English ones, else English. */
export function detectLanguage(text: string): Language {
  const sample = fold(text.slice(0, 3000));
  const french = sample.match(FRENCH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}

/*
 * Text that is no word of the posting: links ("https" matched HTTP), e-mail addresses and sums
 * of money ("R$100" matched the language R). Blanked with spaces of the same length, so offsets
 * into the masked text are offsets into the posting. Each pattern starts with something literal
 * ("http", "www.", a currency sign, a digit before one): a pattern that could start anywhere in a
 * long run of word characters would be quadratic on a 50,000-character word (issue #12).
 * E-mail addresses and bare domains with a path are found from their "@" or "/" instead.
 */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
// Money: "R$100", "US$40–60", "$75k", "£55k–£70k", "€75,000", "32 à 38 k€", "25 €".
const MONEY = /(?:\b[A-Z]{1,3})?[$€£]\s?\d[\d.,]*[kK]?|\b\d{1,3}(?:[.,\s]?\d{3})*\s?[kK]?\s?[$€£]/g;
const ADDRESS_CHAR = /[\w.+-]/;
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

export function maskNoise(text: string): string {
  const blank = (found: string) => ' '.repeat(found.length);
  const masked = text.replace(LINK, blank).replace(MONEY, blank);
  // "name@domain.tld" and "domain.tld/path": from each "@" or "/", the word characters either side.
  const parts: string[] = [];
  let kept = 0;
  const marks = /[@/]/g;
  for (let match = marks.exec(masked); match; match = marks.exec(masked)) {
    const at = match.index;
    let from = at;
    while (from > kept && ADDRESS_CHAR.test(masked[from - 1])) from -= 1;
    let to = at + 1;
    if (masked[at] === '@') {
      while (to < masked.length && /[\w.-]/.test(masked[to])) to += 1;
      if (from === at || !/\.[a-z]{2,}/i.test(masked.slice(at, to))) continue;
    } else {
      if (from === at || !DOMAIN.test(masked.slice(from, at))) continue;
      while (to < masked.length && /\S/.test(masked[to])) to += 1;
    }
    parts.push(masked.slice(kept, from), ' '.repeat(to - from));
    kept = to;
    marks.lastIndex = to;
  }
  parts.push(masked.slice(kept));
  return parts.join('');
}

/** Separators that may stand between the words of a multi-word name ("retrieval-augmented"). */
export const FLEXIBLE_GAP = /^(?:[\s\-_/]+|\.)$/;
