import { readinessFigures } from '../analysis/fit';
import type { Catalog, Requirement } from '../model/catalog';
import type { LocalizedText } from '../model/text';
import { tierOf } from '../model/catalog';
import type { Occupation } from '../model/occupation';

/**
 * "Explore from where you are" (issue #15, docs/occupations.md): the built-in roles and O*NET
 * occupations closest to the person's levels by skill overlap, not by title. Closeness is the
 * core readiness of the readiness formula (the share of the entry-level requirements, weighted by
 * importance, the person already meets), so the figure shown is the one every other screen shows.
 * Hours to ready need the planner and are computed by the caller for the few it displays.
 */

export interface Destination {
  kind: 'role' | 'occupation';
  /** Role id, or O*NET code. */
  id: string;
  title: LocalizedText;
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
}

/** A destination "has courses" when the catalog reaches at least this share of its core. */
export const COURSE_COVERAGE_FLOOR = 0.5;
export const DEFAULT_CLOSEST_LIMIT = 30;

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
 * Best first: highest core readiness, then highest full readiness, then related to the person's
 * job, then built-in roles before occupations, then by id, so the order is total and stable.
 * Occupations without requirements (O*NET rates no skills for them) are left out: nothing to
 * measure closeness by.
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

  const found: Destination[] = [];
  const consider = (destination: Omit<Destination, 'readiness' | 'coreReadiness' | 'courseCoverage'>, requirements: readonly Requirement[]) => {
    const courseCoverage = coverageOf(requirements, taught);
    if (options.withCourses && courseCoverage < COURSE_COVERAGE_FLOOR) return;
    found.push({ ...destination, ...readinessFigures(levels, requirements), courseCoverage });
  };
  for (const role of catalog.roles) {
    if (role.custom) continue;
    consider({ kind: 'role', id: role.id, title: role.title, relatedToYourJob: role.onetCodes.some((code) => related.has(code)) }, role.requirements);
  }
  for (const occupation of occupations) {
    if (occupation.requirements.length === 0 || own.has(occupation.code)) continue;
    if (zones && (occupation.jobZone === undefined || !zones.has(occupation.jobZone))) continue;
    consider(
      {
        kind: 'occupation',
        id: occupation.code,
        title: occupation.title,
        relatedToYourJob: related.has(occupation.code),
        ...(occupation.jobZone !== undefined ? { jobZone: occupation.jobZone } : {}),
      },
      occupation.requirements,
    );
  }
  found.sort(
    (a, b) =>
      b.coreReadiness - a.coreReadiness ||
      b.readiness - a.readiness ||
      Number(b.relatedToYourJob) - Number(a.relatedToYourJob) ||
      Number(a.kind === 'occupation') - Number(b.kind === 'occupation') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return found.slice(0, options.limit ?? DEFAULT_CLOSEST_LIMIT);
}
