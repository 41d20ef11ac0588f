import { describe, expect, it } from 'vitest';
import type { Catalog, Role } from '../../../core/model/catalog';
import { effectiveLevels, needsOf } from '../../../core/planning/needs';
import { catalogOf, role, skill } from './fixtures';

/** A role whose requirements carry the given tiers (undefined: no tier, which counts as core). */
function tiered(id: string, requirements: Array<[string, number, number, 'core' | 'plus' | undefined]>): Role {
  const made = role(id, requirements.map(([skillId, level, importance]) => [skillId, level, importance]));
  made.requirements.forEach((requirement, index) => {
    const tier = requirements[index][3];
    if (tier !== undefined) requirement.tier = tier;
  });
  return made;
}

const withProfiles: Catalog = {
  ...catalogOf([skill('sheets'), skill('sql'), skill('crm'), skill('python')], [], []),
  backgroundProfiles: [
    {
      background: 'sales',
      onetCode: '41-4012.00',
      skills: [
        { skillId: 'sheets', level: 2, basis: 'O*NET 41-4012.00: Spreadsheet software, In Demand' },
        { skillId: 'sql', level: 1, basis: 'test: sql' },
        { skillId: 'crm', level: 3, basis: 'test: crm' },
      ],
    },
    { background: 'education', onetCode: '25-2031.00', skills: [{ skillId: 'python', level: 1, basis: 'test: python' }] },
  ],
};

describe('effectiveLevels (docs/advice.md "Unrated is unknown")', () => {
  it('counts a rating over the assumption, keeps a rating of 0 at 0, and assumes the rest from the background', () => {
    const { levels, assumed } = effectiveLevels(
      {
        background: 'sales',
        skills: [
          { skillId: 'sql', level: 3 },
          { skillId: 'crm', level: 0 },
        ],
      },
      withProfiles,
    );
    expect(levels).toEqual(
      new Map([
        ['sql', 3],
        ['crm', 0],
        ['sheets', 2],
      ]),
    );
    // Only the unrated skill is an assumption, with its basis and background.
    expect([...assumed]).toEqual([
      ['sheets', { skillId: 'sheets', level: 2, basis: 'O*NET 41-4012.00: Spreadsheet software, In Demand', background: 'sales' }],
    ]);
  });

  it("takes each background's own profile, and assumes nothing for 'other', no background or a catalog without profiles", () => {
    const education = effectiveLevels({ background: 'education', skills: [] }, withProfiles);
    expect(education.levels).toEqual(new Map([['python', 1]]));
    expect([...education.assumed.keys()]).toEqual(['python']);
    for (const person of [
      { background: 'other' as const, skills: [{ skillId: 'sql', level: 2 as const }] },
      { skills: [{ skillId: 'sql', level: 2 as const }] },
    ]) {
      const result = effectiveLevels(person, withProfiles);
      expect(result.levels).toEqual(new Map([['sql', 2]]));
      expect(result.assumed.size).toBe(0);
    }
    const bare = effectiveLevels({ background: 'sales', skills: [] }, { ...withProfiles, backgroundProfiles: undefined });
    expect(bare.levels.size).toBe(0);
    expect(bare.assumed.size).toBe(0);
  });

  it('suggests levels from the jobs the person named: the highest suggestion wins, a job wins a tie, a rating wins over all', () => {
    const paralegal = {
      code: '23-2011.00',
      suggested: [
        { skillId: 'sheets', level: 2 as const, basis: 'job: sheets' },
        { skillId: 'crm', level: 1 as const, basis: 'job: crm' },
        { skillId: 'python', level: 2 as const, basis: 'job: python' },
      ],
    };
    const { levels, assumed } = effectiveLevels(
      { background: 'sales', skills: [{ skillId: 'python', level: 0 }], occupations: [paralegal] },
      withProfiles,
    );
    // sheets: the background and the job both say 2, the job is the more specific basis.
    expect(assumed.get('sheets')).toEqual({ skillId: 'sheets', level: 2, basis: 'job: sheets', occupationCode: '23-2011.00' });
    // crm: the background's 3 beats the job's 1.
    expect(assumed.get('crm')).toEqual({ skillId: 'crm', level: 3, basis: 'test: crm', background: 'sales' });
    // python: rated 0 by the person, so no suggestion applies.
    expect(levels.get('python')).toBe(0);
    expect(assumed.has('python')).toBe(false);
    expect(levels.get('sql')).toBe(1);
  });

  it('takes the highest suggestion across several jobs, without a background', () => {
    const first = { code: '11-1111.00', suggested: [{ skillId: 'sql', level: 1 as const, basis: 'first' }] };
    const second = { code: '22-2222.00', suggested: [{ skillId: 'sql', level: 3 as const, basis: 'second' }] };
    const { levels, assumed } = effectiveLevels({ skills: [], occupations: [first, second] }, withProfiles);
    expect(levels).toEqual(new Map([['sql', 3]]));
    expect(assumed.get('sql')?.occupationCode).toBe('22-2222.00');
  });

  it('keeps the first rating of a skill rated twice', () => {
    const { levels } = effectiveLevels(
      {
        skills: [
          { skillId: 'sql', level: 1 },
          { skillId: 'sql', level: 4 },
        ],
      },
      withProfiles,
    );
    expect(levels.get('sql')).toBe(1);
  });
});

describe('needsOf', () => {
  const analyst = tiered('analyst', [
    ['sql', 2, 5, 'core'],
    ['python', 3, 3, 'plus'],
    ['sheets', 2, 4, undefined],
  ]);
  const engineer = tiered('engineer', [
    ['sql', 3, 3, 'core'],
    ['sheets', 4, 5, 'plus'],
    ['python', 2, 4, 'core'],
  ]);

  it("keeps only the core requirements with scope 'core' (no tier counts as core) and every one with 'full'", () => {
    expect(needsOf([analyst], 'core')).toEqual([
      { skillId: 'sheets', level: 2, importance: 4 },
      { skillId: 'sql', level: 2, importance: 5 },
    ]);
    expect(needsOf([analyst], 'full')).toEqual([
      { skillId: 'python', level: 3, importance: 3 },
      { skillId: 'sheets', level: 2, importance: 4 },
      { skillId: 'sql', level: 2, importance: 5 },
    ]);
  });

  it('asks one need per skill across roles: the highest level and importance within the scope, sorted by skill id', () => {
    // python: plus 3 in analyst, core 2 in engineer; sheets: core 2 in analyst, plus 4 in engineer.
    expect(needsOf([analyst, engineer], 'core')).toEqual([
      { skillId: 'python', level: 2, importance: 4 },
      { skillId: 'sheets', level: 2, importance: 4 },
      { skillId: 'sql', level: 3, importance: 5 },
    ]);
    expect(needsOf([engineer, analyst], 'full')).toEqual([
      { skillId: 'python', level: 3, importance: 4 },
      { skillId: 'sheets', level: 4, importance: 5 },
      { skillId: 'sql', level: 3, importance: 5 },
    ]);
    expect(needsOf([], 'full')).toEqual([]);
  });

  it('gives nothing in the core scope for a role with only plus requirements', () => {
    expect(needsOf([tiered('senior', [['sql', 4, 3, 'plus']])], 'core')).toEqual([]);
  });
});
