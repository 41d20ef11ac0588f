import { FILLER, isBoundaryAt } from './cues';
import type { FoldedText } from './text';

/**
 * Answers the questions proposeRoleFromAd asks about every mention of a skill (which sentence is
 * it in, how many words stand between it and a cue, is there a comma between) from tables built
 * once per text. Asked by rescanning the text, they made a 50,000-character paste that names a
 * skill thousands of times take seconds (issue #12); here each answer is a lookup or a binary
 * search. The answers are those of sentenceAround and wordsBetween in cues.ts, which stay the
 * reference (test/core/analysis/jobAd/textIndex.test.ts compares them).
 */
export interface TextIndex {
  /** sentenceAround(text, start, end). */
  sentenceAround(start: number, end: number): { start: number; end: number };
  /**
   * wordsBetween(text, from, to, spans) when `skipSpans`, else with no spans; `from` and `to`
   * must lie on word boundaries, as the ends of mentions and cues do.
   */
  wordsBetween(from: number, to: number, skipSpans: boolean): number;
  /** True when text[from, to) holds one of , ; : ( / (a looser link than filler words). */
  hasLoose(from: number, to: number): boolean;
  /** True when text[from, to) holds something other than whitespace. */
  hasNonSpace(from: number, to: number): boolean;
  /** Where the first character other than whitespace at or after `from` is (text.length if none). */
  nextNonSpace(from: number): number;
  /** text[at], '' past the end. */
  charAt(at: number): string;
}

const LOOSE = /[,;:(/]/;
const SPACE = /\s/;
const WORD = /[a-z0-9]/;

/**
 * `folded` is foldWithMap(text); `spans` are the skill mentions, sorted by start, each two either
 * the same or without a token in common (what findSkillsInText returns).
 */
export function indexText(
  text: string,
  folded: FoldedText,
  spans: ReadonlyArray<{ start: number; end: number }>,
): TextIndex {
  const n = text.length;
  const sentenceStart = new Int32Array(n + 1);
  const sentenceEnd = new Int32Array(n + 1);
  const looseBefore = new Int32Array(n + 1);
  const nonSpaceBefore = new Int32Array(n + 1);
  const boundary = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    boundary[i] = isBoundaryAt(text, i) ? 1 : 0;
    sentenceStart[i + 1] = boundary[i] ? i + 1 : sentenceStart[i];
    looseBefore[i + 1] = looseBefore[i] + (LOOSE.test(text[i]) ? 1 : 0);
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (SPACE.test(text[i]) ? 0 : 1);
  }
  sentenceEnd[n] = n;
  const firstNonSpace = new Int32Array(n + 1);
  firstNonSpace[n] = n;
  for (let i = n - 1; i >= 0; i -= 1) {
    sentenceEnd[i] = boundary[i] ? i : sentenceEnd[i + 1];
    firstNonSpace[i] = nonSpaceBefore[i + 1] > nonSpaceBefore[i] ? i : firstNonSpace[i + 1];
  }
  const words = wordTable(folded, spans);

  return {
    sentenceAround: (start, end) => ({ start: sentenceStart[start], end: sentenceEnd[end] }),
    wordsBetween(from, to, skipSpans) {
      // Words lie wholly between from and to: from their first start at or after `from` up to,
      // not including, the first that ends after `to`.
      const first = lowerBound(words.starts, from);
      const last = upperBound(words.ends, to);
      if (last <= first) return 0;
      const counts = skipSpans ? words.plainOutsideSpans : words.plain;
      return counts[last] - counts[first];
    },
    hasLoose: (from, to) => to > from && looseBefore[to] > looseBefore[from],
    hasNonSpace: (from, to) => to > from && nonSpaceBefore[to] > nonSpaceBefore[from],
    nextNonSpace: (from) => firstNonSpace[from],
    charAt: (at) => text.charAt(at),
  };
}

interface WordTable {
  /** Original offsets of each word (a run of [a-z0-9] in the folded text), in text order. */
  starts: Int32Array;
  ends: Int32Array;
  /** plain[k]: words other than filler among the first k; the second leaves out those in spans. */
  plain: Int32Array;
  plainOutsideSpans: Int32Array;
}

function wordTable(
  { folded, origin }: FoldedText,
  spans: ReadonlyArray<{ start: number; end: number }>,
): WordTable {
  const starts: number[] = [];
  const ends: number[] = [];
  const plain = [0];
  const plainOutsideSpans = [0];
  let span = 0;
  let at = 0;
  while (at < folded.length) {
    if (!WORD.test(folded[at])) {
      at += 1;
      continue;
    }
    let after = at + 1;
    while (after < folded.length && WORD.test(folded[after])) after += 1;
    const start = origin[at];
    const end = origin[after];
    const counts = FILLER.test(folded.slice(at, after)) ? 0 : 1;
    // Mentions start and end on token edges, so a word is either inside one or outside all.
    while (span < spans.length && spans[span].end <= start) span += 1;
    const inSpan = span < spans.length && spans[span].start <= start;
    starts.push(start);
    ends.push(end);
    plain.push(plain[plain.length - 1] + counts);
    plainOutsideSpans.push(plainOutsideSpans[plainOutsideSpans.length - 1] + (inSpan ? 0 : counts));
    at = after;
  }
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    plain: Int32Array.from(plain),
    plainOutsideSpans: Int32Array.from(plainOutsideSpans),
  };
}

/** First index whose value is >= target, in an ascending array. */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index whose value is > target, in an ascending array. */
export function upperBound(values: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}
