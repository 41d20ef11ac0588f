import type { Skill } from '../model/catalog';

/** Adjacency of the prerequisite graph: skill id -> the ids it requires, unknown ids left out. */
type Graph = ReadonlyMap<string, readonly string[]>;

function prerequisiteGraph(skills: readonly Skill[], keepSelfLoops: boolean): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const skill of skills) {
    if (!graph.has(skill.id)) graph.set(skill.id, []);
  }
  for (const skill of skills) {
    const edges = graph.get(skill.id)!;
    for (const prerequisite of skill.prerequisites) {
      if (!graph.has(prerequisite)) continue;
      if (prerequisite === skill.id && !keepSelfLoops) continue;
      if (!edges.includes(prerequisite)) edges.push(prerequisite);
    }
  }
  return graph;
}

/**
 * Strongly connected components (Tarjan), written without recursion so a long chain of
 * prerequisites in a user's catalog cannot overflow the stack. Components come out in a
 * deterministic order that follows the order of the skills.
 */
function stronglyConnectedComponents(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    lowLink.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);

    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next];
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        lowLink.set(parent, Math.min(lowLink.get(parent)!, lowLink.get(frame.node)!));
      }
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** A closed path inside one strongly connected component, e.g. ['a', 'b', 'a']. */
function cycleWithin(graph: Graph, component: readonly string[]): string[] {
  return cycleFrom(graph, component.reduce((a, b) => (a < b ? a : b)), new Set(component));
}

/** The shortest closed path from `start` back to it through `members` only; [start, start] if none. */
function cycleFrom(graph: Graph, start: string, members: ReadonlySet<string>): string[] {
  // Breadth-first from the start's successors back to the start gives the shortest cycle through it.
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head];
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let step: string | undefined = node; step !== undefined && step !== start; step = previous.get(step)) {
          path.push(step);
        }
        path.push(start);
        // The walk above runs backwards; read it forwards as "a requires b requires ... a".
        return [start, ...path.slice(1, -1).reverse(), start];
      }
      if (!previous.has(target) && target !== start) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

function cyclesOf(graph: Graph): string[][] {
  return stronglyConnectedComponents(graph)
    .filter((component) => component.length > 1 || (graph.get(component[0]) ?? []).includes(component[0]))
    .map((component) => cycleWithin(graph, component));
}

/**
 * One prerequisite cycle, as the ids along it with the first repeated at the end
 * (['rag-systems', 'llm-fundamentals', 'rag-systems']), or null when there is none.
 * A skill listing itself counts as a cycle of one.
 */
export function findPrerequisiteCycle(skills: readonly Skill[]): string[] | null {
  return cyclesOf(prerequisiteGraph(skills, true))[0] ?? null;
}

/** One cycle per group of skills that require each other; self-references are left to their own check. */
export function findPrerequisiteCycles(skills: readonly Skill[]): string[][] {
  return cyclesOf(prerequisiteGraph(skills, false));
}

/**
 * The shortest prerequisite cycle through one of `skillIds`, starting from it (['b', 'a', 'b']),
 * or null when none of them is on a cycle. A change is judged by this: a loop among other skills,
 * older than the change (or in the built-in catalog), does not make it refused.
 */
export function findPrerequisiteCycleThrough(skills: readonly Skill[], skillIds: Iterable<string>): string[] | null {
  const graph = prerequisiteGraph(skills, true);
  const looped = new Map<string, ReadonlySet<string>>();
  for (const component of stronglyConnectedComponents(graph)) {
    if (component.length < 2) continue;
    const members = new Set(component);
    for (const id of component) looped.set(id, members);
  }
  // The first of `skillIds` that is on a loop, so the answer follows the caller's order.
  for (const id of skillIds) {
    if (graph.get(id)?.includes(id)) return [id, id];
    const members = looped.get(id);
    if (members) return cycleFrom(graph, id, members);
  }
  return null;
}
