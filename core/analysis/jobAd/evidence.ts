import type { PositiveLevel } from '../../model/level';
import { sectionAt, type Section } from './sections';
import { fold } from './text';

/**
 * What the review shows beside each proposed skill: the phrase of the posting it came from, whether
 * that evidence is weak (the skill is proposed unchecked), and where its level came from.
 */

/** A stretch of the pasted text: UTF-16 offsets, and the words as written. */
export interface AdPhrase {
  start: number;
  end: number;
  text: string;
}

/**
 * Where a proposed level comes from: a cue next to the skill ("expert in", "notions de"), a number
 * of years, the seniority in the title ("Senior", "Junior"), or nothing (the default level 2).
 */
export type LevelReason = 'cue' | 'years' | 'seniority' | 'default';

export interface Seniority {
  level: PositiveLevel;
  /** The word as written in the posting ("Senior"). */
  text: string;
}

// On folded text. A title says the seniority the whole job asks, which is the level of a skill
// the posting names without a cue of its own.
const SENIOR = /\b(?:senior|sr|lead|staff|principal|confirme(?:e|s)?|experimente(?:e|s)?|expert(?:e)?)\b/;
const JUNIOR = /\b(?:junior|jr|entry[- ]level|debutant(?:e|s)?|graduate|stagiaire|intern(?:ship)?|alternan(?:ce|t|te))\b/;

/** The seniority the title (the first line with text) states, if any. */
export function seniorityOf(text: string): Seniority | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const lineEnd = text.indexOf('\n', start);
  const title = text.slice(start, lineEnd < 0 ? Math.min(text.length, start + 300) : Math.min(lineEnd, start + 300));
  // Folding keeps the length of these titles only when they have no ligature: find the word in the title itself.
  const folded = fold(title);
  for (const [pattern, level] of [[SENIOR, 3], [JUNIOR, 1]] as const) {
    const match = pattern.exec(folded);
    if (match) {
      const at = folded.length === title.length ? match.index : -1;
      return { level, text: at >= 0 ? title.slice(at, at + match[0].length) : match[0] };
    }
  }
  return null;
}

/** Whether a level cue is a number of years ("5+ years", "3 ans"). */
export function isYearsCue(cue: string): boolean {
  return /\d/.test(cue);
}

const CORE_KINDS = new Set(['responsibilities', 'requirements']);
const READ_KINDS = new Set(['responsibilities', 'requirements', 'nice']);

/** The occurrence to show: the first in responsibilities or requirements, else the first. */
export function phraseToShow(
  text: string,
  occurrences: ReadonlyArray<{ start: number; end: number }>,
  sections: readonly Section[],
): AdPhrase {
  const best = occurrences.find((span) => CORE_KINDS.has(sectionAt(sections, span.start).kind)) ?? occurrences[0];
  return { start: best.start, end: best.end, text: text.slice(best.start, best.end) };
}

/**
 * Weak evidence: the posting has responsibilities, requirements or nice-to-have parts, and the
 * skill is named in none of them, only in the title, an untitled paragraph or (for a tool) the
 * company blurb. It is proposed unchecked: likely, but for the person to confirm. A posting with
 * no such parts gives no weak evidence, since nothing tells its parts apart.
 */
export function isWeak(
  occurrences: ReadonlyArray<{ start: number; end: number }>,
  sections: readonly Section[],
): boolean {
  if (!sections.some((section) => READ_KINDS.has(section.kind))) return false;
  return occurrences.every((span) => !READ_KINDS.has(sectionAt(sections, span.start).kind));
}
