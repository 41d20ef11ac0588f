import type { SkillLevel } from '../model/catalog';
import type { CatalogIndex } from './catalogIndex';
import { Heap } from './heap';

/** What ordering needs to know of a plan entry: the skills it teaches and the ones it expects. */
export interface OrderNode {
  teaches: readonly SkillLevel[];
  expects: readonly SkillLevel[];
}

/**
 * "A must come before B" among a growing set of plan entries, numbered in the order they were
 * added. A precedes B when A teaches a skill X and B either expects X or teaches a skill that
 * lists X as a prerequisite. An entry teaching both ends of a link constrains nothing.
 */
export class PrecedenceGraph {
  private readonly successors: number[][] = [];
  private readonly predecessorCount: number[] = [];
  private readonly teaching = new Map<string, number[]>();
  private readonly expecting = new Map<string, number[]>();

  constructor(private readonly index: CatalogIndex) {}

  get size(): number {
    return this.successors.length;
  }

  /** Entries already added that teach `skillId`, in the order they were added. */
  teachersOf(skillId: string): readonly number[] {
    return this.teaching.get(skillId) ?? [];
  }

  /** Entries that must come before `node`, and entries `node` must come before. */
  linksOf(node: OrderNode): { before: Set<number>; after: Set<number> } {
    const before = new Set<number>();
    const after = new Set<number>();
    for (const taught of node.teaches) {
      for (const prerequisite of this.index.prerequisitesOf(taught.skillId)) {
        for (const entry of this.teaching.get(prerequisite) ?? []) before.add(entry);
      }
      for (const dependent of this.index.dependentsOf(taught.skillId)) {
        for (const entry of this.teaching.get(dependent) ?? []) after.add(entry);
      }
      for (const entry of this.expecting.get(taught.skillId) ?? []) after.add(entry);
    }
    for (const expected of node.expects) {
      for (const entry of this.teaching.get(expected.skillId) ?? []) before.add(entry);
    }
    return { before, after };
  }

  /** Visit marks for wouldLoop: an entry is seen when its mark equals the current search. */
  private marks = new Int32Array(64);
  private search = 0;

  /** True when adding an entry with these links would close a loop: an entry after it reaches one before it. */
  wouldLoop(links: { before: Set<number>; after: Set<number> }): boolean {
    if (links.before.size === 0 || links.after.size === 0) return false;
    if (this.marks.length < this.successors.length) {
      const grown = new Int32Array(this.successors.length * 2);
      grown.set(this.marks);
      this.marks = grown;
    }
    const search = ++this.search;
    const marks = this.marks;
    const stack: number[] = [];
    for (const entry of links.after) {
      if (links.before.has(entry)) return true;
      marks[entry] = search;
      stack.push(entry);
    }
    while (stack.length > 0) {
      for (const next of this.successors[stack.pop()!]) {
        if (marks[next] === search) continue;
        if (links.before.has(next)) return true;
        marks[next] = search;
        stack.push(next);
      }
    }
    return false;
  }

  /** Adds an entry whose links `wouldLoop` accepted; returns its number. */
  add(node: OrderNode, links: { before: Set<number>; after: Set<number> }): number {
    const id = this.successors.length;
    this.successors.push([...links.after]);
    this.predecessorCount.push(links.before.size);
    for (const entry of links.before) this.successors[entry].push(id);
    for (const entry of links.after) this.predecessorCount[entry] += 1;
    for (const skillId of new Set(node.teaches.map((taught) => taught.skillId))) {
      const list = this.teaching.get(skillId);
      if (list) list.push(id);
      else this.teaching.set(skillId, [id]);
    }
    for (const skillId of new Set(node.expects.map((expected) => expected.skillId))) {
      const list = this.expecting.get(skillId);
      if (list) list.push(id);
      else this.expecting.set(skillId, [id]);
    }
    return id;
  }

  /**
   * Entry numbers in an order that respects every link; among entries free to go next, the one
   * with the smallest `rank` (default: the order they were added) goes first.
   */
  order(rank: (entry: number) => number = (entry) => entry): number[] {
    const remaining = [...this.predecessorCount];
    const ready = new Heap<number>((a, b) => rank(a) < rank(b) || (rank(a) === rank(b) && a < b));
    remaining.forEach((count, entry) => {
      if (count === 0) ready.push(entry);
    });
    const ordered: number[] = [];
    for (let entry = ready.pop(); entry !== undefined; entry = ready.pop()) {
      ordered.push(entry);
      for (const next of this.successors[entry]) {
        remaining[next] -= 1;
        if (remaining[next] === 0) ready.push(next);
      }
    }
    return ordered;
  }
}
