import { describe, expect, it } from 'vitest';
import { findPrerequisiteCycle, indexCatalog } from '../../../core/planning/catalogIndex';
import { catalogOf, course, skill } from './fixtures';

describe('indexCatalog', () => {
  it('indexes prerequisites both ways and the best level a course teaches', () => {
    const index = indexCatalog(
      catalogOf([skill('a'), skill('b', ['a', 'a']), skill('c', ['a'])], [], [course('x', 3, [['a', 1], ['a', 3], ['b', 2]])]),
    );
    expect(index.prerequisitesOf('b')).toEqual(['a', 'a']);
    expect(index.prerequisitesOf('unknown')).toEqual([]);
    expect(index.dependentsOf('a')).toEqual(['b', 'c']);
    const taught = index.courses.get('x')!;
    expect(index.teachLevel(taught, 'a')).toBe(3);
    expect(index.teachLevel(taught, 'c')).toBe(0);
  });

  it('keeps the first of two entries with the same id', () => {
    const index = indexCatalog(catalogOf([skill('a', []), skill('a', ['b'])], [], []));
    expect(index.prerequisitesOf('a')).toEqual([]);
  });
});

describe('findPrerequisiteCycle', () => {
  it('is null for prerequisites without a loop, including unknown prerequisite ids', () => {
    const index = indexCatalog(catalogOf([skill('a'), skill('b', ['a', 'ghost']), skill('c', ['a', 'b'])], [], []));
    expect(findPrerequisiteCycle(index)).toBeNull();
  });

  it('names the skills around a loop, and a skill needing itself', () => {
    const loop = indexCatalog(catalogOf([skill('x'), skill('b', ['c']), skill('c', ['d']), skill('d', ['b'])], [], []));
    expect(findPrerequisiteCycle(loop)).toEqual(['b', 'c', 'd', 'b']);
    const self = indexCatalog(catalogOf([skill('s', ['s'])], [], []));
    expect(findPrerequisiteCycle(self)).toEqual(['s', 's']);
  });
});
