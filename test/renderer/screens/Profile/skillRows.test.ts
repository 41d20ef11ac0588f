import type { Profile } from '../../../../core';
import { skillsNeededBy } from '../../../../renderer/src/components/SkillRatingList/skillNeeds';
import {
  neededRows,
  ratedRows,
  withNote,
  withSkillsAdded,
} from '../../../../renderer/src/screens/Profile/skillRows';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const profile: Profile = {
  name: '',
  background: 'other',
  skills: [
    { skillId: 'python-programming', level: 2, note: 'Scripts' },
    { skillId: 'retired-skill', level: 3 },
  ],
  targetRoleIds: ['data-annotator'],
  weeklyHours: 5,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2026-12-01',
};

const context = {
  catalog: smallCatalog,
  needed: skillsNeededBy(smallCatalog, profile.targetRoleIds),
  locale: 'en' as const,
  missingDescription: { en: 'gone', fr: 'disparue' },
};

describe('profile skill rows', () => {
  it('lists every rating, keeping one whose skill left the matrix under its id', () => {
    const rows = ratedRows(profile, context);
    expect(rows.map((row) => row.skill.name.en)).toEqual(['Python programming', 'retired-skill']);
    expect(rows[1].skill.description.en).toBe('gone');
    expect(rows.every((row) => row.rated)).toBe(true);
  });

  it('lists the needed skills with the person’s level or 0, and what each role asks', () => {
    const rows = neededRows({ ...profile, skills: [{ skillId: 'prompt-design', level: 1 }] }, context);
    expect(rows.map((row) => [row.skill.id, row.level, row.rated])).toEqual([
      ['data-labeling', 0, false],
      ['prompt-design', 1, true],
    ]);
    expect(rows[0].needs).toEqual([{ roleTitle: 'Data annotator', level: 2 }]);
  });

  it('drops an emptied note instead of storing ""', () => {
    expect(withNote(profile, 'python-programming', '  ').skills[0]).toEqual({ skillId: 'python-programming', level: 2 });
    expect(withNote(profile, 'python-programming', 'Two apps').skills[0].note).toBe('Two apps');
  });

  it('adds only skills not rated yet, at level 0, dated today', () => {
    const added = withSkillsAdded(profile, ['python-programming', 'data-labeling'], '2026-12-05');
    expect(added.skills.map((rating) => [rating.skillId, rating.level])).toEqual([
      ['python-programming', 2],
      ['retired-skill', 3],
      ['data-labeling', 0],
    ]);
    expect(added.skills[2].ratedOn).toBe('2026-12-05');
    expect(added.skills[0]).toBe(profile.skills[0]);
    expect(withSkillsAdded(profile, ['python-programming'], '2026-12-05')).toBe(profile);
  });
});
