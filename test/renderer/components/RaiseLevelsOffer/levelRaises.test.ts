import { applyRaises, levelRaises } from '../../../../renderer/src/components/RaiseLevelsOffer/levelRaises';

describe('levelRaises', () => {
  const course = {
    teaches: [
      { skillId: 'python-programming', level: 3 as const },
      { skillId: 'prompt-design', level: 2 as const },
      { skillId: 'data-labeling', level: 1 as const },
    ],
  };

  it('raises only the skills taught above the person’s level, up to the taught level', () => {
    const profile = {
      skills: [
        { skillId: 'python-programming', level: 1 as const },
        { skillId: 'data-labeling', level: 3 as const },
      ],
    };
    expect(levelRaises(profile, course)).toEqual([
      { skillId: 'python-programming', from: 1, to: 3 },
      { skillId: 'prompt-design', from: 0, to: 2 },
    ]);
  });

  it('never lowers a level and keeps notes of evidence', () => {
    const profile = {
      skills: [
        { skillId: 'python-programming', level: 1 as const, note: 'scripts at work' },
        { skillId: 'data-labeling', level: 3 as const },
      ],
    };
    const raised = applyRaises(profile, levelRaises(profile, course));
    expect(raised.skills).toEqual([
      { skillId: 'python-programming', level: 3, note: 'scripts at work' },
      { skillId: 'data-labeling', level: 3 },
      { skillId: 'prompt-design', level: 2 },
    ]);
    expect(applyRaises(raised, [{ skillId: 'data-labeling', from: 0, to: 1 }]).skills[1].level).toBe(3);
  });

  it('dates each raised rating with the day the person accepts, and only those', () => {
    const profile = {
      skills: [
        { skillId: 'python-programming', level: 1 as const, ratedOn: '2026-01-10' },
        { skillId: 'data-labeling', level: 3 as const, ratedOn: '2026-01-10' },
      ],
    };
    const raised = applyRaises(profile, levelRaises(profile, course), '2026-12-05');
    expect(raised.skills).toEqual([
      { skillId: 'python-programming', level: 3, ratedOn: '2026-12-05' },
      { skillId: 'data-labeling', level: 3, ratedOn: '2026-01-10' },
      { skillId: 'prompt-design', level: 2, ratedOn: '2026-12-05' },
    ]);
    expect(applyRaises(raised, [{ skillId: 'data-labeling', from: 0, to: 1 }], '2026-12-06')).toBe(raised);
  });
});
