import { EMPTY_USER_CATALOG, type UserCatalog } from '../../../core/model/catalog';
import { catalogIndex, mergeCatalog } from '../../../core/catalog/merge';
import { validateCatalog } from '../../../core/catalog/validate';
import { course, role, skill, validCatalog } from './fixtures';

describe('mergeCatalog', () => {
  it('returns the built-in entries unchanged when the person has none', () => {
    const builtin = validCatalog();
    expect(mergeCatalog(builtin, EMPTY_USER_CATALOG)).toEqual(builtin);
  });

  it('replaces entries with the same id in place and appends the others in order', () => {
    const builtin = validCatalog();
    const myPython = { ...skill('python'), name: { en: 'My Python', fr: 'Mon Python' }, custom: true };
    const user: UserCatalog = {
      skills: [skill('zeta'), myPython, skill('alpha')],
      roles: [role('prompt-writer', [{ skillId: 'zeta', level: 2, importance: 3 }], { custom: true })],
      courses: [course('intro-python', [{ skillId: 'python', level: 4 }], { hours: 3, custom: true })],
    };
    const merged = mergeCatalog(builtin, user);
    expect(merged.skills.map((s) => s.id)).toEqual(['python', 'ml', 'rag', 'zeta', 'alpha']);
    expect(merged.skills[0].name.en).toBe('My Python');
    expect(merged.roles.map((r) => r.id)).toEqual(['ai-engineer', 'prompt-writer']);
    expect(merged.courses.map((c) => c.id)).toEqual(['intro-python', 'rag-course']);
    expect(merged.courses[0].hours).toBe(3);
    expect(merged.version).toBe(builtin.version);
    expect(validateCatalog(merged)).toEqual([]);
  });

  it('keeps one entry per id when the person repeats an id, the last one winning', () => {
    const user: UserCatalog = { ...EMPTY_USER_CATALOG, skills: [skill('new', []), skill('new', ['python'])] };
    const merged = mergeCatalog(validCatalog(), user);
    expect(merged.skills.filter((s) => s.id === 'new')).toEqual([skill('new', ['python'])]);
  });

  it('does not modify its inputs', () => {
    const builtin = validCatalog();
    const user: UserCatalog = { ...EMPTY_USER_CATALOG, skills: [skill('python', ['ml'])] };
    const before = JSON.stringify([builtin, user]);
    mergeCatalog(builtin, user);
    expect(JSON.stringify([builtin, user])).toBe(before);
  });

  it('lets the validator see problems a custom entry brings in', () => {
    const user: UserCatalog = { ...EMPTY_USER_CATALOG, skills: [skill('python', ['rag'])] };
    const problems = validateCatalog(mergeCatalog(validCatalog(), user));
    expect(problems.map((p) => p.code)).toEqual(['prerequisite-cycle']);
  });
});

describe('catalogIndex', () => {
  it('maps every id to its entry', () => {
    const index = catalogIndex(validCatalog());
    expect([...index.skillsById.keys()]).toEqual(['python', 'ml', 'rag']);
    expect(index.rolesById.get('ai-engineer')?.requirements).toHaveLength(2);
    expect(index.coursesById.get('rag-course')?.expects).toEqual([{ skillId: 'python', level: 2 }]);
    expect(index.skillsById.get('missing')).toBeUndefined();
  });

  it('keeps the first of duplicated ids', () => {
    const catalog = validCatalog();
    catalog.skills.push({ ...skill('python'), category: 'data' });
    expect(catalogIndex(catalog).skillsById.get('python')?.category).toBe('programming');
  });
});
