import { rateSkill, type Course, type IsoDate, type Level, type Profile } from '../../../../core';

export interface LevelRaise {
  skillId: string;
  from: Level;
  to: Level;
}

/**
 * The skills a finished course lifts: each skill it teaches above the level the person gave it,
 * up to the taught level. Never lowers a level.
 */
export function levelRaises(profile: Pick<Profile, 'skills'>, course: Pick<Course, 'teaches'>): LevelRaise[] {
  const raises = new Map<string, LevelRaise>();
  for (const taught of course.teaches) {
    const have = (profile.skills.find((rating) => rating.skillId === taught.skillId)?.level ?? 0) as Level;
    const previous = raises.get(taught.skillId);
    const to = Math.max(taught.level, previous?.to ?? 0) as Level;
    if (to > have) raises.set(taught.skillId, { skillId: taught.skillId, from: have, to });
  }
  return [...raises.values()];
}

/**
 * The profile with those raises applied, levels only raised, notes of evidence kept. `today` is
 * the day the person accepts them: each raised rating is dated through rateSkill, or the rating
 * history would not record it. Without it the result is a projection that is never saved (the
 * progress screen's "once the plan is finished"), so there is no day to give it.
 */
export function applyRaises<P extends Pick<Profile, 'skills'>>(profile: P, raises: readonly LevelRaise[], today?: IsoDate): P {
  let raised = profile;
  for (const raise of raises) {
    const rating = raised.skills.find((candidate) => candidate.skillId === raise.skillId);
    if (rating && rating.level >= raise.to) continue;
    raised = today === undefined ? projected(raised, raise) : rateSkill(raised, raise.skillId, raise.to, today);
  }
  return raised;
}

function projected<P extends Pick<Profile, 'skills'>>(profile: P, raise: LevelRaise): P {
  const rated = profile.skills.some((rating) => rating.skillId === raise.skillId);
  const skills = rated
    ? profile.skills.map((rating) => (rating.skillId === raise.skillId ? { ...rating, level: raise.to } : rating))
    : [...profile.skills, { skillId: raise.skillId, level: raise.to }];
  return { ...profile, skills };
}
