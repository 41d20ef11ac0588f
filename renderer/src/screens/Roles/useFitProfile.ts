import { useCallback, useEffect, useMemo, useRef } from 'react';
import { fitProfileOf, rateSkill, studyLanguagesOf, type FitProfile, type Level, type Profile } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useToday } from '../../data/useToday';
import { useI18n } from '../../i18n';

const NO_SKILLS: Profile['skills'] = [];

/**
 * The languages the person studies in (studyLanguagesOf: their choice, else the app's language
 * plus English), as an array that stays the same while the choice does, so memos keyed on it hold.
 */
export function useStudyLanguages(profile: Pick<Profile, 'studyLanguages'> | null): readonly string[] {
  const { locale } = useI18n();
  const key = studyLanguagesOf(profile ?? {}, locale).join(',');
  return useMemo(() => key.split(','), [key]);
}

export interface FitInputs {
  profile: Profile | null;
  /**
   * What the analysis reads; a new object only when the skills, the background, the jobs or the
   * study languages change.
   */
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
  const occupations = profile?.occupations;
  const languages = useStudyLanguages(profile);
  const fitProfile = useMemo(() => fitProfileOf({ skills, background, occupations }, languages), [skills, background, occupations, languages]);
  const nothingRated = useMemo(() => !skills.some((rating) => rating.level > 0), [skills]);
  return { profile, fitProfile, nothingRated };
}

/**
 * Sets one skill's level in the profile, dated today (rateSkill), debounced to disk by the
 * provider. Edits chain on the latest profile: two changes can land before the next render, and
 * the second must build on the first, not on the profile of the last render.
 */
export function useLevelChange(profile: Profile | null): (skillId: string, level: Level) => void {
  const { updateProfile } = useAppData();
  const today = useToday();
  const latestRef = useRef(profile);
  useEffect(() => {
    latestRef.current = profile;
  }, [profile]);
  return useCallback(
    (skillId: string, level: Level) => {
      const current = latestRef.current;
      if (!current) return;
      const next = rateSkill(current, skillId, level, today);
      if (next === current) return;
      latestRef.current = next;
      updateProfile(next);
    },
    [updateProfile, today],
  );
}
