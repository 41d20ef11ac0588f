/*
 * Figures for the analysis budgets of docs/design.md ("rank every role for a profile: under 1 ms for
 * the built-in matrix, under 50 ms for 1,000 roles × 2,000 skills"). Not a vitest test: the
 * bench runner imports benchAnalysis() and prints what it returns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeFit, rankRoles } from '../../core/analysis';
import { plannerIndexFor } from '../../core/planning/courseFacts';
import type { Catalog } from '../../core/model/catalog';
import type { Profile } from '../../core/model/profile';
import { LARGE_MATRIX, generateCatalog, generateRatings } from '../core/analysis/generateCatalog';
import { sampleCatalog } from '../core/analysis/sampleCatalog';
import { medianTime } from './medianTime';

export interface BenchFigure {
  name: string;
  ms: number;
  budgetMs: number;
}


function builtInCatalog(): { name: string; catalog: Catalog } {
  const path = new URL('../../assets/catalog.json', import.meta.url);
  if (existsSync(path)) return { name: 'assets/catalog.json', catalog: JSON.parse(readFileSync(path, 'utf8')) as Catalog };
  return { name: 'hand-written 15-role matrix', catalog: sampleCatalog() };
}

export async function benchAnalysis(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const small = builtInCatalog();
  const smallProfile: Pick<Profile, 'skills' | 'background'> = {
    background: 'marketing',
    skills: generateRatings(small.catalog, Math.min(20, small.catalog.skills.length), 7),
  };
  figures.push({
    name: `rankRoles, ${small.name} (${small.catalog.roles.length} roles, ${small.catalog.courses.length} courses)`,
    ms: medianTime(() => rankRoles(smallProfile, small.catalog), 201),
    budgetMs: 1,
  });

  const large = generateCatalog(LARGE_MATRIX);
  const largeProfile: Pick<Profile, 'skills' | 'background'> = { background: 'other', skills: generateRatings(large, 300) };
  // Once per catalog object (memoised): the skill -> courses index. A shallow copy is a new
  // identity with the same content, so each run builds it afresh.
  figures.push({
    name: `build the analysis index once per catalog (${LARGE_MATRIX.courses} courses)`,
    ms: medianTime(() => plannerIndexFor({ ...large }), 11, 1),
    budgetMs: 50,
  });
  figures.push({
    name: `rankRoles (${LARGE_MATRIX.roles} roles × ${LARGE_MATRIX.skills} skills, ${LARGE_MATRIX.courses} courses)`,
    ms: medianTime(() => rankRoles(largeProfile, large), 21),
    budgetMs: 50,
  });
  const someRole = large.roles[0];
  figures.push({
    name: 'analyzeFit, one role of the large matrix',
    ms: medianTime(() => analyzeFit(largeProfile, someRole, large), 101),
    budgetMs: 1,
  });
  return figures;
}
