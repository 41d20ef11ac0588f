import { compareIds, coursesBySkill, expectsMet, type CourseFacts } from './courseFacts';
import { ChosenLevels } from './chosenLevels';
import { canBeOrdered, minutesStillNeeded, openRequirements, stuckExpectations, type Requirement } from './openRequirements';
import type { Need } from './needs';

/**
 * Nodes the exact search may visit before it settles for the best set found so far (which is
 * never worse than the greedy one, pruned). On the built-in matrix, for every role of 150 random
 * people, a limit of 4,000 finds the same plans as this one (measured 2026-12-07, with the
 * shared-minutes bound of minutesStillNeeded); only plans for six roles at once, around 1,800 h,
 * come out a few hours shorter with the wider search.
 */
export const SEARCH_NODE_LIMIT = 200;

export interface Reach {
  /** The highest level each skill can reach through courses whose expectations can be met. */
  levels: Map<string, number>;
  /** The round in which each course became takeable: its expectations rest on earlier rounds only. */
  round: Map<CourseFacts, number>;
}

/** Raises levels with every course whose expectations are met, round after round, to a fixpoint. */
export function reachableLevels(start: ReadonlyMap<string, number>, courses: readonly CourseFacts[]): Reach {
  const levels = new Map(start);
  const round = new Map<CourseFacts, number>();
  let waiting = courses;
  for (let current = 0; ; current += 1) {
    const takeable: CourseFacts[] = [];
    const still: CourseFacts[] = [];
    for (const facts of waiting) (expectsMet(facts, levels) ? takeable : still).push(facts);
    waiting = still;
    if (takeable.length === 0) return { levels, round };
    for (const facts of takeable) {
      round.set(facts, current);
      for (const [id, level] of facts.teaches) if ((levels.get(id) ?? 0) < level) levels.set(id, level);
    }
  }
}

const minutesOf = (set: readonly CourseFacts[]) => set.reduce((sum, facts) => sum + facts.minutes, 0);
const idsOf = (set: readonly CourseFacts[]) => set.map((facts) => facts.course.id).sort(compareIds);

/** Fewer minutes, then fewer courses, then the smaller sorted id list: a total order, so ties are deterministic. */
function isBetterSet(a: readonly CourseFacts[], b: readonly CourseFacts[] | null): boolean {
  if (b === null) return true;
  const byMinutes = minutesOf(a) - minutesOf(b);
  if (byMinutes !== 0) return byMinutes < 0;
  if (a.length !== b.length) return a.length < b.length;
  return idsOf(a).join('\n') < idsOf(b).join('\n');
}

/**
 * The set of courses with the fewest total hours that meets every need and every expectation
 * (docs/advice.md "One planner"): a greedy set (most gap weight per hour, counting the hours of
 * what a course expects), pruned of courses the rest make redundant, then improved by an exact
 * branch-and-bound search within SEARCH_NODE_LIMIT nodes. `forced` courses are always kept.
 */
export function bestSet(
  have: ReadonlyMap<string, number>,
  needs: readonly Need[],
  usable: readonly CourseFacts[],
  forced: readonly CourseFacts[],
  reach: Reach,
  bySkill: ReadonlyMap<string, readonly CourseFacts[]> = teachersBySkill(usable),
  expecters: ReadonlyMap<string, readonly CourseFacts[]> = expectersBySkill(usable),
): CourseFacts[] {
  // The same few (skill, level) pairs are asked for at every node of the search.
  const teachersByLevel = new Map<string, Array<readonly CourseFacts[] | undefined>>();
  const teachersOf = (requirement: Requirement): readonly CourseFacts[] => {
    const { skillId, level } = requirement;
    let byLevel = teachersByLevel.get(skillId);
    if (!byLevel) teachersByLevel.set(skillId, (byLevel = []));
    let teachers = byLevel[level];
    if (!teachers) {
      teachers = (bySkill.get(skillId) ?? []).filter((facts) => (facts.teaches.get(skillId) ?? 0) >= level);
      byLevel[level] = teachers;
    }
    return teachers;
  };
  const cheapest = (requirement: Requirement) => teachersOf(requirement)[0]?.minutes ?? 0;

  let best: CourseFacts[] | null = prune(have, needs, greedy(have, needs, forced, bySkill, expecters, cheapest), forced);
  if (!canBeOrdered(have, best)) best = prune(have, needs, byRounds(have, needs, usable, forced, reach), forced);

  // A set's key: one bit per course, so a set reached in two orders is visited once.
  const bits = new Map<CourseFacts, bigint>();
  const bitOf = (facts: CourseFacts) => {
    let bit = bits.get(facts);
    if (bit === undefined) bits.set(facts, (bit = 1n << BigInt(bits.size)));
    return bit;
  };
  const seen = new Set<bigint>();
  let key = 0n;
  for (const facts of forced) key |= bitOf(facts);
  let nodes = 0;
  let bestMinutes = minutesOf(best);
  const chosen = new ChosenLevels(have, forced);
  const search = () => {
    nodes += 1;
    if (nodes > SEARCH_NODE_LIMIT) return;
    if (seen.has(key)) return;
    seen.add(key);
    const open = openRequirements(have, needs, chosen);
    let branch: readonly CourseFacts[];
    if (open.length > 0) {
      if (chosen.minutes + minutesStillNeeded(open, teachersOf, bestMinutes - chosen.minutes) > bestMinutes) return;
      // Branch on the requirement with the fewest courses that meet it (the smallest tree), the
      // smaller skill id on a tie.
      let narrowest = open[0];
      branch = teachersOf(narrowest);
      for (const requirement of open) {
        const teachers = teachersOf(requirement);
        if (teachers.length < branch.length || (teachers.length === branch.length && compareIds(requirement.skillId, narrowest.skillId) < 0)) {
          narrowest = requirement;
          branch = teachers;
        }
      }
    } else {
      const stuck = stuckExpectations(have, chosen.courses);
      if (stuck.length === 0) {
        if (isBetterSet(chosen.courses, best)) {
          best = [...chosen.courses];
          bestMinutes = chosen.minutes;
        }
        return;
      }
      // Every expectation is met by some chosen course, but only in a loop (A expects what B teaches
      // and B what A teaches): one more course must teach one of the levels the loop waits for.
      if (chosen.minutes + Math.min(...stuck.map(cheapest)) > bestMinutes) return;
      branch = [...new Set(stuck.flatMap(teachersOf))].sort((x, y) => x.minutes - y.minutes || compareIds(x.course.id, y.course.id));
    }
    for (const facts of branch) {
      if (chosen.has(facts)) continue;
      chosen.add(facts);
      key ^= bitOf(facts);
      search();
      key ^= bitOf(facts);
      chosen.remove(facts);
    }
  };
  search();
  // A search cut short by the node limit can end on a set that holds a course the others make
  // redundant (found before the set without it): never hand the person a course that closes nothing.
  return prune(have, needs, best, forced);
}

/** The usable courses teaching each skill, shortest first, then by id. */
export function teachersBySkill(usable: readonly CourseFacts[]): Map<string, CourseFacts[]> {
  const bySkill = coursesBySkill(usable, 'teaches');
  for (const list of bySkill.values()) list.sort((a, b) => a.minutes - b.minutes || compareIds(a.course.id, b.course.id));
  return bySkill;
}

/** The usable courses expecting each skill. */
export function expectersBySkill(usable: readonly CourseFacts[]): Map<string, CourseFacts[]> {
  return coursesBySkill(usable, 'expects');
}

function greedy(
  have: ReadonlyMap<string, number>,
  needs: readonly Need[],
  forced: readonly CourseFacts[],
  bySkill: ReadonlyMap<string, readonly CourseFacts[]>,
  /** Who expects each skill: a level a pick reaches changes what those courses cost. */
  expecters: ReadonlyMap<string, readonly CourseFacts[]>,
  cheapest: (requirement: Requirement) => number,
): CourseFacts[] {
  const chosen = new ChosenLevels(have, forced);
  // Each course's gain (the weight of the open requirements it meets) and cost (its minutes and
  // the cheapest way to what it expects), kept between picks: a pick changes the open
  // requirements and the levels of a few skills only, so only the courses touching those are
  // weighed again (a plan of 200 gaps weighs hundreds of courses a hundred times otherwise).
  const scores = new Map<CourseFacts, { gain: number; cost: number }>();
  let open = new Map<string, Requirement>();
  let raised: Iterable<string> = [];
  for (;;) {
    const next = new Map(openRequirements(have, needs, chosen).map((requirement) => [requirement.skillId, requirement]));
    if (next.size === 0) return [...chosen.courses];
    // The skills whose open requirement came, went or changed, and those the last pick raised.
    const touched: string[] = [];
    for (const [skillId, requirement] of next) {
      const before = open.get(skillId);
      if (!before || before.level !== requirement.level || before.weight !== requirement.weight) touched.push(skillId);
    }
    for (const skillId of open.keys()) if (!next.has(skillId)) touched.push(skillId);
    const stale = new Set<CourseFacts>();
    for (const skillId of touched) for (const facts of bySkill.get(skillId) ?? []) stale.add(facts);
    for (const skillId of raised) for (const facts of expecters.get(skillId) ?? []) stale.add(facts);
    open = next;
    for (const facts of stale) {
      let gain = 0;
      for (const [skillId, taught] of facts.teaches) {
        const requirement = open.get(skillId);
        if (requirement && taught >= requirement.level) gain += requirement.weight;
      }
      let cost = facts.minutes;
      for (const [skillId, level] of facts.expects) {
        if (chosen.level(skillId) < level) cost += cheapest({ skillId, level, weight: 0 });
      }
      scores.set(facts, { gain, cost });
    }
    let pick: CourseFacts | undefined;
    let pickGain = 0;
    let pickCost = 1;
    // Only a course meeting an open requirement gains anything; a tie goes to the smaller id.
    for (const [facts, { gain, cost }] of scores) {
      if (gain === 0 || chosen.has(facts)) continue;
      // gain / cost > pickGain / pickCost, cross-multiplied.
      const ratio = gain * pickCost - pickGain * cost;
      if (!pick || ratio > 0 || (ratio === 0 && compareIds(facts.course.id, pick.course.id) < 0)) {
        pick = facts;
        pickGain = gain;
        pickCost = cost;
      }
    }
    // Every open requirement is reachable through usable courses, so a pick exists; the guard only ends the loop.
    if (!pick) return [...chosen.courses];
    chosen.add(pick);
    raised = pick.teaches.keys();
  }
}

/**
 * A set that can always be ordered: each need's course, and each course's expectation's course,
 * taken from the earliest round that reaches it, and for an expectation from a round strictly
 * before the expecting course's own, so the courses in round order each come after what they expect.
 */
function byRounds(
  have: ReadonlyMap<string, number>,
  needs: readonly Need[],
  usable: readonly CourseFacts[],
  forced: readonly CourseFacts[],
  reach: Reach,
): CourseFacts[] {
  const chosen = [...forced];
  // Every usable course has a round: its expectations are met by the reachable levels.
  const roundOf = (facts: CourseFacts) => reach.round.get(facts) ?? 0;
  const ensure = (skillId: string, level: number, before: number): void => {
    if ((have.get(skillId) ?? 0) >= level) return;
    const teaches = (facts: CourseFacts) => roundOf(facts) < before && (facts.teaches.get(skillId) ?? 0) >= level;
    if (chosen.some(teaches)) return;
    // A course of round r expects only levels that rounds before r reach, and every need is reachable: a teacher exists.
    const teacher = usable
      .filter(teaches)
      .sort((a, b) => roundOf(a) - roundOf(b) || a.minutes - b.minutes || compareIds(a.course.id, b.course.id))[0];
    if (!teacher) return;
    chosen.push(teacher);
    for (const [expectedId, expectedLevel] of teacher.expects) ensure(expectedId, expectedLevel, roundOf(teacher));
  };
  for (const facts of forced) for (const [skillId, level] of facts.expects) ensure(skillId, level, roundOf(facts));
  for (const need of needs) ensure(need.skillId, need.level, Number.POSITIVE_INFINITY);
  return chosen;
}

/** Drops, longest first, every course the others make redundant; forced ones stay. */
function prune(have: ReadonlyMap<string, number>, needs: readonly Need[], chosen: readonly CourseFacts[], forced: readonly CourseFacts[]): CourseFacts[] {
  const kept = new ChosenLevels(have, chosen);
  const dropped = new Set<CourseFacts>();
  const candidates = chosen
    .filter((facts) => !forced.includes(facts))
    .sort((a, b) => b.minutes - a.minutes || compareIds(a.course.id, b.course.id));
  for (const facts of candidates) {
    kept.remove(facts);
    if (openRequirements(have, needs, kept).length === 0 && canBeOrdered(have, kept.courses)) dropped.add(facts);
    else kept.add(facts);
  }
  return chosen.filter((facts) => !dropped.has(facts));
}
