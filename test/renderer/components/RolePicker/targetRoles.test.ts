import { ProfileSchema, type Profile } from '../../../../core';
import { MAX_TARGET_ROLES } from '../../../../renderer/src/components/RolePicker/targetRoles';

const profileWith = (count: number): Profile => ({
  name: 'Ana',
  background: 'sales',
  skills: [],
  targetRoleIds: Array.from({ length: count }, (_, index) => `role-${index + 1}`),
  weeklyHours: 5,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
});

describe('MAX_TARGET_ROLES', () => {
  it('is five, the limit onboarding and the profile share', () => {
    expect(MAX_TARGET_ROLES).toBe(5);
  });

  it('stays within what the profile schema stores', () => {
    expect(ProfileSchema.safeParse(profileWith(MAX_TARGET_ROLES)).success).toBe(true);
  });
});
