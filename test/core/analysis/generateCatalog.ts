import type { Catalog, Course, Role, Skill } from '../../../core/model/catalog';
import type { Importance, Level, PositiveLevel } from '../../../core/model/level';
import type { SkillRating } from '../../../core/model/profile';

/** Deterministic pseudo-random numbers (mulberry32), so a generated matrix is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MatrixSize {
  skills: number;
  roles: number;
  courses: number;
  /** Requirements per role, inclusive range. */
  requirements: [number, number];
  /** Skills taught per course, inclusive range. */
  teaches: [number, number];
}

export const LARGE_MATRIX: MatrixSize = { skills: 2000, roles: 1000, courses: 3000, requirements: [8, 30], teaches: [1, 5] };

/** A role-skill matrix of the given size with random requirements, courses and hours. */
export function generateCatalog(size: MatrixSize, seed = 1): Catalog {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const skillId = (n: number) => `skill-${n}`;
  const pickDistinct = (count: number) => {
    const picked = new Set<number>();
    while (picked.size < Math.min(count, size.skills)) picked.add(between(0, size.skills - 1));
    return [...picked];
  };

  const skills: Skill[] = Array.from({ length: size.skills }, (_, n) => ({
    id: skillId(n),
    name: { en: `Skill ${n}`, fr: `Compétence ${n}` },
    category: 'tools',
    description: { en: '', fr: '' },
    prerequisites: [],
    aliases: [],
  }));
  const roles: Role[] = Array.from({ length: size.roles }, (_, n) => ({
    id: `role-${n}`,
    title: { en: `Role ${n}`, fr: `Rôle ${n}` },
    family: 'adjacent',
    summary: { en: '', fr: '' },
    requirements: pickDistinct(between(...size.requirements)).map((s) => ({
      skillId: skillId(s),
      level: between(1, 4) as PositiveLevel,
      importance: between(1, 5) as Importance,
    })),
    backgrounds: ['other'],
    hubs: [],
    onetCodes: [],
    sources: [],
    reviewed: '2026-01-01',
  }));
  const courses: Course[] = Array.from({ length: size.courses }, (_, n) => ({
    id: `course-${n}`,
    title: `Course ${n}`,
    provider: 'Generated',
    url: `https://example.org/course-${n}`,
    hours: between(1, 120),
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: pickDistinct(between(...size.teaches)).map((s) => ({ skillId: skillId(s), level: between(1, 4) as PositiveLevel })),
    expects: [],
  }));
  return { version: `generated-${seed}`, skills, roles, courses };
}

/** A person who rated `count` random skills of the matrix. */
export function generateRatings(catalog: Catalog, count: number, seed = 2): SkillRating[] {
  const random = seededRandom(seed);
  const ratings = new Map<string, Level>();
  while (ratings.size < Math.min(count, catalog.skills.length)) {
    const skill = catalog.skills[Math.floor(random() * catalog.skills.length)];
    ratings.set(skill.id, Math.floor(random() * 5) as Level);
  }
  return [...ratings].map(([skillId, level]) => ({ skillId, level }));
}
