import { compareIds, expectsMet, levelTaught, type CourseFacts, type NumberedLevel } from './courseFacts';
import { ChosenLevels } from './chosenLevels';
import { canBeOrdered, minutesStillNeeded, OpenRequirements, stuckExpectations, type NumberedNeed, type Requirement } from './openRequirements';
import type { Need } from './needs';
import type { Teachers } from './teachers';

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

/**
 * The person and the courses offered to them, as the search reads them: skills by number
 * (PlannerIndex.skillNumbers). personContext makes one per person, shared by every role.
 */
export interface SearchSpace {
  /** The person's level of each skill, by skill number. */
  have: readonly number[];
  skillIds: readonly string[];
  skillNumbers: ReadonlyMap<string, number>;
  usable: readonly CourseFacts[];
  reach: Reach;
  teachers: Teachers;
  /** skill number -> the usable courses expecting it. */
  expecters: ReadonlyArray<readonly CourseFacts[] | undefined>;
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
function isBetterSet(a: readonly CourseFacts[], aMinutes: number, b: readonly CourseFacts[], bMinutes: number): boolean {
  if (aMinutes !== bMinutes) return aMinutes < bMinutes;
  if (a.length !== b.length) return a.length < b.length;
  return idsOf(a).join('\n') < idsOf(b).join('\n');
}

/**
 * The set of courses with the fewest total hours that meets every need and every expectation
 * (docs/advice.md "One planner"): a greedy set (most gap weight per hour, counting the hours of
 * what a course expects), pruned of courses the rest make redundant, then improved by an exact
 * branch-and-bound search within SEARCH_NODE_LIMIT nodes. `forced` courses are always kept.
 */
export function bestSet(needs: readonly Need[], forced: readonly CourseFacts[], space: SearchSpace): CourseFacts[] {
  const { have, teachers } = space;
  // Every need left to the search is reachable, so some course teaches it and it has a number.
  const numbered: NumberedNeed[] = needs.map((need) => ({ skill: space.skillNumbers.get(need.skillId)!, level: need.level, importance: need.importance }));
  const cheapest = (requirement: Requirement) => teachers.cheapest(requirement.skill, requirement.level);
  const teachersOf = (requirement: Requirement) => teachers.reaching(requirement.skill, requirement.level);

  let best = prune(have, numbered, greedy(numbered, forced, space), forced);
  if (!canBeOrdered(have, best)) best = prune(have, numbered, byRounds(numbered, forced, space), forced);

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
  // Set when the node limit stops the search with branches left to visit.
  let cut = false;
  let bestMinutes = minutesOf(best);
  const chosen = new ChosenLevels(have, forced);
  const open = new OpenRequirements(have);
  const search = () => {
    nodes += 1;
    if (seen.has(key)) return;
    seen.add(key);
    // Filled again at every node: read before the branches below fill it for theirs.
    open.collect(numbered, chosen);
    let branch: readonly CourseFacts[];
    if (open.size > 0) {
      if (chosen.minutes + minutesStillNeeded(open, teachers, bestMinutes - chosen.minutes) > bestMinutes) return;
      branch = narrowestBranch(open, teachers, space.skillIds);
    } else {
      const stuck = stuckExpectations(have, chosen.courses);
      if (stuck.length === 0) {
        if (isBetterSet(chosen.courses, chosen.minutes, best, bestMinutes)) {
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
      if (nodes >= SEARCH_NODE_LIMIT) {
        cut = true;
        break;
      }
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
  // A search that ran to the end found the best set, and a set holding such a course is not:
  // without it, it would take fewer minutes.
  return cut ? prune(have, numbered, best, forced) : best;
}

/**
 * The courses meeting the open requirement with the fewest of them, the smaller skill id on a
 * tie: branching on it makes the smallest tree.
 */
function narrowestBranch(open: OpenRequirements, teachers: Teachers, skillIds: readonly string[]): readonly CourseFacts[] {
  let narrowest: Requirement | undefined;
  let branch: readonly CourseFacts[] = [];
  for (const requirement of open.list) {
    const reaching = teachers.reaching(requirement.skill, requirement.level);
    if (
      !narrowest ||
      reaching.length < branch.length ||
      (reaching.length === branch.length && compareIds(skillIds[requirement.skill], skillIds[narrowest.skill]) < 0)
    ) {
      narrowest = requirement;
      branch = reaching;
    }
  }
  return branch;
}

function greedy(needs: readonly NumberedNeed[], forced: readonly CourseFacts[], space: SearchSpace): CourseFacts[] {
  const { have, teachers, expecters } = space;
  const chosen = new ChosenLevels(have, forced);
  // Each course's gain (the weight of the open requirements it meets) and cost (its minutes and
  // the cheapest way to what it expects), kept between picks: a pick changes the open
  // requirements and the levels of a few skills only, so only the courses touching those are
  // weighed again (a plan of 200 gaps weighs hundreds of courses a hundred times otherwise).
  // Only the candidates are kept: courses not chosen that meet an open requirement.
  const scores = new Map<CourseFacts, { gain: number; cost: number }>();
  // The requirements before the last pick and after it, filled in turn.
  let open = new OpenRequirements(have);
  let next = new OpenRequirements(have);
  let raised: readonly NumberedLevel[] = [];
  for (;;) {
    next.collect(needs, chosen);
    if (next.size === 0) return [...chosen.courses];
    // The skills whose open requirement came, went or changed, and those the last pick raised.
    const touched: number[] = [];
    for (const requirement of next.list) {
      const before = open.get(requirement.skill);
      if (!before || before.level !== requirement.level || before.weight !== requirement.weight) touched.push(requirement.skill);
    }
    for (const requirement of open.list) if (!next.get(requirement.skill)) touched.push(requirement.skill);
    const stale = new Set<CourseFacts>();
    for (const skill of touched) for (const facts of teachers.of(skill)) stale.add(facts);
    for (const { skill } of raised) for (const facts of expecters[skill] ?? []) stale.add(facts);
    [open, next] = [next, open];
    for (const facts of stale) {
      if (chosen.has(facts)) continue;
      let gain = 0;
      for (const { skill, level } of facts.taught) {
        const requirement = open.get(skill);
        if (requirement && level >= requirement.level) gain += requirement.weight;
      }
      let cost = facts.minutes;
      for (const { skill, level } of facts.expected) {
        if (chosen.level(skill) < level) cost += teachers.cheapest(skill, level);
      }
      if (gain > 0) scores.set(facts, { gain, cost });
      else scores.delete(facts);
    }
    let pick: CourseFacts | undefined;
    let pickGain = 0;
    let pickCost = 1;
    // A tie goes to the smaller id.
    for (const [facts, { gain, cost }] of scores) {
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
    scores.delete(pick);
    raised = pick.taught;
  }
}

/**
 * A set that can always be ordered: each need's course, and each course's expectation's course,
 * taken from the earliest round that reaches it, and for an expectation from a round strictly
 * before the expecting course's own, so the courses in round order each come after what they expect.
 */
function byRounds(needs: readonly NumberedNeed[], forced: readonly CourseFacts[], space: SearchSpace): CourseFacts[] {
  const { have, usable, reach } = space;
  const chosen = [...forced];
  // Every usable course has a round: its expectations are met by the reachable levels.
  const roundOf = (facts: CourseFacts) => reach.round.get(facts) ?? 0;
  const ensure = (skill: number, level: number, before: number): void => {
    if (have[skill] >= level) return;
    const teaches = (facts: CourseFacts) => roundOf(facts) < before && levelTaught(facts, skill) >= level;
    if (chosen.some(teaches)) return;
    // A course of round r expects only levels that rounds before r reach, and every need is reachable: a teacher exists.
    const teacher = usable
      .filter(teaches)
      .sort((a, b) => roundOf(a) - roundOf(b) || a.minutes - b.minutes || compareIds(a.course.id, b.course.id))[0];
    if (!teacher) return;
    chosen.push(teacher);
    for (const expected of teacher.expected) ensure(expected.skill, expected.level, roundOf(teacher));
  };
  for (const facts of forced) for (const { skill, level } of facts.expected) ensure(skill, level, roundOf(facts));
  for (const need of needs) ensure(need.skill, need.level, Number.POSITIVE_INFINITY);
  return chosen;
}

/** Drops, longest first, every course the others make redundant; forced ones stay. */
function prune(have: readonly number[], needs: readonly NumberedNeed[], chosen: readonly CourseFacts[], forced: readonly CourseFacts[]): CourseFacts[] {
  const kept = new ChosenLevels(have, chosen);
  const open = new OpenRequirements(have);
  const dropped = new Set<CourseFacts>();
  const candidates = chosen
    .filter((facts) => !forced.includes(facts))
    .sort((a, b) => b.minutes - a.minutes || compareIds(a.course.id, b.course.id));
  for (const facts of candidates) {
    kept.remove(facts);
    if (open.collect(needs, kept).size === 0 && canBeOrdered(have, kept.courses)) dropped.add(facts);
    else kept.add(facts);
  }
  return chosen.filter((facts) => !dropped.has(facts));
}
