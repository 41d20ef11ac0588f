/**
 * Text helpers for reading job postings: accent- and case-folding with a map back to the
 * original offsets, a tokenizer that keeps "C++", "C#" and ".NET" whole, and a light plural
 * stemmer for English and French.
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
  /** Folded and plural-stemmed: the form aliases are compared on. */
  key: string;
}

/*
 * A token is a run of letters, digits and combining marks, with "+"/"++"/"#" glued on (C++, C#,
 * 5+), and a leading dot when the dot does not follow a letter (".NET", but "Node.js" is two
 * tokens so it matches the alias "Node.js" written either way).
 */
const TOKEN_PATTERN = /(?<![\p{L}\p{N}\p{M}])\.?[\p{L}\p{N}\p{M}]+(?:\+\+|\+|#)?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const raw = match[0];
    tokens.push({ start, end: start + raw.length, raw, key: stem(fold(raw)) });
  }
  return tokens;
}

/**
 * Reduces English and French plurals (and a final silent "e") to a shared stem, so both the
 * alias and the posting land on the same key: models/modèles/model -> "model",
 * strategies/stratégie -> "strategi", réseaux -> "reseau", neuronaux -> "neuronal",
 * analysis/analyses -> "analys". It only has to be consistent, not linguistically right; words
 * of three letters or fewer and words with digits or symbols are left alone (AWS, GPT4, C++).
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('eaux') || w.endsWith('eux')) w = w.slice(0, -1);
  else if (w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('sis')) w = w.slice(0, -2);
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  // -is stays (tennis, basis), except in four-letter acronyms: APIs, KPIs.
  else if (w.endsWith('s') && !/(?:ss|us)$/.test(w) && !(w.endsWith('is') && w.length > 4)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Separators that may stand between the words of a multi-word name ("retrieval-augmented"). */
export const FLEXIBLE_GAP = /^(?:[\s\-_/]+|\.)$/;
