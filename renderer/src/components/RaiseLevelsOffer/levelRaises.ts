import type { Course, Level, Profile } from '../../../../core';

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

/** The profile with those raises applied; notes of evidence are kept. */
export function applyRaises<P extends Pick<Profile, 'skills'>>(profile: P, raises: readonly LevelRaise[]): P {
  const skills = profile.skills.map((rating) => {
    const raise = raises.find((candidate) => candidate.skillId === rating.skillId);
    return raise && raise.to > rating.level ? { ...rating, level: raise.to } : rating;
  });
  for (const raise of raises) {
    if (!skills.some((rating) => rating.skillId === raise.skillId)) skills.push({ skillId: raise.skillId, level: raise.to });
  }
  return { ...profile, skills };
}
