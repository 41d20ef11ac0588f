import { appLevel } from './onet';

/**
 * The calibration that turns O*NET incumbent ratings into what an entry-level posting demands
 * (docs/advice.md "Core and plus"). O*NET rates the average worker already in the job, often
 * with years of experience; a career changer is hired at entry level. So:
 *
 * - a rated element is core when it is "very important" (IM >= CORE_IMPORTANCE); a transferable
 *   skill every job rates (critical thinking, time management...) only when it is close to the
 *   top of the scale (IM >= TRANSFERABLE_CORE_IMPORTANCE), since postings rarely test them;
 * - a core element is asked one level below the incumbent level (entryLevel), never Expert;
 * - an "In Demand" technology (named in this occupation's postings) is core at Working (2);
 *   a "Hot"-only one is plus;
 * - a hand-written requirement is core when its importance is at least 4, unless marked plus;
 * - everything else is plus, at the incumbent level;
 * - a role keeps at most MAX_CORE core requirements: beyond that the least important move to plus.
 */
export const CORE_IMPORTANCE = 4;
export const TRANSFERABLE_CORE_IMPORTANCE = 4.5;
export const EXTRA_CORE_IMPORTANCE = 4;
export const IN_DEMAND_CORE_LEVEL = 2;
export const MAX_CORE = 15;

/** Skills every O*NET occupation rates; entry-level postings seldom test them directly. */
export const TRANSFERABLE_SKILLS: ReadonlySet<string> = new Set([
  'critical-thinking',
  'problem-solving',
  'continuous-learning',
  'time-management',
  'collaboration',
  'systems-thinking',
  'business-acumen',
  'customer-service',
  'persuasion-negotiation',
  'verbal-communication',
  'written-communication',
  'teaching-and-coaching',
  'people-management',
  'requirements-analysis',
  'quality-control',
]);

export type Tier = 'core' | 'plus';

/** Tier of an O*NET rated element for one skill. */
export function ratedTier(skillId: string, importance: number): Tier {
  const threshold = TRANSFERABLE_SKILLS.has(skillId) ? TRANSFERABLE_CORE_IMPORTANCE : CORE_IMPORTANCE;
  return importance >= threshold ? 'core' : 'plus';
}

/** The entry-level reading of an O*NET Level (0-7): one level below the incumbent, 1 to 3. */
export function entryLevel(onetLevel: number): 1 | 2 | 3 {
  return Math.min(3, Math.max(1, appLevel(onetLevel) - 1)) as 1 | 2 | 3;
}
