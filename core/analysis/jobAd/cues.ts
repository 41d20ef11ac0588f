import { fold, foldWithMap, type FoldedText } from './text';

/**
 * Words in a job posting that say how well a skill must be known, or how much it matters.
 * Patterns run on folded text (lowercase, no accents), so "maîtrise" and "MAITRISE" both match.
 */

export type ImportanceSignal = 'required' | 'optional';

export interface Cue {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The cue as written, for the UI to quote. */
  text: string;
}
export interface LevelCue extends Cue {
  level: number;
}
export interface ImportanceCue extends Cue {
  signal: ImportanceSignal;
}

const LEVEL_PATTERNS: Array<[RegExp, number]> = [
  // Expert: 4.
  [/\b(?:expert(?:e|s)?|expertise|mastery|deep (?:expertise|knowledge|understanding)|(?:excellente|parfaite) maitrise)\b/g, 4],
  // Proficient: 3.
  [/\b(?:advanced|strong|solid|proficien(?:t|cy)|extensive|in[- ]depth|hands[- ]on|proven|fluen(?:t|cy)|excellent)\b/g, 3],
  [/\b(?:maitrise[rz]?|maitrisez|experience (?:confirmee|significative|solide)|confirme(?:e|s|es)?|solides?|avance(?:e|s|es)?|bonnes? (?:connaissances?|maitrise)|tres bonne)\b/g, 3],
  // Working: 2.
  [/\b(?:working knowledge|good understanding|understanding of|some experience|nice[- ]to[- ]have|premiere experience|connaissances? (?:de|du|des|en))\b/g, 2],
  // Awareness: 1.
  [/\b(?:familiar(?:ity)?(?: with)?|exposure|awareness|basics?|notions?|sensibilisation|sensibilite|connaissances? de base|bases)\b/g, 1],
];

/**
 * "5+ years", "3-5 years", "au moins 3 ans": the smallest number of years counts. The spaces
 * around "+" are one unambiguous run ("\s*(?:\+\s*)?", not "\s*\+?\s*"): two free runs side by
 * side made a number followed by a long stretch of spaces take quadratic time (issue #12).
 */
const YEARS_PATTERN = /\b(\d{1,2})\s*(?:\+\s*)?(?:(?:-|to|a)\s*\d{1,2}\s*(?:\+\s*)?)?(?:years?|yrs?|ans)\b/g;

function levelForYears(years: number): number {
  if (years >= 5) return 4;
  if (years >= 3) return 3;
  return 2;
}

const REQUIRED_WORDS =
  '(?:required|requirements?|must[- ]haves?|must|mandatory|essential|indispensables?|obligatoires?|exige(?:e|s|es)?|requis(?:e|es)?|imperati(?:f|ve|fs|ves))';
// "a plus" only where it closes a clause, so the French "à plus forte valeur" (folded to
// "a plus") is not read as one.
const OPTIONAL_WORDS =
  "(?:nice[- ]to[- ]haves?|bonus(?:es)?|preferred|preferably|desired|desirable|(?:(?:is|are|would be|est|serait|sont) )?(?:an?|un) plus(?=\\s*(?:[.,;:!)]|$))|pluses|ideally|idealement|optional|optionnel(?:le)?s?|(?:un )?atouts?|souhaite(?:e|s|es)?|souhaitable|apprecie(?:e|s|es)?)";
const REQUIRED_PATTERN = new RegExp(`\\b${REQUIRED_WORDS}\\b`, 'g');
const OPTIONAL_PATTERN = new RegExp(`\\b${OPTIONAL_WORDS}\\b`, 'gm');

/** `foldedText` is foldWithMap(text), for a caller that already has it. */
export function findLevelCues(text: string, foldedText: FoldedText = foldWithMap(text)): LevelCue[] {
  const { folded, origin } = foldedText;
  const found: LevelCue[] = [];
  // Plain objects, no spread: a long paste can hold thousands of cues.
  const add = (index: number, length: number, level: number) => {
    const start = origin[index];
    const end = origin[index + length];
    found.push({ start, end, text: text.slice(start, end), level });
  };
  for (const [pattern, level] of LEVEL_PATTERNS) {
    for (const match of folded.matchAll(pattern)) add(match.index, match[0].length, level);
  }
  for (const match of folded.matchAll(YEARS_PATTERN)) add(match.index, match[0].length, levelForYears(Number(match[1])));
  return dropOverlapped(found);
}

export function findImportanceCues(text: string, foldedText: FoldedText = foldWithMap(text)): ImportanceCue[] {
  const { folded, origin } = foldedText;
  const found: ImportanceCue[] = [];
  const patterns: Array<[RegExp, ImportanceSignal]> = [
    [OPTIONAL_PATTERN, 'optional'],
    [REQUIRED_PATTERN, 'required'],
  ];
  for (const [pattern, signal] of patterns) {
    for (const match of folded.matchAll(pattern)) {
      const start = origin[match.index];
      const end = origin[match.index + match[0].length];
      found.push({ start, end, text: text.slice(start, end), signal });
    }
  }
  return dropOverlapped(found);
}

/**
 * Keeps the longest of overlapping cues ("excellente maîtrise" over "maîtrise"), in text order.
 * Each offset records which kept cue covers it, so a cue is checked against its own characters
 * only, not against every cue kept so far (thousands in a long paste). Each pattern's matches do
 * not overlap, so the characters checked add up to a few times the text's length.
 */
function dropOverlapped<T extends Cue>(cues: T[]): T[] {
  const byLength = [...cues].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const owner = new Int32Array(cues.reduce((length, cue) => Math.max(length, cue.end + 1), 0)).fill(-1);
  const kept: T[] = [];
  for (const cue of byLength) {
    if (overlapsKept(owner, cue)) continue;
    for (let at = cue.start; at < cue.end; at += 1) owner[at] = kept.length;
    kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) shares a character with a kept cue; an empty cue, whether one holds it. */
function overlapsKept(owner: Int32Array, { start, end }: Cue): boolean {
  if (start === end) return start > 0 && owner[start - 1] !== -1 && owner[start - 1] === owner[start];
  for (let at = start; at < end; at += 1) if (owner[at] !== -1) return true;
  return false;
}

/*
 * Section headings. A line is a heading when it is not a list item, has at most eight words, ends
 * with nothing after a colon, and either ends with ":", is marked up (#, **, ALL CAPS) or is one of
 * the usual heading phrases. Its lines then take the heading's signal until the next heading.
 */
const HEADING_PHRASE = new RegExp(
  [
    '^(?:(?:minimum|basic|preferred|required|key|desired|additional|technical|bonus) )?(?:qualifications?|requirements?|skills|experience)',
    "what you(?:'ll| will)? (?:bring|need|have|do)",
    "what we(?:'re| are) looking for",
    'who you are',
    'your profile',
    'nice[- ]to[- ]haves?',
    'must[- ]haves?',
    'bonus(?: points)?',
    'pluses',
    "(?:(?:it'?s|is) )?an? plus",
    '(?:un )?plus',
    'preferred(?: qualifications| skills| experience)?',
    'who we are',
    'about(?: us| the (?:role|team|company|job))?',
    'responsibilities',
    'the role',
    'benefits',
    'perks',
    'what we offer',
    '(?:votre |le )?profil(?: recherche)?',
    'competences(?: requises| souhaitees| attendues| techniques)?',
    'atouts?',
    'prerequis',
    'exigences',
    '(?:vos )?missions?',
    'le poste',
    'avantages',
    '(?:ce que )?nous (?:offrons|proposons)',
    'a propos(?: de nous)?',
    'qui sommes-nous',
    'description(?: du poste)?',
  ].join('$|^') + '$',
);
const OPTIONAL_HEADING = new RegExp(`\\b(?:${OPTIONAL_WORDS}|plus|atouts?|souhaitees?|desired|bonus)\\b`);
const REQUIRED_HEADING = new RegExp(
  `\\b(?:${REQUIRED_WORDS}|qualifications?|what you (?:bring|need|have)|looking for|who you are|your profile|profil|competences|prerequis|exigences|skills|experience)\\b`,
);
const LIST_ITEM = /^(?:[-•·▪◦–]|[*+]\s|\d+[.)]\s)/;
const HEADING_END = /[\s:*=_?]/;

/**
 * `text` without the characters matching `char` at its end. A loop, not .replace(/[…]+$/): the
 * regex retries from every character of a long run inside the line, quadratic on a line such
 * as "a", 50,000 spaces, "b" (issue #12).
 */
function trimEndOf(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

export interface Heading {
  /** What the lines under the heading are: required, optional or neither. */
  signal: ImportanceSignal | 'neutral';
  /**
   * The line is nothing but a usual heading phrase ("Requirements", "Profil recherché"): its
   * words structure the posting and name no skill, even where a skill has them as an alias.
   */
  standard: boolean;
}

export function readHeading(line: string): Heading | null {
  const trimmed = line.trim();
  // A sentence ends with "." or "!"; a heading may be a question ("Qui sommes-nous ?").
  if (!trimmed || LIST_ITEM.test(trimmed) || /:\s*\S/.test(trimmed) || /[.!]$/.test(trimmed)) return null;
  const bare = trimEndOf(fold(trimmed).replace(/^[#*=_>\s]+/, ''), HEADING_END);
  if (!bare || bare.split(/\s+/).length > 8) return null;
  const standard = HEADING_PHRASE.test(bare);
  const markedUp =
    trimmed.endsWith(':') || /^#|^\*\*/.test(trimmed) || (/\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase());
  if (!markedUp && !standard) return null;
  const signal = OPTIONAL_HEADING.test(bare) ? 'optional' : REQUIRED_HEADING.test(bare) ? 'required' : 'neutral';
  return { signal, standard };
}

/** Start and end of the sentence or list line around [start, end): where cues can apply. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !isBoundaryBefore(text, from)) from -= 1;
  let to = end;
  while (to < text.length && !isBoundaryAt(text, to)) to += 1;
  return { start: from, end: to };
}

/** A boundary ends just before offset `at`. */
function isBoundaryBefore(text: string, at: number): boolean {
  const char = text[at - 1];
  if (char === '\n' || char === ';' || char === '•') return true;
  return /[.!?]/.test(char) && /\s/.test(text[at] ?? ' ');
}

export function isBoundaryAt(text: string, at: number): boolean {
  const char = text[at];
  if (char === '\n' || char === ';' || char === '•') return true;
  return /[.!?]/.test(char) && /\s/.test(text[at + 1] ?? ' ');
}

/** Words that can stand between a skill and a cue that follows it ("Docker is a plus"). */
export const FILLER =
  /^(?:and|or|et|ou|is|are|be|would|will|also|as|well|a|an|the|with|in|de|des|du|d|en|est|sont|serait|seraient|un|une|le|la|les|l|skills?|knowledge|experience|level|competences?|connaissances?|niveau)$/;

/**
 * How many words other than skill names and filler separate a skill from a cue after it
 * ("Docker is a plus": 0; "Linux command line basics": 2).
 */
export function wordsBetween(
  text: string,
  from: number,
  to: number,
  otherSpans: ReadonlyArray<{ start: number; end: number }>,
): number {
  let between = '';
  let cursor = from;
  for (const span of otherSpans) {
    if (span.end <= from || span.start >= to) continue;
    between += `${text.slice(cursor, Math.max(cursor, span.start))} `;
    cursor = Math.max(cursor, span.end);
  }
  between += text.slice(cursor, to);
  return fold(between)
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.test(word)).length;
}
