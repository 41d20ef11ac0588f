import { describe, expect, it } from 'vitest';
import { ChosenLevels } from '../../../core/planning/chosenLevels';
import type { CourseFacts } from '../../../core/planning/courseFacts';
import { course } from './fixtures';

function facts(id: string, minutes: number, teaches: Array<[string, number]>): CourseFacts {
  return { course: course(id, minutes / 60, teaches), minutes, teaches: new Map(teaches), expects: new Map() };
}

describe('ChosenLevels', () => {
  const have = new Map([['sql', 2]]);
  const intro = facts('intro', 60, [['python', 2], ['sql', 1]]);
  const deep = facts('deep', 600, [['python', 4]]);
  const other = facts('other', 120, [['python', 4], ['sql', 3]]);

  it('gives the best of the person and the chosen courses, and the same without one course', () => {
    const levels = new ChosenLevels(have, [intro, deep]);
    expect(levels.level('python')).toBe(4);
    expect(levels.level('sql')).toBe(2);
    expect(levels.level('unknown')).toBe(0);
    expect(levels.levelWithout('python', deep)).toBe(2);
    expect(levels.levelWithout('python', intro)).toBe(4);
    // The person's own level stays when the course leaves.
    expect(levels.levelWithout('sql', intro)).toBe(2);
    expect(levels.minutes).toBe(660);
  });

  it('keeps a level two courses teach when one of them leaves', () => {
    const levels = new ChosenLevels(have, [deep, other]);
    expect(levels.levelWithout('python', deep)).toBe(4);
    expect(levels.levelWithout('sql', other)).toBe(2);
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
    expect(levels.level('sql')).toBe(2);
    expect(levels.minutes).toBe(660);
    levels.remove(deep);
    levels.remove(intro);
    expect(levels.level('python')).toBe(0);
    expect(levels.minutes).toBe(0);
    // Removing what is not chosen changes nothing.
    levels.remove(deep);
    expect(levels.courses).toEqual([]);
  });
});
