import type { Catalog, Requirement, Role } from '../../model/catalog';
import type { Importance, PositiveLevel } from '../../model/level';
import type { IsoDate } from '../../model/text';
import {
  findImportanceCues,
  findLevelCues,
  readHeading,
  wordsBetween,
  sentenceAround,
  type Cue,
  type ImportanceCue,
  type ImportanceSignal,
  type LevelCue,
} from './cues';
import { findSkillsInText, snippetAround, type SkillMention } from './findSkills';

/** Why a proposed requirement got its importance. */
export type ImportanceReason = 'required-repeated' | 'required' | 'repeated' | 'default' | 'optional';

/** How one proposed requirement was read from the posting, so the person can check it. */
export interface AdSkillEvidence {
  skillId: string;
  level: PositiveLevel;
  importance: Importance;
  /** The cue that set the level, as written ("5+ years"), or null for the default level 2. */
  levelCue: string | null;
  importanceReason: ImportanceReason;
  /** Number of mentions in the posting. */
  count: number;
}

export interface ProposedRole {
  /** A custom role; requirements is empty when the posting names no skill of the catalog. */
  role: Role;
  /** The skills found, leaving out words that only form a usual heading ("Requirements"). */
  mentions: SkillMention[];
  /** One entry per requirement, in the same order. */
  evidence: AdSkillEvidence[];
}

export interface ProposeRoleOptions {
  id: string;
  title: string;
  today: IsoDate;
}

export const DEFAULT_AD_LEVEL: PositiveLevel = 2;
/** A skill named this many times is treated as central to the job. */
export const REPEATED_MENTIONS = 3;
const MAX_REQUIREMENTS = 500;
/** A level cue before a skill counts only this close (characters), within its sentence. */
const LEVEL_CUE_REACH = 80;

/**
 * Turns a pasted job posting into a proposed custom role. Per skill found:
 * - level: the strongest cue near any mention ("expert", "5+ years" -> 4; "strong", "proficient",
 *   "maîtrise" -> 3; "working knowledge", "nice to have" -> 2; "familiarity", "notions" -> 1),
 *   else 2;
 * - importance: 5 when required and named 3+ times, 4 when required (a requirements section or a
 *   cue like "must have"/"indispensable"), 2 when only ever optional ("nice to have", "a plus",
 *   "un atout", "souhaité"), 4 when named 3+ times otherwise, else 3.
 * A cue inside a sentence overrides the section the sentence is in (see cueFor for which cue
 * belongs to which skill).
 */
export function proposeRoleFromAd(text: string, catalog: Catalog, options: ProposeRoleOptions): ProposedRole {
  const sections = sectionsOf(text);
  const mentions = withoutHeadingWords(text, findSkillsInText(text, catalog.skills), sections);
  const levelCues = findLevelCues(text);
  const importanceCues = findImportanceCues(text);
  const allSpans = mentions.flatMap((mention) => mention.occurrences).sort((a, b) => a.start - b.start);

  const evidence = mentions.map((mention): AdSkillEvidence & { firstIndex: number } => {
    let bestLevel: LevelCue | undefined;
    let required = false;
    let neutral = false;
    for (const occurrence of mention.occurrences) {
      const sentence = sentenceAround(text, occurrence.start, occurrence.end);
      const others = allSpans.filter((span) => span !== occurrence);
      const levelCue = cueFor(text, levelCues, occurrence, sentence, others, LEVEL_CUE_REACH);
      if (levelCue && (!bestLevel || levelCue.level > bestLevel.level)) bestLevel = levelCue;
      const signal: ImportanceSignal | 'neutral' =
        cueFor<ImportanceCue>(text, importanceCues, occurrence, sentence, others, Infinity)?.signal ??
        sectionAt(sections, occurrence.start);
      if (signal === 'required') required = true;
      else if (signal === 'neutral') neutral = true;
    }
    const [importance, importanceReason] = importanceOf(required, neutral, mention.count >= REPEATED_MENTIONS);
    return {
      skillId: mention.skillId,
      level: (bestLevel?.level ?? DEFAULT_AD_LEVEL) as PositiveLevel,
      importance,
      levelCue: bestLevel?.text ?? null,
      importanceReason,
      count: mention.count,
      firstIndex: mention.firstIndex,
    };
  });

  const ordered = evidence
    .sort((a, b) => b.importance - a.importance || b.level - a.level || a.firstIndex - b.firstIndex)
    .slice(0, MAX_REQUIREMENTS)
    .map(({ firstIndex: _firstIndex, ...item }) => item);
  const requirements: Requirement[] = ordered.map(({ skillId, level, importance }) => ({ skillId, level, importance }));
  const role: Role = {
    id: options.id,
    title: { en: options.title, fr: options.title },
    family: 'adjacent',
    summary: { en: '', fr: '' },
    requirements,
    backgrounds: [],
    hubs: [],
    onetCodes: [],
    sources: [{ title: 'Job posting pasted by the person' }],
    reviewed: options.today,
    custom: true,
  };
  return { role, mentions, evidence: ordered };
}

/** `required`: some mention is required; `neutral`: some mention is neither required nor optional. */
function importanceOf(required: boolean, neutral: boolean, repeated: boolean): [Importance, ImportanceReason] {
  if (required) return repeated ? [5, 'required-repeated'] : [4, 'required'];
  if (!neutral) return [2, 'optional']; // only ever "nice to have", however often
  return repeated ? [4, 'repeated'] : [3, 'default'];
}

/**
 * The cue that applies to one mention. A cue right after it applies when only filler stands
 * between ("Docker is a plus", "Python confirmé"), or at most two plain words when the cue ends
 * the clause ("Linux command line basics."), unless it is written against the next skill
 * ("Python, strong SQL"). Otherwise the nearest cue before it in the same sentence, within
 * `reach` characters, applies.
 */
function cueFor<T extends Cue>(
  text: string,
  cues: readonly T[],
  occurrence: { start: number; end: number },
  sentence: { start: number; end: number },
  others: ReadonlyArray<{ start: number; end: number }>,
  reach: number,
): T | undefined {
  const after = cues.find((cue) => cue.start >= occurrence.end && cue.end <= sentence.end);
  if (after && !bindsForward(text, occurrence, after, sentence, others)) {
    const extraWords = wordsBetween(text, occurrence.end, after.start, others);
    const endsClause = /^\s*(?:[.,;:!?)]|$)/.test(text.slice(after.end, sentence.end));
    if (extraWords === 0 || (extraWords <= 2 && endsClause && !LOOSE.test(text.slice(occurrence.end, after.start)))) {
      return after;
    }
  }
  let before: T | undefined;
  for (const cue of cues) {
    if (cue.end > occurrence.start) break;
    if (cue.start >= sentence.start && occurrence.start - cue.end <= reach) before = cue;
  }
  return before;
}

const LOOSE = /[,;:(/]/;

/**
 * A cue between two skills belongs to the one it is written against: in "Python, strong SQL" and
 * "strong SQL and basic Docker", the cue sits right before the next skill and something (a comma,
 * "and") separates it from the previous one, so it qualifies the next. In "Python expert, SQL"
 * the comma is on the other side, so "expert" stays with Python.
 */
function bindsForward(
  text: string,
  occurrence: { end: number },
  cue: Cue,
  sentence: { end: number },
  others: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  const next = others.find((span) => span.start >= cue.end);
  if (!next || next.end > sentence.end) return false;
  const toNext = text.slice(cue.end, next.start);
  const nextIsTight = !LOOSE.test(toNext) && wordsBetween(text, cue.end, next.start, []) === 0;
  return nextIsTight && text.slice(occurrence.end, cue.start).trim() !== '';
}

interface Section {
  /** Offsets of the heading line that opens the section. */
  start: number;
  end: number;
  signal: ImportanceSignal | 'neutral';
  standard: boolean;
}

/** Where each heading's section starts; text before the first heading is neutral. */
function sectionsOf(text: string): Section[] {
  const sections: Section[] = [{ start: 0, end: 0, signal: 'neutral', standard: false }];
  let offset = 0;
  for (const line of text.split('\n')) {
    const heading = readHeading(line);
    if (heading) sections.push({ start: offset, end: offset + line.length, ...heading });
    offset += line.length + 1;
  }
  return sections;
}

/** Drops the mentions that are only a standard heading ("Requirements" is no skill there). */
function withoutHeadingWords(text: string, mentions: SkillMention[], sections: readonly Section[]): SkillMention[] {
  const headings = sections.filter((section) => section.standard);
  const inHeading = (span: { start: number; end: number }) =>
    headings.some((heading) => span.start >= heading.start && span.end <= heading.end);
  return mentions.flatMap((mention) => {
    const occurrences = mention.occurrences.filter((span) => !inHeading(span));
    if (occurrences.length === mention.occurrences.length) return [mention];
    if (occurrences.length === 0) return [];
    const { start, end } = occurrences[0];
    return [
      {
        ...mention,
        count: occurrences.length,
        firstIndex: start,
        matchedText: text.slice(start, end),
        snippet: snippetAround(text, start, end),
        occurrences,
      },
    ];
  });
}

function sectionAt(sections: readonly Section[], at: number): ImportanceSignal | 'neutral' {
  let signal: ImportanceSignal | 'neutral' = 'neutral';
  for (const section of sections) {
    if (section.start > at) break;
    signal = section.signal;
  }
  return signal;
}
