import type { Catalog, Course, Role, Skill } from '../../../core/model/catalog';
import type { PlanInputs } from '../../../core/model/plan';
import type { BuildPlanInput } from '../../../core/planning';

const text = (value: string) => ({ en: value, fr: value });

export function skill(id: string, prerequisites: string[] = []): Skill {
  return { id, name: text(id), category: 'data', description: text(id), prerequisites, aliases: [] };
}

type Levels = Array<[string, number]>;

export function course(id: string, hours: number, teaches: Levels, expects: Levels = []): Course {
  const levels = (list: Levels) => list.map(([skillId, level]) => ({ skillId, level: level as 1 | 2 | 3 | 4 }));
  return {
    id,
    title: id,
    provider: 'Test',
    url: `https://example.org/${id}`,
    hours,
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: levels(teaches),
    expects: levels(expects),
  };
}

/** A role from [skill, level, importance] triples. */
export function role(id: string, requirements: Array<[string, number, number]>): Role {
  return {
    id,
    title: text(id),
    family: 'ai-engineering',
    summary: text(id),
    requirements: requirements.map(([skillId, level, importance]) => ({
      skillId,
      level: level as 1 | 2 | 3 | 4,
      importance: importance as 1 | 2 | 3 | 4 | 5,
    })),
    backgrounds: [],
    hubs: [],
    onetCodes: [],
    sources: [],
    reviewed: '2025-01-01',
  };
}

export function catalogOf(skills: Skill[], roles: Role[], courses: Course[]): Catalog {
  return { version: 'test', skills, roles, courses };
}

export function inputsOf(overrides: Partial<PlanInputs> = {}): PlanInputs {
  return {
    weeklyHours: 5,
    studyDays: [1, 2, 3, 4, 5],
    startDate: '2025-01-06',
    pauses: [],
    excludedCourseIds: [],
    preferredCourseIds: [],
    ...overrides,
  };
}

export function buildInput(catalog: Catalog, overrides: Partial<BuildPlanInput> = {}): BuildPlanInput {
  return {
    profile: { skills: [] },
    targetRoleIds: catalog.roles.slice(0, 1).map((entry) => entry.id),
    catalog,
    inputs: inputsOf(),
    planId: 'plan-1',
    createdAt: '2025-01-01T09:00:00Z',
    name: 'My plan',
    ...overrides,
  };
}

/** Unwraps a Result in a test, failing loudly with the error when it is not ok. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
