import { describe, expect, it } from 'vitest';
import { plannerIndexFor } from '../../../core/planning/courseFacts';
import { levelsKey, personContext } from '../../../core/planning/personContext';
import { catalogOf, course, skill } from './fixtures';

describe('levelsKey', () => {
  it('is the same for maps with the same positive levels, whatever their order and zeros', () => {
    const one = new Map([
      ['sql', 2],
      ['python', 3],
      ['excel', 0],
    ]);
    const other = new Map([
      ['python', 3],
      ['sql', 2],
    ]);
    expect(levelsKey(one)).toBe(levelsKey(other));
    expect(levelsKey(one)).toBe('python=3,sql=2');
  });

  it('follows a map changed in place between two calls', () => {
    const levels = new Map([['sql', 2]]);
    expect(levelsKey(levels)).toBe('sql=2');
    levels.set('sql', 3);
    expect(levelsKey(levels)).toBe('sql=3');
    levels.set('python', 1);
    expect(levelsKey(levels)).toBe('python=1,sql=3');
    levels.delete('python');
    expect(levelsKey(levels)).toBe('sql=3');
  });
});

describe('personContext', () => {
  const catalog = catalogOf(
    [skill('sql'), skill('python')],
    [],
    [course('basics', 10, [['sql', 2]]), course('advanced', 20, [['python', 3]], [['sql', 2]])],
  );
  const index = plannerIndexFor(catalog);

  it('offers what a person changed in place can now take, not what was kept for the map before', () => {
    const levels = new Map<string, number>();
    const before = personContext(catalog, index, levels, { excluded: new Set(['basics']) }, null);
    expect(before.usable.map((facts) => facts.course.id)).toEqual([]);
    levels.set('sql', 2);
    const after = personContext(catalog, index, levels, { excluded: new Set(['basics']) }, null);
    expect(after.usable.map((facts) => facts.course.id)).toEqual(['advanced']);
    expect(after.reach.levels.get('python')).toBe(3);
  });
});
