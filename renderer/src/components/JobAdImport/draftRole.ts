import type { AdSkillEvidence, ImportanceReason, Importance, PositiveLevel, RoleFamily } from '../../../../core';
import { ADDED_BY_YOU } from '../CatalogEntryForm/markers';

/** One proposed requirement as the person reviews it. */
export interface DraftRow {
  skillId: string;
  level: PositiveLevel;
  importance: Importance;
  /** The words of the ad that set the level ("5+ years"), null when the default was used. */
  levelCue: string | null;
  /** Why the importance, or 'added' for a row the person added themselves. */
  reason: ImportanceReason | 'added';
  /** Mentions in the ad; 0 for an added row. */
  count: number;
  /** Where the level came from; 'default' for an added row. */
  levelReason: AdSkillEvidence['levelReason'];
  /** The words of the ad the skill was read from (offsets into the pasted text); null for an added row. */
  phrase: AdSkillEvidence['phrase'] | null;
  /** Whether the row goes into the role: weak evidence is proposed unchecked. */
  included: boolean;
}

export function rowsFromEvidence(evidence: readonly AdSkillEvidence[]): DraftRow[] {
  return evidence.map((item) => ({
    skillId: item.skillId,
    level: item.level,
    importance: item.importance,
    levelCue: item.levelCue,
    reason: item.importanceReason,
    count: item.count,
    levelReason: item.levelReason,
    phrase: item.phrase,
    included: !item.weak,
  }));
}

export const ADDED_ROW_LEVEL: PositiveLevel = 2;
export const ADDED_ROW_IMPORTANCE: Importance = 3;

export function addedRow(skillId: string): DraftRow {
  return {
    skillId,
    level: ADDED_ROW_LEVEL,
    importance: ADDED_ROW_IMPORTANCE,
    levelCue: null,
    reason: 'added',
    count: 0,
    levelReason: 'default',
    phrase: null,
    included: true,
  };
}

const PHRASE_CONTEXT = 60;

/**
 * The phrase with some of the ad either side, cut at whole words, for the review to show the
 * phrase highlighted where it stands: { before, match, after }, whitespace collapsed.
 */
export function phraseInAd(text: string, phrase: { start: number; end: number }) {
  let from = Math.max(0, phrase.start - PHRASE_CONTEXT);
  let to = Math.min(text.length, phrase.end + PHRASE_CONTEXT);
  if (from > 0) {
    const space = text.slice(from, phrase.start).search(/\s/);
    from = space >= 0 ? from + space + 1 : phrase.start;
  }
  if (to < text.length) {
    const tail = text.slice(phrase.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    to = space >= 0 ? phrase.end + space : phrase.end;
  }
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${flat(text.slice(from, phrase.start)).trimStart()}`,
    match: flat(text.slice(phrase.start, phrase.end)),
    after: `${flat(text.slice(phrase.end, to)).trimEnd()}${to < text.length ? '…' : ''}`,
  };
}

const MAX_TITLE_FROM_AD = 120;

/** The first non-empty line of the ad, which is nearly always the job title. */
export function titleFromAd(text: string): string {
  const line = text.split('\n').map((part) => part.trim()).find((part) => part.length > 0) ?? '';
  return line.length <= MAX_TITLE_FROM_AD ? line : `${line.slice(0, MAX_TITLE_FROM_AD - 1).trimEnd()}…`;
}

export interface DraftRoleInput {
  id: string;
  title: string;
  family: RoleFamily;
  rows: readonly DraftRow[];
  today: string;
}

/** The role to validate and save: the person's own, in both languages under the same title. */
export function draftToRole({ id, title, family, rows, today }: DraftRoleInput) {
  return {
    id,
    title: { en: title, fr: title },
    family,
    summary: { en: '', fr: '' },
    requirements: rows
      .filter((row) => row.included)
      .map((row) => ({ skillId: row.skillId, level: row.level, importance: row.importance })),
    backgrounds: [],
    hubs: [],
    onetCodes: [],
    sources: [{ title: ADDED_BY_YOU }],
    reviewed: today,
    custom: true,
  };
}
