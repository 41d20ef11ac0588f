import fc from 'fast-check';
import type { Level } from '../../../core/model/level';
import { rateSkill, type SkillRating } from '../../../core/model/profile';

const TODAY = '2026-12-05';

describe('rateSkill', () => {
  const skills: SkillRating[] = [
    { skillId: 'python-programming', level: 2, note: 'Scripts at work', ratedOn: '2026-03-01' },
    { skillId: 'prompt-design', level: 1 },
  ];
  const profile = { skills };

  it('stamps a changed level with today and keeps its note', () => {
    const next = rateSkill(profile, 'python-programming', 3, TODAY);
    expect(next.skills[0]).toEqual({ skillId: 'python-programming', level: 3, note: 'Scripts at work', ratedOn: TODAY });
    expect(next.skills[1]).toBe(skills[1]);
    expect(profile.skills[0].level).toBe(2);
  });

  it('dates a rating that had no date (saved before ratings were dated)', () => {
    expect(rateSkill(profile, 'prompt-design', 0, TODAY).skills[1]).toEqual({ skillId: 'prompt-design', level: 0, ratedOn: TODAY });
  });

  it('adds a dated rating for a skill not rated yet', () => {
    expect(rateSkill(profile, 'data-labeling', 0, TODAY).skills.at(-1)).toEqual({ skillId: 'data-labeling', level: 0, ratedOn: TODAY });
  });

  it('leaves the profile itself when the level does not change, so the first date stands', () => {
    expect(rateSkill(profile, 'python-programming', 2, TODAY)).toBe(profile);
  });

  it('removes the rating for null, and ignores removing a skill that is not rated', () => {
    expect(rateSkill(profile, 'python-programming', null, TODAY).skills).toEqual([skills[1]]);
    expect(rateSkill(profile, 'data-labeling', null, TODAY)).toBe(profile);
  });

  it('keeps the other fields of the profile', () => {
    const full = { name: 'Ana', skills };
    expect(rateSkill(full, 'prompt-design', 4, TODAY).name).toBe('Ana');
  });

  it('always leaves the skill at the level asked, rated once, and dated today exactly when it changed', () => {
    const ids = ['a', 'b', 'c'];
    const levelArb = fc.constantFrom<Level | null>(null, 0, 1, 2, 3, 4);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom<Level>(0, 1, 2, 3, 4)), { selector: ([id]) => id }),
        fc.constantFrom(...ids),
        levelArb,
        (ratings, skillId, level) => {
          const before = { skills: ratings.map(([id, value]) => ({ skillId: id, level: value, ratedOn: '2026-01-01' })) };
          const after = rateSkill(before, skillId, level, TODAY);
          const rating = after.skills.filter((entry) => entry.skillId === skillId);
          const had = before.skills.find((entry) => entry.skillId === skillId);
          if (level === null) expect(rating).toEqual([]);
          else expect(rating).toEqual([{ skillId, level, ratedOn: had?.level === level ? '2026-01-01' : TODAY }]);
          // Every other rating is untouched.
          expect(after.skills.filter((entry) => entry.skillId !== skillId)).toEqual(before.skills.filter((entry) => entry.skillId !== skillId));
        },
      ),
      { numRuns: 300 },
    );
  });
});
