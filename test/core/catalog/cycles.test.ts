import { findPrerequisiteCycleThrough } from '../../../core/catalog/cycles';
import { skill } from './fixtures';

describe('findPrerequisiteCycleThrough', () => {
  it('is null when the skill is on no loop, even with a loop elsewhere', () => {
    const skills = [skill('a', ['b']), skill('b', ['a']), skill('c', ['a']), skill('d')];
    expect(findPrerequisiteCycleThrough(skills, ['c'])).toBeNull();
    expect(findPrerequisiteCycleThrough(skills, ['d', 'unknown'])).toBeNull();
  });

  it('gives the shortest loop starting from the skill asked about', () => {
    // a ⇄ b and b ⇄ c form one group; the loop through c is c → b → c, not a → b → a.
    const skills = [skill('a', ['b']), skill('b', ['a', 'c']), skill('c', ['b'])];
    expect(findPrerequisiteCycleThrough(skills, ['c'])).toEqual(['c', 'b', 'c']);
    expect(findPrerequisiteCycleThrough(skills, ['a'])).toEqual(['a', 'b', 'a']);
  });

  it('tells a skill that lists itself, and follows the order of the ids asked about', () => {
    const skills = [skill('a', ['a']), skill('x', ['y']), skill('y', ['z']), skill('z', ['x'])];
    expect(findPrerequisiteCycleThrough(skills, ['a'])).toEqual(['a', 'a']);
    expect(findPrerequisiteCycleThrough(skills, ['z', 'a'])).toEqual(['z', 'x', 'y', 'z']);
  });
});
