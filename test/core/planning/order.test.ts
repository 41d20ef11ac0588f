import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../../core/planning/catalogIndex';
import { Heap } from '../../../core/planning/heap';
import { PrecedenceGraph } from '../../../core/planning/order';
import { catalogOf, course, skill } from './fixtures';

const index = indexCatalog(catalogOf([skill('a'), skill('b', ['a']), skill('c', ['b'])], [], []));

describe('PrecedenceGraph', () => {
  it('puts teachers of prerequisites and of expected skills first, keeping the added order otherwise', () => {
    const graph = new PrecedenceGraph(index);
    const nodes = [
      course('teach-c', 1, [['c', 2]]),
      course('unrelated', 1, [['z', 2]]),
      course('teach-b', 1, [['b', 2]]),
      course('expects-a', 1, [['y', 2]], [['a', 2]]),
      course('teach-a', 1, [['a', 2]]),
    ];
    for (const node of nodes) {
      const links = graph.linksOf(node);
      expect(graph.wouldLoop(links)).toBe(false);
      graph.add(node, links);
    }
    expect(graph.order().map((entry) => nodes[entry].id)).toEqual(['unrelated', 'teach-a', 'teach-b', 'teach-c', 'expects-a']);
    expect(graph.order((entry) => -entry).map((entry) => nodes[entry].id)).toEqual([
      'teach-a',
      'expects-a',
      'teach-b',
      'unrelated',
      'teach-c',
    ]);
  });

  it('sees a loop before it is added', () => {
    const graph = new PrecedenceGraph(index);
    const first = course('teach-a-expect-c', 1, [['a', 2]], [['c', 1]]);
    graph.add(first, graph.linksOf(first));
    const second = course('teach-c', 1, [['c', 2]]);
    const links = graph.linksOf(second);
    expect([...links.before]).toEqual([]);
    expect([...links.after]).toEqual([0]);
    expect(graph.wouldLoop(links)).toBe(false);
    graph.add(second, links);
    const third = course('teach-b', 1, [['b', 2]]);
    // b needs a (taught by entry 0) and c needs b (entry 1 must follow): 0 -> third -> 1 -> 0 loops.
    expect(graph.wouldLoop(graph.linksOf(third))).toBe(true);
  });

  it('lets a course teaching both ends of a link constrain nothing', () => {
    const graph = new PrecedenceGraph(index);
    const both = course('a-and-b', 1, [['a', 2], ['b', 2]]);
    expect(graph.linksOf(both)).toEqual({ before: new Set(), after: new Set() });
  });
});

describe('Heap', () => {
  it('pops in order', () => {
    const heap = new Heap<number>((a, b) => a < b);
    for (const value of [5, 1, 4, 1, 9, 2, 6]) heap.push(value);
    const popped: number[] = [];
    for (let value = heap.pop(); value !== undefined; value = heap.pop()) popped.push(value);
    expect(popped).toEqual([1, 1, 2, 4, 5, 6, 9]);
    expect(heap.size).toBe(0);
  });
});
