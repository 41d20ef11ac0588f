import { z } from 'zod';
import { BACKGROUNDS, type Background, type Catalog } from '../../core/model/catalog';
import { DEFAULT_STUDY_DAYS, STUDY_LANGUAGES, WeekdaySchema, type SkillRating, type Weekday } from '../../core/model/profile';
import { isIsoDate } from '../../core/planning/dates';

/** What a persona's advice must fall within (docs/advice.md "Personas"); every field optional. */
const BoundsSchema = z.strictObject({
  /** Ready date of each target's core plan at most this many months after the start. */
  maxMonths: z.number().positive().optional(),
  minMonths: z.number().min(0).optional(),
  maxHours: z.number().positive().optional(),
  minHours: z.number().min(0).optional(),
  /** Core readiness (percent) before any plan, for every target. */
  minCoreReadiness: z.number().min(0).max(100).optional(),
  /** No item may teach any of these skills (e.g. programming for a non-technical role). */
  forbidSkills: z.array(z.string()).optional(),
  /** No item may be there for these skills (closing or preparing them), e.g. basics the persona has. */
  notPlannedFor: z.array(z.string()).optional(),
  /** Some item must teach each of these skills. */
  requireSkills: z.array(z.string()).optional(),
  /** [a, b]: the first item teaching a comes before the first item teaching b. */
  order: z.array(z.tuple([z.string(), z.string()])).optional(),
  /** The plan must offer a stepping stone reachable within this many months. */
  steppingStoneWithinMonths: z.number().positive().optional(),
  /** The stepping stone must be one of these roles (ids), e.g. the entry doors a coach would name. */
  steppingStoneAmong: z.array(z.string()).min(1).optional(),
  /** The stepping stone, if any, is none of these roles: a move a coach would not advise. */
  steppingStoneNotAmong: z.array(z.string()).min(1).optional(),
  /** Why a bound departs from docs/advice.md, shown with the result. */
  note: z.string().optional(),
});
export type Bounds = z.infer<typeof BoundsSchema>;

export const PersonaFileSchema = z.strictObject({
  name: z.string().min(1),
  background: z.enum(BACKGROUNDS).optional(),
  skills: z.record(z.string(), z.number().int().min(0).max(4)),
  targets: z.array(z.string().min(1)).min(1),
  weeklyHours: z.number().positive('must be more than 0 hours a week').max(80),
  studyDays: z.array(WeekdaySchema).min(1).optional(),
  startDate: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD'),
  languages: z.array(z.enum(STUDY_LANGUAGES)).min(1).optional(),
  locale: z.enum(['en', 'fr']).optional(),
  bounds: BoundsSchema.optional(),
});
export type PersonaFile = z.infer<typeof PersonaFileSchema>;

export interface Persona {
  name: string;
  background: Background;
  skills: SkillRating[];
  targets: string[];
  weeklyHours: number;
  studyDays: Weekday[];
  startDate: string;
  languages: string[];
  locale?: 'en' | 'fr';
  bounds?: Bounds;
}

export class PersonaError extends Error {}

const normal = (text: string) => text.trim().toLowerCase();

/** Skill id, English name or alias -> skill id; role id or English title -> role id. */
function resolver(entries: ReadonlyArray<{ id: string; names: readonly string[] }>): (key: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const entry of entries) byName.set(normal(entry.id), entry.id);
  for (const entry of entries) for (const name of entry.names) if (!byName.has(normal(name))) byName.set(normal(name), entry.id);
  return (key) => byName.get(normal(key));
}

/** Reads one persona file's text; every problem is named with the file and the field. */
export function parsePersona(text: string, file: string, catalog: Catalog): Persona {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PersonaError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = PersonaFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new PersonaError(`${file}: ${issues.join('; ')}`);
  }
  const file_ = parsed.data;
  const skillOf = resolver(catalog.skills.map((skill) => ({ id: skill.id, names: [skill.name.en, ...skill.aliases] })));
  const roleOf = resolver(catalog.roles.map((role) => ({ id: role.id, names: [role.title.en] })));
  const unknown: string[] = [];
  const skills = new Map<string, number>();
  for (const [key, level] of Object.entries(file_.skills)) {
    const id = skillOf(key);
    if (id === undefined) unknown.push(`skill "${key}"`);
    else skills.set(id, Math.max(skills.get(id) ?? 0, level));
  }
  const targets: string[] = [];
  for (const key of file_.targets) {
    const id = roleOf(key);
    if (id === undefined) unknown.push(`role "${key}"`);
    else if (!targets.includes(id)) targets.push(id);
  }
  for (const key of [...(file_.bounds?.forbidSkills ?? []), ...(file_.bounds?.requireSkills ?? []), ...(file_.bounds?.notPlannedFor ?? []), ...(file_.bounds?.order ?? []).flat()]) {
    if (skillOf(key) === undefined) unknown.push(`skill "${key}" in bounds`);
  }
  if (unknown.length > 0) throw new PersonaError(`${file}: unknown ${unknown.join(', ')}`);
  const resolveAll = (keys: readonly string[] | undefined) => keys?.map((key) => skillOf(key)!);
  const bounds = file_.bounds && {
    ...file_.bounds,
    forbidSkills: resolveAll(file_.bounds.forbidSkills),
    requireSkills: resolveAll(file_.bounds.requireSkills),
    notPlannedFor: resolveAll(file_.bounds.notPlannedFor),
    order: file_.bounds.order?.map(([a, b]) => [skillOf(a)!, skillOf(b)!] as [string, string]),
  };
  return {
    name: file_.name,
    background: file_.background ?? 'other',
    skills: [...skills].map(([skillId, level]) => ({ skillId, level: level as SkillRating['level'] })),
    targets,
    weeklyHours: file_.weeklyHours,
    studyDays: [...new Set(file_.studyDays ?? DEFAULT_STUDY_DAYS)].sort((a, b) => a - b),
    startDate: file_.startDate,
    languages: file_.languages ?? ['en'],
    ...(file_.locale ? { locale: file_.locale } : {}),
    ...(bounds ? { bounds } : {}),
  };
}
