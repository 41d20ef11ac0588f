import type { Skill } from '../../model/catalog';
import { compareIds } from '../../planning/courseFacts';
import { CAPITALIZED_NAMES, hasContext, isStrictName, matchesStrict } from './shortNames';
import { FLEXIBLE_GAP, detectLanguage, fold, maskNoise, stem, tokenize, type Language, type Token } from './text';

/** A matrix skill named in a pasted text. Offsets are UTF-16 indexes into that text. */
export interface SkillMention {
  skillId: string;
  /** How many separate places name the skill. */
  count: number;
  /** Start of the first mention. */
  firstIndex: number;
  /** The first mention as written ("Retrieval-Augmented Generation"). */
  matchedText: string;
  /** The first mention with some words around it, whitespace collapsed, for the UI to show. */
  snippet: string;
  /** Every mention, in text order. */
  occurrences: Array<{ start: number; end: number }>;
}

/** One way of naming a skill: a name or an alias, cut into token keys. */
interface Phrase {
  skillId: string;
  keys: string[];
  /** Folded separators between the phrase's words; "" marks a flexible one (space, hyphen…). */
  gaps: string[];
  /** Short names and acronyms ("R", "Go", "UPS") match whole words, case included (shortNames.ts). */
  strictRaw?: string;
  /** Product names that are common words ("Canvas") match capitalized and unstemmed: the folded name. */
  capitalized?: string;
}

interface Matcher {
  /** First token key -> phrases starting with it. */
  byFirstKey: Map<string, Phrase[]>;
}

const matchers = new WeakMap<readonly Skill[], Partial<Record<Language, Matcher>>>();

/** Aliases are stemmed in the posting's language, so each language has its own matcher. */
function matcherFor(skills: readonly Skill[], language: Language): Matcher {
  let byLanguage = matchers.get(skills);
  if (!byLanguage) {
    byLanguage = {};
    matchers.set(skills, byLanguage);
  }
  return (byLanguage[language] ??= buildMatcher(skills, language));
}

function buildMatcher(skills: readonly Skill[], language: Language): Matcher {
  const byFirstKey = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  const add = (phrase: Phrase) => {
    const signature = `${phrase.skillId}\u0000${phrase.strictRaw ?? ''}\u0000${phrase.capitalized ?? ''}\u0000${phrase.keys.join(' ')}\u0000${phrase.gaps.join('|')}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    const list = byFirstKey.get(phrase.keys[0]) ?? [];
    list.push(phrase);
    byFirstKey.set(phrase.keys[0], list);
  };
  for (const skill of skills) {
    for (const name of [skill.name.en, skill.name.fr, ...skill.aliases]) {
      // "Large language models (LLMs)" names the skill two ways.
      for (const part of name.split(/[()[\]{};,]/)) {
        const text = part.trim();
        const tokens = tokenize(text, language);
        if (tokens.length === 0) continue;
        if (tokens.length === 1 && isStrictName(text)) {
          add({ skillId: skill.id, keys: [stem(fold(tokens[0].raw), language)], gaps: [], strictRaw: tokens[0].raw });
          continue;
        }
        const folded = fold(text);
        if (tokens.length === 1 && /^\p{Lu}/u.test(text) && CAPITALIZED_NAMES.has(folded)) {
          add({ skillId: skill.id, keys: [tokens[0].key], gaps: [], capitalized: folded });
          continue;
        }
        const gaps = tokens.slice(1).map((token, i) => gapKind(text.slice(tokens[i].end, token.start)));
        add({ skillId: skill.id, keys: tokens.map((token) => token.key), gaps });
        // "fine-tuning" also matches "finetuning", "data set" matches "dataset".
        if (tokens.length > 1 && gaps.every((gap) => gap === '')) {
          add({ skillId: skill.id, keys: [stem(tokens.map((token) => fold(token.raw)).join(''), language)], gaps: [] });
        }
      }
    }
  }
  return { byFirstKey };
}

/** "" for a flexible separator, else the separator folded (so ’ and ' compare equal). */
function gapKind(gap: string): string {
  const folded = fold(gap);
  return FLEXIBLE_GAP.test(folded) ? '' : folded;
}

/** Characters next to a short name that mean it is part of something else ("R&D", "C-suite", "C.V."). */
function isStrictBoundaryOk(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/[-‐‑–&]/.test(before) || /[-‐‑–&]/.test(after)) return false;
  if (before === '.' && /\p{L}/u.test(text[start - 2] ?? '')) return false;
  if (after === '.' && /\p{L}/u.test(text[end + 1] ?? '')) return false;
  return true;
}

interface Candidate {
  skillId: string;
  first: number;
  last: number;
}

/**
 * Finds the skills a pasted text names, by English and French name and by alias:
 * case- and accent-insensitive, stemmed in the posting's language (Snowball, so "designing
 * experiments" names "design experiments"), whole words only, with spaces, hyphens and
 * underscores interchangeable inside a name. Links, e-mail addresses and money are no words.
 * Short names and acronyms ("R", "UPS", "REST") match whole words exactly, case included, and the
 * ambiguous ones only near words of their field; product names that are common words ("Canvas")
 * only capitalized (shortNames.ts). Where names overlap, the longest wins ("large language
 * model" over "language model"). Sorted by first mention, then skill id.
 */
export function findSkillsInText(
  text: string,
  skills: readonly Skill[],
  language: Language = detectLanguage(text),
): SkillMention[] {
  const { byFirstKey } = matcherFor(skills, language);
  // Links, e-mail addresses and money are blanked, not cut, so offsets stay those of `text`.
  const masked = maskNoise(text);
  const tokens = tokenize(masked, language);
  const gaps = gapKinds(masked, tokens);
  let folded: string | undefined;
  const candidates: Candidate[] = [];
  tokens.forEach((token, first) => {
    for (const phrase of byFirstKey.get(token.key) ?? []) {
      const last = matchPhrase(masked, tokens, gaps, first, phrase);
      if (last < 0) continue;
      // Plain lowercase keeps offsets: only the few ambiguous acronyms found need it.
      if (phrase.strictRaw !== undefined && !hasContext(phrase.strictRaw, (folded ??= masked.toLowerCase()), token.start, token.end)) continue;
      candidates.push({ skillId: phrase.skillId, first, last });
    }
  });
  return toMentions(text, tokens, keepLongest(candidates));
}

/**
 * gapKind of the text before each token, worked out once when first asked: several names can
 * start at one token, and a long gap (thousands of spaces) must not be folded again for each.
 */
function gapKinds(text: string, tokens: readonly Token[]): (index: number) => string {
  const known: Array<string | undefined> = [];
  return (index) => (known[index] ??= gapKind(text.slice(tokens[index - 1].end, tokens[index].start)));
}

/** Index of the last token matched, or -1. */
function matchPhrase(
  text: string,
  tokens: readonly Token[],
  gapBefore: (index: number) => string,
  first: number,
  phrase: Phrase,
): number {
  if (phrase.strictRaw !== undefined) {
    const token = tokens[first];
    return matchesStrict(token.raw, phrase.strictRaw) && isStrictBoundaryOk(text, token.start, token.end) ? first : -1;
  }
  if (phrase.capitalized !== undefined) {
    const token = tokens[first];
    return /^\p{Lu}/u.test(token.raw) && fold(token.raw) === phrase.capitalized ? first : -1;
  }
  const last = first + phrase.keys.length - 1;
  if (last >= tokens.length) return -1;
  for (let i = 1; i < phrase.keys.length; i += 1) {
    const token = tokens[first + i];
    if (token.key !== phrase.keys[i]) return -1;
    if (gapBefore(first + i) !== phrase.gaps[i - 1]) return -1;
  }
  return last;
}

/**
 * Longest spans first; a span is kept unless one of its tokens already belongs to a different
 * span. Two skills named by exactly the same words are both kept: the catalog is ambiguous there
 * and the person should see both.
 */
function keepLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || compareIds(a.skillId, b.skillId),
  );
  const owner = new Map<number, string>();
  const kept: Candidate[] = [];
  const keptKeys = new Set<string>();
  for (const candidate of sorted) {
    const span = `${candidate.first}:${candidate.last}`;
    let free = true;
    for (let i = candidate.first; i <= candidate.last && free; i += 1) {
      const current = owner.get(i);
      if (current !== undefined && current !== span) free = false;
    }
    const key = `${span}:${candidate.skillId}`;
    if (!free || keptKeys.has(key)) continue;
    for (let i = candidate.first; i <= candidate.last; i += 1) owner.set(i, span);
    keptKeys.add(key);
    kept.push(candidate);
  }
  return kept;
}

function toMentions(text: string, tokens: readonly Token[], kept: readonly Candidate[]): SkillMention[] {
  const bySkill = new Map<string, Array<{ start: number; end: number }>>();
  for (const candidate of [...kept].sort((a, b) => a.first - b.first)) {
    const list = bySkill.get(candidate.skillId) ?? [];
    list.push({ start: tokens[candidate.first].start, end: tokens[candidate.last].end });
    bySkill.set(candidate.skillId, list);
  }
  const mentions: SkillMention[] = [];
  for (const [skillId, occurrences] of bySkill) {
    const { start, end } = occurrences[0];
    mentions.push({
      skillId,
      count: occurrences.length,
      firstIndex: start,
      matchedText: text.slice(start, end),
      snippet: snippetAround(text, start, end),
      occurrences,
    });
  }
  return mentions.sort((a, b) => a.firstIndex - b.firstIndex || compareIds(a.skillId, b.skillId));
}

const SNIPPET_CONTEXT = 50;

/** The match with about 50 characters either side, cut at whole words, on one line. */
export function snippetAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_CONTEXT);
  let to = Math.min(text.length, end + SNIPPET_CONTEXT);
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(end, to);
    const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
    if (lastSpace >= 0) to = end + lastSpace;
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
