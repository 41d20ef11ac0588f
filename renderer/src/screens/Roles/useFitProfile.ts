import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FitProfile, Level, Profile } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { withSkillLevel } from './profileLevels';

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
 * Sets one skill's level in the profile, debounced to disk by the provider. Edits chain on the
 * latest profile: two changes can land before the next render, and the second must build on the
 * first, not on the profile of the last render.
 */
export function useLevelChange(profile: Profile | null): (skillId: string, level: Level) => void {
  const { updateProfile } = useAppData();
  const latestRef = useRef(profile);
  useEffect(() => {
    latestRef.current = profile;
  }, [profile]);
  return useCallback(
    (skillId: string, level: Level) => {
      const current = latestRef.current;
      if (!current) return;
      const next = withSkillLevel(current, skillId, level);
      latestRef.current = next;
      updateProfile(next);
    },
    [updateProfile],
  );
}
