import { useCallback, useEffect, useRef, useState } from 'react';
import { ProfileSchema, type Profile } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { profileIssues, type ProfileField, type ProfileIssues } from './profileIssues';

export interface ProfileDraft {
  /** What the editor shows: the saved profile, or the person's edit while part of it is invalid. */
  profile: Profile;
  issues: ProfileIssues;
  /** Applies a change: saved (debounced by the provider) when valid, held on screen when not. */
  apply: (change: (current: Profile) => Profile) => void;
}

function withFieldsFrom(target: Profile, source: Profile, fields: ProfileField[]): Profile {
  const result: Record<string, unknown> = { ...target };
  for (const field of fields) {
    if (source[field] === undefined) delete result[field];
    else result[field] = source[field];
  }
  return result as Profile;
}

/**
 * Autosave with validation. An invalid field (say a target date before the start date) is shown
 * with its message and never written; the other fields of the same edit still save, with the
 * invalid one kept at its last saved value.
 */
export function useProfileDraft(saved: Profile): ProfileDraft {
  const { updateProfile } = useAppData();
  const [invalid, setInvalid] = useState<{ draft: Profile; issues: ProfileIssues } | null>(null);
  const shown = invalid?.draft ?? saved;
  // Changes chain on the latest edit even when several land before the next render (e.g. undo).
  const latest = useRef(shown);
  const latestSaved = useRef(saved);
  useEffect(() => {
    latest.current = shown;
    latestSaved.current = saved;
  }, [shown, saved]);

  const apply = useCallback(
    (change: (current: Profile) => Profile) => {
      const next = change(latest.current);
      latest.current = next;
      const checked = ProfileSchema.safeParse(next);
      if (checked.success) {
        setInvalid(null);
        latestSaved.current = next;
        updateProfile(next);
        return;
      }
      const issues = profileIssues(checked.error);
      setInvalid({ draft: next, issues });
      const held = Object.keys(issues) as ProfileField[];
      // "Target before start" spans both dates: the calendar only lets it happen by moving the
      // start past the target, so both stay at their saved values until the person fixes one.
      if (issues.targetDate && !held.includes('startDate')) held.push('startDate');
      const salvaged = withFieldsFrom(next, latestSaved.current, held);
      if (ProfileSchema.safeParse(salvaged).success && JSON.stringify(salvaged) !== JSON.stringify(latestSaved.current)) {
        latestSaved.current = salvaged;
        updateProfile(salvaged);
      }
    },
    [updateProfile],
  );

  return { profile: shown, issues: invalid?.issues ?? {}, apply };
}
