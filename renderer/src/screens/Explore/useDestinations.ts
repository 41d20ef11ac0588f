import { useMemo } from 'react';
import { analyzeFit, effectiveLevels, type Catalog, type FitProfile, type IsoDate, type Role } from '../../../../core';
import { closestDestinations, type Destination } from '../../../../core/occupations/closest';
import { roleFromOccupation } from '../../../../core/occupations/asRole';
import type { LoadedOccupations } from '../../data/useOccupations';

export interface ExploreFilters {
  jobZones: number[];
  withCourses: boolean;
  shown: number;
}

export interface DestinationRow extends Destination {
  /** The role the hours and the target come from: the built-in one, or the occupation as the person's own. */
  role: Role;
  corePercent: number;
  hoursToReady: number;
  uncoveredCount: number;
}

/**
 * The closest destinations for the person, ranked by core readiness over every role and
 * occupation (cheap), then analysed in full, planner included, for the rows on screen only: hours
 * to ready are the role card's figure (analyzeFit), for a few dozen rows rather than a thousand.
 */
export function useDestinations(
  fitProfile: FitProfile,
  catalog: Catalog,
  occupations: LoadedOccupations | null,
  filters: ExploreFilters,
  today: IsoDate,
): DestinationRow[] | null {
  const levels = useMemo(() => effectiveLevels(fitProfile, catalog).levels, [fitProfile, catalog]);
  const ownCodes = useMemo(() => fitProfile.occupations?.map((choice) => choice.code) ?? [], [fitProfile.occupations]);
  const ranked = useMemo(
    () =>
      occupations
        ? closestDestinations(levels, catalog, occupations.catalog.occupations, {
            jobZones: filters.jobZones,
            withCourses: filters.withCourses,
            ownCodes,
            limit: filters.shown,
          })
        : null,
    [levels, catalog, occupations, filters.jobZones, filters.withCourses, filters.shown, ownCodes],
  );
  return useMemo(() => {
    if (!ranked || !occupations) return null;
    const rolesById = new Map(catalog.roles.map((role) => [role.id, role]));
    return ranked.flatMap((destination): DestinationRow[] => {
      const occupation = destination.kind === 'occupation' ? occupations.byCode.get(destination.id) : undefined;
      const role = destination.kind === 'role' ? rolesById.get(destination.id) : occupation ? roleFromOccupation(occupation, today) : null;
      if (!role) return [];
      const fit = analyzeFit(fitProfile, role, catalog);
      return [{ ...destination, role, corePercent: fit.coreExplanation.percent, hoursToReady: fit.hoursToReady, uncoveredCount: fit.uncoveredSkillIds.length }];
    });
  }, [ranked, occupations, catalog, fitProfile, today]);
}
