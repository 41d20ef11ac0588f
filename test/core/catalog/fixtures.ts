import type { Catalog, Course, Role, Skill } from '../../../core/model/catalog';

/** Small hand-made catalog pieces; each test breaks one thing on purpose. */
export function skill(id: string, prerequisites: string[] = []): Skill {
  return {
    id,
    name: { en: id, fr: id },
    category: 'programming',
    description: { en: `About ${id}`, fr: `À propos de ${id}` },
    prerequisites,
    aliases: [id],
  };
}

export function role(id: string, requirements: Role['requirements'], extra: Partial<Role> = {}): Role {
  return {
    id,
    title: { en: id, fr: id },
    family: 'adjacent',
    summary: { en: 'A role', fr: 'Un métier' },
    requirements,
    backgrounds: [],
    hubs: [],
    onetCodes: [],
    sources: [{ title: 'Test' }],
    reviewed: '2026-11-24',
    ...extra,
  };
}

export function course(id: string, teaches: Course['teaches'], extra: Partial<Course> = {}): Course {
  return {
    id,
    title: id,
    provider: 'Test provider',
    url: `https://example.org/${id}`,
    hours: 10,
    hoursStated: false,
    cost: 'free',
    languages: ['en'],
    teaches,
    expects: [],
    ...extra,
  };
}

/** A small catalog that is valid: python -> ml -> rag, one role, two courses. */
export function validCatalog(): Catalog {
  return {
    version: 'test',
    skills: [skill('python'), skill('ml', ['python']), skill('rag', ['ml', 'python'])],
    roles: [
      role('ai-engineer', [
        { skillId: 'python', level: 3, importance: 5 },
        { skillId: 'rag', level: 2, importance: 4 },
      ]),
    ],
    courses: [
      course('intro-python', [{ skillId: 'python', level: 3 }]),
      course('rag-course', [{ skillId: 'rag', level: 2 }], { expects: [{ skillId: 'python', level: 2 }] }),
    ],
  };
}
