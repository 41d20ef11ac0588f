import { describe, expect, it } from 'vitest';
import { ChosenLevels } from '../../../core/planning/chosenLevels';
import { plannerIndexFor } from '../../../core/planning/courseFacts';
import { catalogOf, course, skill } from './fixtures';

// Hours chosen so the minutes below read as in the course: 60, 600 and 120.
const index = plannerIndexFor(
  catalogOf(
    [skill('python'), skill('sql')],
    [],
    [
      course('intro', 1, [
        ['python', 2],
        ['sql', 1],
      ]),
      course('deep', 10, [['python', 4]]),
      course('other', 2, [
        ['python', 4],
        ['sql', 3],
      ]),
    ],
  ),
);
const facts = (id: string) => index.byId.get(id)!;
const number = (skillId: string) => index.skillNumbers.get(skillId)!;
/** The person's levels by skill number. */
const haveOf = (levels: Record<string, number>) => index.skillIds.map((skillId) => levels[skillId] ?? 0);

describe('ChosenLevels', () => {
  const have = haveOf({ sql: 2 });
  const intro = facts('intro');
  const deep = facts('deep');
  const other = facts('other');
  const python = number('python');
  const sql = number('sql');

  it('gives the best of the person and the chosen courses, and the same without one course', () => {
    const levels = new ChosenLevels(have, [intro, deep]);
    expect(levels.level(python)).toBe(4);
    expect(levels.level(sql)).toBe(2);
    expect(levels.levelWithout(python, deep)).toBe(2);
    expect(levels.levelWithout(python, intro)).toBe(4);
    // The person's own level stays when the course leaves.
    expect(levels.levelWithout(sql, intro)).toBe(2);
    expect(levels.minutes).toBe(660);
  });

  it('keeps a level two courses teach when one of them leaves', () => {
    const levels = new ChosenLevels(have, [deep, other]);
    expect(levels.levelWithout(python, deep)).toBe(4);
    expect(levels.levelWithout(sql, other)).toBe(2);
  });

  it('undoes an add with a remove, in any order', () => {
    const levels = new ChosenLevels(have);
    levels.add(intro);
    levels.add(other);
    levels.add(deep);
    levels.remove(other);
    expect(levels.courses).toEqual([intro, deep]);
    expect(levels.has(other)).toBe(false);
    expect(levels.has(deep)).toBe(true);
    expect(levels.level(sql)).toBe(2);
    expect(levels.minutes).toBe(660);
    levels.remove(deep);
    levels.remove(intro);
    expect(levels.level(python)).toBe(0);
    expect(levels.minutes).toBe(0);
    // Removing what is not chosen changes nothing.
    levels.remove(deep);
    expect(levels.courses).toEqual([]);
  });
});
