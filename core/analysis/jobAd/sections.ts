import { readHeading, type ImportanceSignal } from './cues';
import { fold } from './text';

/**
 * The parts of a job posting, read from its headings ("Responsibilities", "Profil recherché",
 * "What we offer") and from prose lines that open a part without a heading ("We offer equity",
 * "X is an equal opportunity employer"). Skills are read from the role, its responsibilities and
 * requirements (core) and its nice-to-haves (plus); the company blurb counts only for the tools
 * it names ("our courses live in Canvas"); benefits, the hiring process and the legal text never
 * count: they name coaching, growth, interviews and privacy, which the job does not ask for.
 */
export type SectionKind =
  | 'role'
  | 'responsibilities'
  | 'requirements'
  | 'nice'
  | 'company'
  | 'benefits'
  | 'process'
  | 'legal';

export interface Section {
  kind: SectionKind;
  /** Offsets of the part; a heading line belongs to the part it opens. */
  start: number;
  end: number;
  /** End of the heading line that opens it (= start when no heading opens it). */
  headingEnd: number;
  /**
   * The heading is a usual phrase of its kind ("Requirements", "Présentation"): its words
   * structure the posting and name no skill, even where a skill has them as an alias.
   */
  standard: boolean;
}

/** The importance a section gives the skills in it, when no cue in the sentence says otherwise. */
export function signalOf(kind: SectionKind): ImportanceSignal | 'neutral' {
  if (kind === 'requirements') return 'required';
  if (kind === 'nice') return 'optional';
  return 'neutral';
}

/** Whether skills of the section are read at all; `tool`: the skill is a tool (category tools). */
export function counts(kind: SectionKind, tool: boolean): boolean {
  if (kind === 'company') return tool;
  return kind !== 'benefits' && kind !== 'process' && kind !== 'legal';
}

// Heading words of each part, on folded text. Order matters: "nice to have" before "have",
// "hiring process" before "hiring", "about you" (requirements) before "about" (company).
const HEADING_KINDS: Array<[RegExp, SectionKind]> = [
  // "Les plus" / "Les petits plus" / "Un plus" is how French postings head their nice-to-haves.
  [/\b(?:nice[- ]to[- ]haves?|preferred|bonus|pluses|an? plus|les (?:petits )?plus|un plus|atouts?|souhaite|apprecie|would be great|extra credit|ideal(?:ly)?)\b/, 'nice'],
  [/\b(?:process|processus|interview|entretiens?|next steps|how to apply|application|candidature|postuler|etapes)\b/, 'process'],
  [/\b(?:benefits?|perks|what we offer|we offer|nous (?:offrons|proposons)|avantages|remuneration|salaire|salary|compensation|pay|why (?:join|work)|why \w+$|pourquoi nous rejoindre)\b/, 'benefits'],
  [/\b(?:legal|mentions legales|equal opportunit|eeo|privacy|confidentialite|disclaimer)\b/, 'legal'],
  [/\b(?:requirements?|qualifications?|must[- ]haves?|what you(?:'ll| will)? (?:bring|need|have)|looking for|who you are|about you|your profile|profil|competences|prerequis|exigences|skills|experience|you have|you are)\b/, 'requirements'],
  [/\b(?:responsibilities|responsabilites|what you(?:'ll| will) do|your (?:role|day|mission)|missions?|key duties|duties|taches|day to day|au quotidien|vos activites|in (?:this|the) role|(?:what )?you(?:'ll| will)(?: be doing)?|dans ce (?:poste|role)|vous (?:allez|serez)|ce que vous ferez|votre quotidien)\b/, 'responsibilities'],
  [/\b(?:the role|the job|the opportunity|about the (?:role|job|position)|le poste|description du poste|the position|votre role|the team|l'equipe|notre equipe|votre equipe)\b/, 'role'],
  [/\b(?:about|who we are|company|our (?:company|story|mission)|presentation|qui sommes[- ]nous|a propos|l'entreprise|notre (?:entreprise|societe))\b/, 'company'],
];

/** A prose line that opens benefits or legal text without a heading. */
const PROSE_KINDS: Array<[RegExp, SectionKind]> = [
  [/\b(?:equal opportunity|equal employment|privacy policy|politique de confidentialite|mentions legales|conformement au rgpd|terms of service|does not discriminate|reasonable accommodations?|egalite des chances|by applying)\b/, 'legal'],
  [/^(?:we offer|nous offrons|nous proposons|pay|salary|salaire|remuneration|compensation)\b/, 'benefits'],
];

const LIST_ITEM = /^(?:[-•·▪◦–]|[*+]\s|\d+[.)]\s)/;

/** The kind a heading line announces, or null when it is no heading. */
export function headingKind(line: string): SectionKind | null {
  return readHeadingLine(line)?.kind ?? null;
}

function readHeadingLine(line: string): { kind: SectionKind; standard: boolean } | null {
  const trimmed = line.trim();
  if (!trimmed || LIST_ITEM.test(trimmed) || /[.!;,]$/.test(trimmed) || /:\s*\S/.test(trimmed)) return null;
  // A loop, not .replace(/[…]+$/): that retries from every character of a long run of spaces.
  let bare = fold(trimmed).replace(/^[#*=_>\s]+/, '');
  let end = bare.length;
  while (end > 0 && /[\s:*=_?]/.test(bare[end - 1])) end -= 1;
  bare = bare.slice(0, end);
  if (!bare || bare.split(/\s+/).length > 7) return null;
  for (const [pattern, kind] of HEADING_KINDS) if (pattern.test(bare)) return { kind, standard: true };
  // A marked-up line of another kind ("Our stack:", a title in capitals) may name skills.
  const heading = readHeading(trimmed);
  if (!heading) return null;
  const kind = heading.signal === 'required' ? 'requirements' : heading.signal === 'optional' ? 'nice' : 'role';
  return { kind, standard: heading.standard };
}

/**
 * The sections of a posting in text order, covering it whole. Text before the first heading is
 * the role (title, location, a first paragraph). A prose line of benefits or legal text makes a
 * section of its own paragraph; the part it interrupted resumes after the blank line.
 */
export function readSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: SectionKind = 'role';
  let interrupted: SectionKind | null = null;
  let offset = 0;
  const open = (kind: SectionKind, start: number, headingEnd: number, standard = false) => {
    const last = sections[sections.length - 1];
    if (last) last.end = start;
    sections.push({ kind, start, end: text.length, headingEnd, standard });
  };
  open('role', 0, 0);
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const heading = readHeadingLine(line);
    if (heading) {
      current = heading.kind;
      interrupted = null;
      open(heading.kind, offset, end, heading.standard);
    } else if (!line.trim() && interrupted) {
      current = interrupted;
      interrupted = null;
      open(current, offset, offset);
    } else if (!LIST_ITEM.test(line.trim())) {
      const folded = fold(line.trim());
      const prose = PROSE_KINDS.find(([pattern]) => pattern.test(folded))?.[1];
      if (prose && prose !== current) {
        interrupted ??= current;
        current = prose;
        open(prose, offset, offset);
      }
    }
    offset = end + 1;
  }
  return sections;
}

/** The section holding offset `at` (sections are in text order and cover the text). */
export function sectionAt(sections: readonly Section[], at: number): Section {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sections[middle].start <= at) low = middle + 1;
    else high = middle;
  }
  return sections[Math.max(0, low - 1)];
}
