import { readFileSync } from 'node:fs';
import { proposeRoleFromAd } from '../../../../core/analysis/jobAd/proposeRole';
import type { Catalog } from '../../../../core/model/catalog';
import { POSTING_LABELS, type PostingLabel } from './labels';

/**
 * Recall and precision of proposeRoleFromAd on the labelled postings, against the built-in
 * catalog. Shared by evaluate.test.ts (which asserts floors) and scripts/job-ad-eval.ts (which
 * prints the figures). "Proposed" is every requirement of the proposed role; a proposed skill is
 * right when the label lists it as core or plus. Tier agreement counts the labelled skills found
 * whose importance falls on the label's side (core: 3 or more; plus: 2 or less).
 */
export interface PostingScore {
  file: string;
  language: 'en' | 'fr';
  heldOut: boolean;
  labelled: number;
  proposed: number;
  right: number;
  tierAgrees: number;
  missed: string[];
  wrong: string[];
}

export interface Totals {
  recall: number;
  precision: number;
  tierAgreement: number;
}

const OPTIONS = { id: 'eval', title: 'Eval', today: '2026-12-05' };

export function loadCatalog(): Catalog {
  return JSON.parse(readFileSync(new URL('../../../../assets/catalog.json', import.meta.url), 'utf8')) as Catalog;
}

export function readPosting(file: string): string {
  return readFileSync(new URL(`../../../fixtures/job-ads/${file}`, import.meta.url), 'utf8');
}

export function scorePosting(label: PostingLabel, catalog: Catalog): PostingScore {
  const { role } = proposeRoleFromAd(readPosting(label.file), catalog, OPTIONS);
  const importance = new Map(role.requirements.map((item) => [item.skillId, item.importance]));
  const wanted = new Set([...label.core, ...label.plus]);
  const plus = new Set(label.plus);
  const found = [...wanted].filter((id) => importance.has(id));
  return {
    file: label.file,
    language: label.language,
    heldOut: label.heldOut === true,
    labelled: wanted.size,
    proposed: importance.size,
    right: found.length,
    tierAgrees: found.filter((id) => (plus.has(id) ? (importance.get(id) ?? 0) <= 2 : (importance.get(id) ?? 0) >= 3)).length,
    missed: [...wanted].filter((id) => !importance.has(id)),
    wrong: [...importance.keys()].filter((id) => !wanted.has(id)),
  };
}

export function scoreAll(catalog: Catalog = loadCatalog()): PostingScore[] {
  return POSTING_LABELS.map((label) => scorePosting(label, catalog));
}

export function totals(scores: readonly PostingScore[]): Totals {
  const sum = (pick: (score: PostingScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const right = sum((score) => score.right);
  return {
    recall: right / Math.max(1, sum((score) => score.labelled)),
    precision: right / Math.max(1, sum((score) => score.proposed)),
    tierAgreement: sum((score) => score.tierAgrees) / Math.max(1, right),
  };
}
