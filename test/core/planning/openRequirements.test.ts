import { describe, expect, it } from 'vitest';
import { ChosenLevels } from '../../../core/planning/chosenLevels';
import { plannerIndexFor } from '../../../core/planning/courseFacts';
import { EXPECTED_SKILL_IMPORTANCE, minutesStillNeeded, OpenRequirements, stuckExpectations } from '../../../core/planning/openRequirements';
import { Teachers } from '../../../core/planning/teachers';
import { catalogOf, course, skill } from './fixtures';

const index = plannerIndexFor(
  catalogOf(
    [skill('git'), skill('python'), skill('sql'), skill('stats')],
    [],
    [
      course('python-basics', 1, [['python', 2]]),
      course('sql-basics', 2, [['sql', 2]]),
      // Teaches python and expects it: it must not meet its own expectation.
      course('python-more', 3, [['python', 3]], [['python', 2], ['git', 1]]),
      course('stats-with-sql', 4, [['stats', 3]], [['sql', 3]]),
      // Two courses waiting on each other.
      course('loop-a', 1, [['git', 2]], [['stats', 1]]),
      course('loop-b', 1, [['stats', 1]], [['git', 2]]),
    ],
  ),
);
const facts = (id: string) => index.byId.get(id)!;
const number = (skillId: string) => index.skillNumbers.get(skillId)!;
const haveOf = (levels: Record<string, number>) => index.skillIds.map((skillId) => levels[skillId] ?? 0);
const readable = (open: OpenRequirements) => open.list.map(({ skill: at, level, weight }) => [index.skillIds[at], level, weight]);

describe('OpenRequirements', () => {
  const have = haveOf({ sql: 1 });
  const needs = [
    { skill: number('sql'), level: 3, importance: 5 },
    { skill: number('stats'), level: 2, importance: 4 },
  ];

  it('lists the needs not reached, then what chosen courses expect that nothing else gives, one per skill', () => {
    const chosen = new ChosenLevels(have, [facts('python-more'), facts('stats-with-sql')]);
    const open = new OpenRequirements(have).collect(needs, chosen);
    expect(readable(open)).toEqual([
      // The need and the expectation of sql 3 merge: the highest level, the largest weight.
      ['sql', 3, 5 * 2],
      ['python', 2, EXPECTED_SKILL_IMPORTANCE * 2],
      ['git', 1, EXPECTED_SKILL_IMPORTANCE * 1],
    ]);
    expect(open.get(number('sql'))?.level).toBe(3);
    expect(open.get(number('stats'))).toBeUndefined();
  });

  it('forgets the previous requirements when filled again', () => {
    const open = new OpenRequirements(have);
    open.collect(needs, new ChosenLevels(have, [facts('python-more')]));
    open.collect(needs, new ChosenLevels(have, [facts('python-basics'), facts('stats-with-sql'), facts('sql-basics')]));
    expect(readable(open)).toEqual([['sql', 3, 10]]);
    expect(open.get(number('python'))).toBeUndefined();
    expect(open.size).toBe(1);
  });
});

describe('stuckExpectations', () => {
  it('is empty when the courses can go one after the other', () => {
    expect(stuckExpectations(haveOf({ git: 1 }), [facts('python-more'), facts('python-basics')])).toEqual([]);
  });

  it('names what courses waiting on each other expect', () => {
    const stuck = stuckExpectations(haveOf({}), [facts('loop-a'), facts('loop-b'), facts('python-basics')]);
    expect(stuck.map(({ skill: at, level }) => [index.skillIds[at], level])).toEqual([
      ['stats', 1],
      ['git', 2],
    ]);
  });
});

describe('Teachers and minutesStillNeeded', () => {
  const bySkill = index.skillIds.map((skillId) => index.courses.filter((entry) => entry.teaches.has(skillId)).sort((a, b) => a.minutes - b.minutes));
  const teachers = new Teachers(bySkill);

  it('lists the courses reaching a level, shortest first', () => {
    expect(teachers.reaching(number('python'), 2).map((entry) => entry.course.id)).toEqual(['python-basics', 'python-more']);
    expect(teachers.reaching(number('python'), 3).map((entry) => entry.course.id)).toEqual(['python-more']);
    expect(teachers.reaching(number('python'), 4)).toEqual([]);
    expect(teachers.cheapest(number('python'), 2)).toBe(60);
    expect(teachers.cheapest(number('python'), 4)).toBe(0);
    expect(teachers.mostSkillsTaught(number('python'), 2)).toBe(1);
  });

  it('bounds the minutes still needed by the dearest requirement and by shares', () => {
    const have = haveOf({});
    const open = new OpenRequirements(have).collect(
      [
        { skill: number('python'), level: 3, importance: 3 },
        { skill: number('sql'), level: 2, importance: 3 },
      ],
      new ChosenLevels(have),
    );
    expect(minutesStillNeeded(open, teachers)).toBe(180 + 120);
  });
});
