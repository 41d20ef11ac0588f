/*
 * Figures for the planning budgets of docs/design.md ("build a plan from 200 gaps and 1,000 courses:
 * under 20 ms; re-plan: under 10 ms"). Not a vitest test: the bench runner imports
 * benchPlanning() and prints what it returns; `npx tsx test/bench/planning.bench.ts` prints it alone.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Catalog, Course, Skill } from '../../core/model/catalog';
import type { Plan, ProgressEntry } from '../../core/model/plan';
import type { Profile } from '../../core/model/profile';
import type { BuildPlanInput } from '../../core/planning';
import { buildPlan, replan } from '../../core/planning';

export interface PlanningFigure {
  name: string;
  /** Median wall time. */
  ms: number;
  budgetMs: number;
  /** Median CPU time of the process over the same runs. */
  cpuMs: number;
}

/** Small deterministic generator (mulberry32) so every run measures the same catalog. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (value: string) => ({ en: value, fr: value });
const level = (value: number) => value as 1 | 2 | 3 | 4;

function skillOf(id: string, prerequisites: string[]): Skill {
  return { id, name: text(id), category: 'data', description: text(id), prerequisites, aliases: [] };
}

function courseOf(id: string, hours: number, teaches: Array<[string, number]>, expects: Array<[string, number]>): Course {
  return {
    id,
    title: id,
    provider: 'Bench',
    url: `https://example.org/${id}`,
    hours,
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: teaches.map(([skillId, value]) => ({ skillId, level: level(value) })),
    expects: expects.map(([skillId, value]) => ({ skillId, level: level(value) })),
  };
}

/**
 * 400 skills with prerequisites among the 20 before each; the person holds the first 200 at
 * level 2 and one role asks for the other 200, so the plan has exactly 200 gaps; 1,000 courses
 * teach 1-3 of them at levels 2-4 and may expect one skill.
 */
export function largePlanInput(): BuildPlanInput {
  const random = randomFrom(20260101);
  const pick = (count: number) => Math.floor(random() * count);
  const skills = Array.from({ length: 400 }, (_, index) => {
    const prerequisites = new Set<string>();
    if (index >= 20) for (let k = pick(3); k > 0; k -= 1) prerequisites.add(`s-${index - 1 - pick(20)}`);
    return skillOf(`s-${index}`, [...prerequisites]);
  });
  const requirements = Array.from({ length: 200 }, (_, index) => ({
    skillId: `s-${200 + index}`,
    level: level(2 + pick(3)),
    importance: (1 + pick(5)) as 1 | 2 | 3 | 4 | 5,
  }));
  const courses = Array.from({ length: 1000 }, (_, index) => {
    const teaches = new Map<string, number>();
    for (let k = 1 + pick(3); k > 0; k -= 1) teaches.set(`s-${200 + pick(200)}`, 2 + pick(3));
    const expects: Array<[string, number]> = random() < 0.4 ? [[`s-${pick(400)}`, 1 + pick(2)]] : [];
    return courseOf(`course-${index}`, 2 + pick(39), [...teaches], expects);
  });
  const catalog: Catalog = {
    version: 'bench',
    skills,
    roles: [
      {
        id: 'bench-role',
        title: text('Bench role'),
        family: 'ai-engineering',
        summary: text('Bench role'),
        requirements,
        backgrounds: [],
        hubs: [],
        onetCodes: [],
        sources: [],
        reviewed: '2026-01-01',
      },
    ],
    courses,
  };
  const profile: Pick<Profile, 'skills'> = {
    skills: skills.slice(0, 200).map((skill) => ({ skillId: skill.id, level: 2 as const })),
  };
  return {
    profile,
    targetRoleIds: ['bench-role'],
    catalog,
    inputs: {
      weeklyHours: 10,
      studyDays: [1, 2, 3, 4, 5],
      startDate: '2026-01-05',
      targetDate: '2027-06-30',
      pauses: [
        { start: '2026-07-20', end: '2026-08-09' },
        { start: '2026-12-21', end: '2027-01-03' },
      ],
      excludedCourseIds: ['course-3', 'course-17'],
      preferredCourseIds: ['course-42'],
    },
    planId: 'bench-plan',
    createdAt: '2026-01-01T08:00:00Z',
    name: 'Bench plan',
  };
}

/** A 100-item plan a third of the way through: the first 30 items done, the next 5 with hours logged. */
export function replanScenario(): { plan: Plan; progress: ProgressEntry[]; today: string } {
  const skills = Array.from({ length: 100 }, (_, index) => skillOf(`k-${index}`, index > 0 ? [`k-${index - 1}`] : []));
  const catalog: Catalog = {
    version: 'bench',
    skills,
    roles: [
      {
        id: 'long-role',
        title: text('Long role'),
        family: 'ai-engineering',
        summary: text('Long role'),
        requirements: skills.map((skill) => ({ skillId: skill.id, level: 2 as const, importance: 3 as const })),
        backgrounds: [],
        hubs: [],
        onetCodes: [],
        sources: [],
        reviewed: '2026-01-01',
      },
    ],
    courses: skills.map((skill, index) => courseOf(`c-${index}`, 6 + (index % 7), [[skill.id, 2]], [])),
  };
  const built = buildPlan({ ...largePlanInput(), catalog, targetRoleIds: ['long-role'], profile: { skills: [] } });
  if (!built.ok) throw new Error(built.error.message);
  const plan = built.value.plan;
  if (plan.items.length !== 100) throw new Error(`expected 100 items, got ${plan.items.length}`);
  const items = plan.items.map((item, index) => (index < 30 ? { ...item, status: 'done' as const } : item));
  const progress: ProgressEntry[] = items.slice(0, 35).map((item, index) => ({
    id: `entry-${index}`,
    planId: plan.id,
    itemId: item.id,
    date: item.start,
    hours: Math.min(item.hours, 4),
  }));
  return { plan: { ...plan, items }, progress, today: items[40].start };
}

/**
 * Median wall time of `runs` calls after warm-up calls (so the JIT has compiled the code), and
 * the median process CPU time of the same calls: on a shared, loaded machine the wall time
 * includes waiting for a core, the CPU time is what the code itself costs.
 */
function median(fn: () => unknown, runs = 31, warmups = 15): { ms: number; cpuMs: number } {
  for (let i = 0; i < warmups; i += 1) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { ms: middle(wall), cpuMs: middle(cpu) };
}

export async function benchPlanning(): Promise<PlanningFigure[]> {
  const input = largePlanInput();
  const check = buildPlan(input);
  if (!check.ok) throw new Error(check.error.message);
  const { plan, progress, today } = replanScenario();
  const replanCheck = replan(plan, progress, today, { weeklyHours: 8 });
  if (!replanCheck.ok) throw new Error(replanCheck.error.message);
  return [
    { name: 'build a plan: 200 gaps, 1,000 courses', ...median(() => buildPlan(input)), budgetMs: 20 },
    { name: 're-plan a 100-item plan', ...median(() => replan(plan, progress, today, { weeklyHours: 8 })), budgetMs: 10 },
  ];
}

async function printFigures(): Promise<void> {
  const built = buildPlan(largePlanInput());
  if (built.ok) {
    const { items, uncovered, readyDate } = built.value.plan;
    console.log(`large plan: ${items.length} items, ${uncovered.length} uncovered, ready ${readyDate}`);
  }
  for (const figure of await benchPlanning()) {
    console.log(`${figure.name}: ${figure.ms.toFixed(3)} ms wall, ${figure.cpuMs.toFixed(3)} ms CPU (budget ${figure.budgetMs} ms)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printFigures().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
