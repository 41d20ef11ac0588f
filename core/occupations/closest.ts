import { readinessFigures } from '../analysis/fit';
import type { Catalog, Requirement } from '../model/catalog';
import type { LocalizedText } from '../model/text';
import { tierOf } from '../model/catalog';
import type { Occupation } from '../model/occupation';

/**
 * "Explore from where you are" (issue #15, docs/occupations.md): the built-in roles and O*NET
 * occupations closest to the person's levels by skill overlap, not by title. Closeness is
 * `overlap` (skillOverlap): the skills person and job have in common, level by level, over all the
 * skills either of them has. It is symmetric on purpose: readiness alone ranks first the jobs that
 * ask least (a support technician would be "100 % ready" to drive a truck), overlap ranks first
 * the jobs that use what the person knows. Readiness (the formula every screen shows) comes with
 * each destination; hours to ready need the planner and are computed by the caller for the few it
 * displays.
 */

export interface Destination {
  kind: 'role' | 'occupation';
  /** Role id, or O*NET code. */
  id: string;
  title: LocalizedText;
  /** skillOverlap of the person's levels and the requirements, 0-1. */
  overlap: number;
  readiness: number;
  coreReadiness: number;
  /** O*NET Job Zone, for occupations that have one. */
  jobZone?: number;
  /** O*NET lists it as related to a job the person named. */
  relatedToYourJob: boolean;
  /** Share of the core requirements, by weight, that some catalog course teaches to the level needed. */
  courseCoverage: number;
}

export interface ClosestOptions {
  /** Job Zones to keep (1-5); absent or empty: all. Built-in roles have none and always stay. */
  jobZones?: readonly number[];
  /** Keep only destinations whose core the catalog's courses mostly reach (courseCoverage ≥ 0.5). */
  withCourses?: boolean;
  /** O*NET codes of the jobs the person named: left out (that is where they are), their related occupations flagged. */
  ownCodes?: readonly string[];
  limit?: number;
  /** Fewest requirements an occupation needs to be measured (default MIN_DESCRIBED_REQUIREMENTS). */
  minRequirements?: number;
}

/** A destination "has courses" when the catalog reaches at least this share of its core. */
export const COURSE_COVERAGE_FLOOR = 0.5;
export const DEFAULT_CLOSEST_LIMIT = 30;
/**
 * An occupation is measured only when the app's skills describe enough of it: at least this many
 * requirements, one of them core. Below that (a musician, a legislator: O*NET rates them mostly on
 * knowledge no skill of ours names) a person who knows office software would read "100 % ready".
 */
export const MIN_DESCRIBED_REQUIREMENTS = 8;

/**
 * Weighted Jaccard similarity of the person's levels and the levels a job asks: the sum over every
 * skill of min(has, asks) over the sum of max(has, asks). 1 when they match skill for skill; a job
 * using few of the person's skills scores low however little it asks.
 */
export function skillOverlap(levels: ReadonlyMap<string, number>, requirements: readonly Requirement[], levelSum = sumOf(levels)): number {
  let shared = 0;
  let either = levelSum;
  for (const requirement of requirements) {
    const has = levels.get(requirement.skillId) ?? 0;
    shared += Math.min(has, requirement.level);
    // The person's level is already in levelSum: count what the job asks beyond it.
    either += Math.max(0, requirement.level - has);
  }
  return either === 0 ? 0 : shared / either;
}

function sumOf(levels: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const level of levels.values()) sum += level;
  return sum;
}

/** The app's skills say enough about this occupation to measure how close a person is to it. */
export function isDescribed(occupation: Pick<Occupation, 'requirements'>, minRequirements = MIN_DESCRIBED_REQUIREMENTS): boolean {
  return occupation.requirements.length >= minRequirements && occupation.requirements.some((requirement) => tierOf(requirement) === 'core');
}

const taughtByCatalog = new WeakMap<Catalog, Map<string, number>>();

/** skill id -> the highest level any course of the catalog teaches it to. */
function highestTaught(catalog: Catalog): Map<string, number> {
  let table = taughtByCatalog.get(catalog);
  if (!table) {
    table = new Map();
    for (const course of catalog.courses) {
      for (const taught of course.teaches) table.set(taught.skillId, Math.max(table.get(taught.skillId) ?? 0, taught.level));
    }
    taughtByCatalog.set(catalog, table);
  }
  return table;
}

function coverageOf(requirements: readonly Requirement[], taught: ReadonlyMap<string, number>): number {
  let reached = 0;
  let total = 0;
  for (const requirement of requirements) {
    if (tierOf(requirement) !== 'core') continue;
    const weight = requirement.importance * requirement.level;
    total += weight;
    if ((taught.get(requirement.skillId) ?? 0) >= requirement.level) reached += weight;
  }
  return total === 0 ? 0 : reached / total;
}

/**
 * Best first: highest overlap, then highest core readiness, then highest readiness, then related
 * to the person's job, then built-in roles before occupations, then by id, so the order is total
 * and stable.
 * Occupations the app's skills do not describe (isDescribed) are left out: nothing to measure
 * closeness by.
 */
export function closestDestinations(
  levels: ReadonlyMap<string, number>,
  catalog: Catalog,
  occupations: readonly Occupation[],
  options: ClosestOptions = {},
): Destination[] {
  const taught = highestTaught(catalog);
  const own = new Set(options.ownCodes ?? []);
  const related = new Set<string>();
  for (const occupation of occupations) if (own.has(occupation.code)) for (const code of occupation.related) related.add(code);
  const zones = options.jobZones && options.jobZones.length > 0 ? new Set(options.jobZones) : null;

  const levelSum = sumOf(levels);
  const found: Destination[] = [];
  // Plain loops and one object literal per destination: this runs for every occupation as the
  // person changes a level, and object spreads here cost more than the arithmetic.
  const consider = (kind: Destination['kind'], id: string, title: LocalizedText, relatedToYourJob: boolean, requirements: readonly Requirement[], jobZone: number | undefined) => {
    const courseCoverage = coverageOf(requirements, taught);
    if (options.withCourses && courseCoverage < COURSE_COVERAGE_FLOOR) return;
    const { readiness, coreReadiness } = readinessFigures(levels, requirements);
    const destination: Destination = { kind, id, title, overlap: skillOverlap(levels, requirements, levelSum), readiness, coreReadiness, relatedToYourJob, courseCoverage };
    if (jobZone !== undefined) destination.jobZone = jobZone;
    found.push(destination);
  };
  for (const role of catalog.roles) {
    if (role.custom) continue;
    consider('role', role.id, role.title, role.onetCodes.some((code) => related.has(code)), role.requirements, undefined);
  }
  for (const occupation of occupations) {
    if (!isDescribed(occupation, options.minRequirements) || own.has(occupation.code)) continue;
    if (zones && (occupation.jobZone === undefined || !zones.has(occupation.jobZone))) continue;
    consider('occupation', occupation.code, occupation.title, related.has(occupation.code), occupation.requirements, occupation.jobZone);
  }
  found.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      b.coreReadiness - a.coreReadiness ||
      b.readiness - a.readiness ||
      Number(b.relatedToYourJob) - Number(a.relatedToYourJob) ||
      Number(a.kind === 'occupation') - Number(b.kind === 'occupation') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return found.slice(0, options.limit ?? DEFAULT_CLOSEST_LIMIT);
}
