import type { Catalog, Requirement, Role } from '../../model/catalog';
import type { Importance, PositiveLevel } from '../../model/level';
import type { IsoDate } from '../../model/text';
import { findImportanceCues, findLevelCues, type Cue, type ImportanceCue, type ImportanceSignal, type LevelCue } from './cues';
import { findSkillsInText, snippetAround, type SkillMention } from './findSkills';
import { isWeak, isYearsCue, phraseToShow, seniorityOf, type AdPhrase, type LevelReason } from './evidence';
import { counts, readSections, sectionAt, signalOf, type Section } from './sections';
import { detectLanguage, foldWithMap } from './text';
import { indexText, lowerBound, upperBound, type TextIndex } from './textIndex';
import { jobAdInput, MAX_JOB_AD_LENGTH, type JobAdInput } from './input';

export { jobAdInput, MAX_JOB_AD_LENGTH, type JobAdInput };

/** Why a proposed requirement got its importance. */
export type ImportanceReason = 'required-repeated' | 'required' | 'repeated' | 'default' | 'optional';

/** How one proposed requirement was read from the posting, so the person can check it. */
export interface AdSkillEvidence {
  skillId: string;
  level: PositiveLevel;
  importance: Importance;
  /**
   * The words that set the level, as written: a cue ("5+ years", "familiarity with") or the
   * seniority of the title ("Senior"); null for the default level 2.
   */
  levelCue: string | null;
  /** Where the level comes from (evidence.ts). */
  levelReason: LevelReason;
  importanceReason: ImportanceReason;
  /** Number of mentions in the posting. */
  count: number;
  /** The phrase the skill was read from, to highlight in the pasted text. */
  phrase: AdPhrase;
  /** Named only outside responsibilities, requirements and nice-to-haves: proposed unchecked. */
  weak: boolean;
}

export interface ProposedRole {
  /** A custom role; requirements is empty when the posting names no skill of the catalog. */
  role: Role;
  /** The skills found, leaving out words that only form a usual heading ("Requirements"). */
  mentions: SkillMention[];
  /** One entry per requirement, in the same order. */
  evidence: AdSkillEvidence[];
  /** How much of the paste was read: all of it unless it was longer than MAX_JOB_AD_LENGTH. */
  input: JobAdInput;
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
 * Turns a pasted job posting into a proposed custom role. The posting is first cut into its parts
 * (sections.ts): skills are read from the role, responsibilities, requirements and nice-to-haves,
 * tools also from the company blurb, nothing from benefits, the hiring process or legal text.
 * Per skill found:
 * - level: the strongest cue near any mention ("expert", "5+ years" -> 4; "strong", "proficient",
 *   "maîtrise" -> 3; "working knowledge", "nice to have" -> 2; "familiarity", "notions" -> 1),
 *   else the seniority of the title ("Senior" -> 3, "Junior" -> 1), else 2; levelReason says which;
 * - importance: 5 when required and named 3+ times, 4 when required (a requirements section or a
 *   cue like "must have"/"indispensable"), 2 when only ever optional ("nice to have", "a plus",
 *   "un atout", "souhaité"), 4 when named 3+ times otherwise, else 3.
 * A cue inside a sentence overrides the section the sentence is in (see cueFor for which cue
 * belongs to which skill). A paste longer than MAX_JOB_AD_LENGTH is read up to the cap only, and
 * `input` says so, for the person to be told. Each skill carries the phrase it was read from and
 * whether that evidence is weak (evidence.ts). Time grows linearly with the text (issue #12).
 */
export function proposeRoleFromAd(pasted: string, catalog: Catalog, options: ProposeRoleOptions): ProposedRole {
  const input = jobAdInput(pasted);
  const text = input.truncated ? pasted.slice(0, input.readLength) : pasted;
  const sections = readSections(text);
  const tools = new Set(catalog.skills.filter((skill) => skill.category === 'tools').map((skill) => skill.id));
  const found = findSkillsInText(text, catalog.skills, detectLanguage(text));
  const mentions = readMentions(text, found, sections, tools);
  const folded = foldWithMap(text);
  const levelCues = cueList(findLevelCues(text, folded));
  const importanceCues = cueList(findImportanceCues(text, folded));
  const allSpans = mentions.flatMap((mention) => mention.occurrences).sort((a, b) => a.start - b.start);
  const spanStarts = allSpans.map((span) => span.start);
  const index = indexText(text, folded, allSpans);
  const nextSpan = (from: number) => allSpans[lowerBound(spanStarts, from)];
  const seniority = seniorityOf(text);

  const evidence = mentions.map((mention): AdSkillEvidence & { firstIndex: number } => {
    let bestLevel: LevelCue | undefined;
    let required = false;
    let neutral = false;
    for (const occurrence of mention.occurrences) {
      const sentence = index.sentenceAround(occurrence.start, occurrence.end);
      const levelCue = cueFor(index, nextSpan, levelCues, occurrence, sentence, LEVEL_CUE_REACH);
      if (levelCue && (!bestLevel || levelCue.level > bestLevel.level)) bestLevel = levelCue;
      const signal: ImportanceSignal | 'neutral' =
        cueFor<ImportanceCue>(index, nextSpan, importanceCues, occurrence, sentence, Infinity)?.signal ??
        signalOf(sectionAt(sections, occurrence.start).kind);
      if (signal === 'required') required = true;
      else if (signal === 'neutral') neutral = true;
    }
    const [importance, importanceReason] = importanceOf(required, neutral, mention.count >= REPEATED_MENTIONS);
    const levelReason: LevelReason = bestLevel ? (isYearsCue(bestLevel.text) ? 'years' : 'cue') : seniority ? 'seniority' : 'default';
    return {
      skillId: mention.skillId,
      level: (bestLevel?.level ?? seniority?.level ?? DEFAULT_AD_LEVEL) as PositiveLevel,
      importance,
      levelCue: bestLevel?.text ?? seniority?.text ?? null,
      levelReason,
      importanceReason,
      count: mention.count,
      phrase: phraseToShow(text, mention.occurrences, sections),
      weak: isWeak(mention.occurrences, sections),
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
  return { role, mentions, evidence: ordered, input };
}

/** `required`: some mention is required; `neutral`: some mention is neither required nor optional. */
function importanceOf(required: boolean, neutral: boolean, repeated: boolean): [Importance, ImportanceReason] {
  if (required) return repeated ? [5, 'required-repeated'] : [4, 'required'];
  if (!neutral) return [2, 'optional']; // only ever "nice to have", however often
  return repeated ? [4, 'repeated'] : [3, 'default'];
}

type Span = { start: number; end: number };

/** Cues in text order with their starts and ends apart, for binary search. */
interface CueList<T extends Cue> {
  list: readonly T[];
  starts: number[];
  ends: number[];
}

function cueList<T extends Cue>(list: readonly T[]): CueList<T> {
  return { list, starts: list.map((cue) => cue.start), ends: list.map((cue) => cue.end) };
}

/**
 * The cue that applies to one mention. A cue right after it applies when only filler stands
 * between ("Docker is a plus", "Python confirmé"), or at most two plain words when the cue ends
 * the clause ("Linux command line basics."), unless it is written against the next skill
 * ("Python, strong SQL"). Otherwise the nearest cue before it in the same sentence, within
 * `reach` characters, applies.
 *
 * `cues` do not overlap and are in text order (findLevelCues, findImportanceCues), so their ends
 * are in order too: the cue after is the first that starts at or after the mention, the cue
 * before the last that ends before it, both found by binary search (a scan per mention was
 * quadratic on a long paste, issue #12). `nextSpan(at)` is the first mention starting at or
 * after `at`.
 */
function cueFor<T extends Cue>(
  index: TextIndex,
  nextSpan: (at: number) => Span | undefined,
  cues: CueList<T>,
  occurrence: Span,
  sentence: Span,
  reach: number,
): T | undefined {
  const after: T | undefined = cues.list[lowerBound(cues.starts, occurrence.end)];
  if (after && after.end <= sentence.end && !bindsForward(index, nextSpan, occurrence, after, sentence)) {
    const extraWords = index.wordsBetween(occurrence.end, after.start, true);
    const clauseEnd = index.nextNonSpace(after.end);
    const endsClause = clauseEnd >= sentence.end || CLAUSE_END.has(index.charAt(clauseEnd));
    if (extraWords === 0 || (extraWords <= 2 && endsClause && !index.hasLoose(occurrence.end, after.start))) {
      return after;
    }
  }
  const before: T | undefined = cues.list[upperBound(cues.ends, occurrence.start) - 1];
  return before && before.start >= sentence.start && occurrence.start - before.end <= reach ? before : undefined;
}

const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', ')']);

/**
 * A cue between two skills belongs to the one it is written against: in "Python, strong SQL" and
 * "strong SQL and basic Docker", the cue sits right before the next skill and something (a comma,
 * "and") separates it from the previous one, so it qualifies the next. In "Python expert, SQL"
 * the comma is on the other side, so "expert" stays with Python.
 */
function bindsForward(
  index: TextIndex,
  nextSpan: (at: number) => Span | undefined,
  occurrence: Span,
  cue: Cue,
  sentence: Span,
): boolean {
  // The mention itself ends before the cue, so the next mention is never the mention itself.
  const next = nextSpan(cue.end);
  if (!next || next.end > sentence.end) return false;
  const nextIsTight = !index.hasLoose(cue.end, next.start) && index.wordsBetween(cue.end, next.start, false) === 0;
  return nextIsTight && index.hasNonSpace(occurrence.end, cue.start);
}

/**
 * The mentions a recruiter would read: not in a usual heading ("Requirements", "Présentation"),
 * not in benefits, the hiring process or legal text, and in the company blurb only when the skill
 * is a tool (sections.ts). A mention left with no place is dropped.
 */
function readMentions(
  text: string,
  mentions: SkillMention[],
  sections: readonly Section[],
  tools: ReadonlySet<string>,
): SkillMention[] {
  return mentions.flatMap((mention) => {
    const occurrences = mention.occurrences.filter((span) => {
      const section = sectionAt(sections, span.start);
      if (section.standard && span.end <= section.headingEnd) return false;
      return counts(section.kind, tools.has(mention.skillId));
    });
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
