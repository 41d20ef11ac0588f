import { useEffect, useMemo, useRef } from 'react';
import type { FitProfile, Profile } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';

const NO_SKILLS: Profile['skills'] = [];

export interface FitInputs {
  profile: Profile | null;
  /** What the analysis reads; a new object only when the skills or the background change. */
  fitProfile: FitProfile;
  /** True while no skill has a level above 0. */
  nothingRated: boolean;
}

/** The analysis input from the stored profile (an empty one before onboarding). */
export function useFitProfile(): FitInputs {
  const { data } = useAppData();
  const profile = data.profile;
  const skills = profile?.skills ?? NO_SKILLS;
  const background = profile?.background ?? 'other';
  const fitProfile = useMemo(() => ({ skills, background }), [skills, background]);
  const nothingRated = useMemo(() => !skills.some((rating) => rating.level > 0), [skills]);
  return { profile, fitProfile, nothingRated };
}

/**
 * The latest profile for chained edits: two level changes can land before the next render, and
 * the second must build on the first, not on the profile of the last render.
 */
export function useLatestProfile(profile: Profile | null) {
  const latest = useRef(profile);
  useEffect(() => {
    latest.current = profile;
  }, [profile]);
  return latest;
}
