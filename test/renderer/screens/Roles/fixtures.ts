import type { Profile } from '../../../../core';

/**
 * A person from customer support who rated Python 2 and prompt design 1. Against the small
 * catalog: AI engineer 13 of 33 points (39%), data annotator 2 of 12 points (16%).
 */
export const supportProfile: Profile = {
  name: 'Ana',
  background: 'customer-support',
  skills: [
    { skillId: 'python-programming', level: 2, note: 'Scripts at work' },
    { skillId: 'prompt-design', level: 1 },
  ],
  targetRoleIds: [],
  weeklyHours: 6,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
};

export const unratedProfile: Profile = { ...supportProfile, skills: [] };
