import type { Level, Profile } from '../../../../core';

/** Sets one skill's level, adding the rating when the skill had none; notes are kept. */
export function withSkillLevel(profile: Profile, skillId: string, level: Level): Profile {
  const exists = profile.skills.some((rating) => rating.skillId === skillId);
  return {
    ...profile,
    skills: exists
      ? profile.skills.map((rating) => (rating.skillId === skillId ? { ...rating, level } : rating))
      : [...profile.skills, { skillId, level }],
  };
}
