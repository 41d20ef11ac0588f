import type { Catalog } from '../../../core/model/catalog';
import { findPrerequisiteCycle, validateCatalog } from '../../../core/catalog/validate';
import { course, role, skill, validCatalog } from './fixtures';

const codes = (catalog: Catalog) => validateCatalog(catalog).map((problem) => problem.code);

describe('validateCatalog', () => {
  it('finds nothing wrong with a sound catalog', () => {
    expect(validateCatalog(validCatalog())).toEqual([]);
  });

  it('reports duplicate ids per kind, naming the id and both positions', () => {
    const catalog = validCatalog();
    catalog.skills.push(skill('python'));
    catalog.roles.push(role('ai-engineer', [{ skillId: 'python', level: 1, importance: 1 }]));
    catalog.courses.push(course('rag-course', [{ skillId: 'rag', level: 1 }]));
    const problems = validateCatalog(catalog);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate-id', 'skills.3.id'],
      ['duplicate-id', 'roles.1.id'],
      ['duplicate-id', 'courses.2.id'],
    ]);
    expect(problems[0].message).toContain('"python"');
    expect(problems[0].message).toContain('index 0');
  });

  it('allows the same id across kinds', () => {
    const catalog = validCatalog();
    catalog.courses.push(course('python', [{ skillId: 'python', level: 1 }]));
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it('reports dangling skill ids in requirements, teaches and expects', () => {
    const catalog = validCatalog();
    catalog.roles[0].requirements.push({ skillId: 'ghost', level: 2, importance: 3 });
    catalog.courses[0].teaches.push({ skillId: 'phantom', level: 1 });
    catalog.courses[1].expects.push({ skillId: 'spectre', level: 1 });
    const problems = validateCatalog(catalog);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-skill', 'roles.0.requirements.2.skillId'],
      ['unknown-skill', 'courses.0.teaches.1.skillId'],
      ['unknown-skill', 'courses.1.expects.1.skillId'],
    ]);
    expect(problems[0].message).toBe('Role "ai-engineer" requires unknown skill "ghost".');
  });

  it('reports unknown and self prerequisites', () => {
    const catalog = validCatalog();
    catalog.skills[0] = skill('python', ['python', 'nowhere']);
    const problems = validateCatalog(catalog);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['self-prerequisite', 'skills.0.prerequisites.0'],
      ['unknown-prerequisite', 'skills.0.prerequisites.1'],
    ]);
    expect(problems[1].message).toContain('"nowhere"');
  });

  it('reports a prerequisite cycle with its path', () => {
    const catalog = validCatalog();
    catalog.skills[0] = skill('python', ['rag']);
    const problems = validateCatalog(catalog);
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('prerequisite-cycle');
    expect(problems[0].message).toBe('Prerequisites form a cycle: ml -> python -> rag -> ml.');
    expect(problems[0].path).toBe('skills.1.prerequisites');
  });

  it('reports each separate cycle once', () => {
    const catalog: Catalog = {
      ...validCatalog(),
      skills: [skill('a', ['b']), skill('b', ['a']), skill('c', ['d']), skill('d', ['e']), skill('e', ['c'])],
      roles: [],
      courses: [],
    };
    expect(validateCatalog(catalog).map((p) => p.message)).toEqual([
      'Prerequisites form a cycle: a -> b -> a.',
      'Prerequisites form a cycle: c -> d -> e -> c.',
    ]);
  });

  it('rejects hours that are zero, negative or not a number', () => {
    const catalog = validCatalog();
    catalog.courses[0].hours = 0;
    catalog.courses[1].hours = Number.NaN;
    catalog.courses.push(course('negative', [{ skillId: 'ml', level: 1 }], { hours: -3 }));
    expect(validateCatalog(catalog).map((p) => [p.code, p.path])).toEqual([
      ['bad-hours', 'courses.0.hours'],
      ['bad-hours', 'courses.1.hours'],
      ['bad-hours', 'courses.2.hours'],
    ]);
  });

  it('rejects levels and importances outside their scales', () => {
    const catalog = validCatalog();
    const requirements = catalog.roles[0].requirements as Array<{ level: number; importance: number }>;
    requirements[0].level = 0;
    requirements[1].importance = 6;
    (catalog.courses[0].teaches[0] as { level: number }).level = 5;
    (catalog.courses[1].expects[0] as { level: number }).level = 2.5;
    expect(codes(catalog)).toEqual(['bad-level', 'bad-importance', 'bad-level', 'bad-level']);
  });

  it('reports a skill listed twice in one role or one course', () => {
    const catalog = validCatalog();
    catalog.roles[0].requirements.push({ skillId: 'python', level: 1, importance: 2 });
    catalog.courses[0].teaches.push({ skillId: 'python', level: 2 });
    const problems = validateCatalog(catalog);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate-requirement', 'roles.0.requirements.2'],
      ['duplicate-course-skill', 'courses.0.teaches.1'],
    ]);
  });

  it('reports a course that expects a skill at the level it teaches', () => {
    const catalog = validCatalog();
    catalog.courses[1].expects.push({ skillId: 'rag', level: 2 });
    const problems = validateCatalog(catalog);
    expect(problems.map((p) => p.code)).toEqual(['unreachable-level']);
    expect(problems[0].message).toContain('"rag-course"');
  });

  it('accepts a portfolio project that expects the levels it shows, for a known role', () => {
    const catalog = validCatalog();
    const shows = [{ skillId: 'python', level: 3 as const }];
    catalog.courses.push(course('python-project', shows, { expects: [...shows], project: projectFor(['ai-engineer']) }));
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it('reports a project for an unknown role, or one that shows other levels than it expects', () => {
    const catalog = validCatalog();
    catalog.courses.push(
      course('lost-project', [{ skillId: 'python', level: 3 }], { expects: [{ skillId: 'python', level: 3 }], project: projectFor(['no-such-role']) }),
      course('odd-project', [{ skillId: 'python', level: 3 }], { expects: [{ skillId: 'python', level: 2 }], project: projectFor(['ai-engineer']) }),
    );
    const problems = validateCatalog(catalog);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-role', `courses.${catalog.courses.length - 2}.project.roleIds.0`],
      ['bad-project', `courses.${catalog.courses.length - 1}.expects`],
    ]);
    expect(problems[0].message).toContain('"no-such-role"');
  });

  it('rejects remote and hybrid shares that add up to more than everything', () => {
    const catalog = validCatalog();
    catalog.roles[0] = { ...catalog.roles[0], remoteShare: 0.7, hybridShare: 0.5 };
    expect(codes(catalog)).toEqual(['bad-share']);
  });
});

describe('findPrerequisiteCycle', () => {
  it('returns null for an acyclic graph, ignoring unknown ids', () => {
    expect(findPrerequisiteCycle([skill('a', ['b', 'zzz']), skill('b'), skill('c', ['a', 'b'])])).toBeNull();
  });

  it('returns the closed path of a cycle', () => {
    expect(findPrerequisiteCycle([skill('x', ['y']), skill('y', ['z']), skill('z', ['x'])])).toEqual(['x', 'y', 'z', 'x']);
  });

  it('counts a skill that requires itself', () => {
    expect(findPrerequisiteCycle([skill('solo', ['solo'])])).toEqual(['solo', 'solo']);
  });

  it('handles a long chain without overflowing the stack', () => {
    const chain = Array.from({ length: 5_000 }, (_, i) => skill(`s${i}`, i > 0 ? [`s${i - 1}`] : []));
    expect(findPrerequisiteCycle(chain)).toBeNull();
    chain[0] = skill('s0', ['s4999']);
    expect(findPrerequisiteCycle(chain)).toHaveLength(5_001);
  });
});

function projectFor(roleIds: string[]) {
  const text = { en: 'A project', fr: 'Un projet' };
  return { roleIds, title: text, deliverable: text, idea: { title: 'Idea', url: 'https://example.org/idea' } };
}
