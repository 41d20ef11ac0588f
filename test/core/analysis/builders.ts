import type { Background, Catalog, Course, RequirementTier, Role, Skill } from '../../../core/model/catalog';
import type { Importance, Level, PositiveLevel } from '../../../core/model/level';
import type { Profile } from '../../../core/model/profile';

/** Tiny builders so each test states only the numbers that matter to it. */

export function skill(id: string, aliases: string[] = [], fr = id): Skill {
  return { id, name: { en: id, fr }, category: 'tools', description: { en: '', fr: '' }, prerequisites: [], aliases };
}

/** A role from [skill, level, importance] triples; a fourth entry sets the tier (absent: core). */
export function role(
  id: string,
  needs: Array<[skillId: string, level: number, importance: number, tier?: RequirementTier]>,
  backgrounds: Background[] = [],
): Role {
  return {
    id,
    title: { en: id, fr: id },
    family: 'adjacent',
    summary: { en: '', fr: '' },
    requirements: needs.map(([skillId, level, importance, tier]) => ({
      skillId,
      level: level as PositiveLevel,
      importance: importance as Importance,
      ...(tier === undefined ? {} : { tier }),
    })),
    backgrounds,
    hubs: [],
    onetCodes: [],
    sources: [],
    reviewed: '2026-11-24',
  };
}

export function course(
  id: string,
  hours: number,
  teaches: Array<[skillId: string, level: number]>,
  expects: Array<[skillId: string, level: number]> = [],
): Course {
  return {
    id,
    title: id,
    provider: 'Test',
    url: `https://example.org/${id}`,
    hours,
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: teaches.map(([skillId, level]) => ({ skillId, level: level as PositiveLevel })),
    expects: expects.map(([skillId, level]) => ({ skillId, level: level as PositiveLevel })),
  };
}

export function catalogOf(roles: Role[], courses: Course[] = [], skills: Skill[] = []): Catalog {
  return { version: 'test', skills, roles, courses };
}

export function person(
  levels: Record<string, number>,
  background: Background = 'other',
): Pick<Profile, 'skills' | 'background'> {
  return {
    background,
    skills: Object.entries(levels).map(([skillId, level]) => ({ skillId, level: level as Level })),
  };
}
