import { withSkillLevel } from '../../../../renderer/src/screens/Roles/profileLevels';
import { supportProfile } from './fixtures';

describe('withSkillLevel', () => {
  it('changes a rated skill and keeps its note', () => {
    const next = withSkillLevel(supportProfile, 'python-programming', 4);
    expect(next.skills[0]).toEqual({ skillId: 'python-programming', level: 4, note: 'Scripts at work' });
    expect(supportProfile.skills[0].level).toBe(2);
  });

  it('adds a rating for a skill not rated yet', () => {
    expect(withSkillLevel(supportProfile, 'data-labeling', 1).skills.at(-1)).toEqual({ skillId: 'data-labeling', level: 1 });
  });
});
