import { mergeCatalog } from '../../../../core';
import { listCountText } from '../../../../renderer/src/screens/Matrix/countText';
import {
  filterCourses,
  filterRoles,
  filterSkills,
  isFiltering,
  matchesQuery,
  NO_COURSE_FILTER,
  NO_ROLE_FILTER,
  NO_SKILL_FILTER,
} from '../../../../renderer/src/screens/Matrix/catalogSearch';
import { entryOrigin } from '../../../../renderer/src/screens/Matrix/entryOrigin';
import { createI18n } from '../../../../renderer/src/i18n';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('matchesQuery', () => {
  it('needs every word, in any order, ignoring case and accents', () => {
    expect(matchesQuery(['Ingénieur IA'], 'ia INGENIEUR')).toBe(true);
    expect(matchesQuery(['Ingénieur IA'], 'ingenieur data')).toBe(false);
    expect(matchesQuery(['anything'], '   ')).toBe(true);
  });
});

describe('filters', () => {
  it('sort roles by title in the person’s language', () => {
    expect(ids(filterRoles(smallCatalog.roles, NO_ROLE_FILTER, 'en'))).toEqual(['ai-engineer', 'data-annotator']);
    expect(ids(filterRoles(smallCatalog.roles, NO_ROLE_FILTER, 'fr'))).toEqual(['data-annotator', 'ai-engineer']);
  });

  it('find roles by family and by title in either language', () => {
    expect(ids(filterRoles(smallCatalog.roles, { query: '', family: 'data-annotation' }, 'en'))).toEqual(['data-annotator']);
    expect(ids(filterRoles(smallCatalog.roles, { query: 'annotateur', family: null }, 'en'))).toEqual(['data-annotator']);
  });

  it('find skills by alias and category', () => {
    expect(ids(filterSkills(smallCatalog.skills, { query: 'prompting', category: null }, 'en'))).toEqual(['prompt-design']);
    expect(ids(filterSkills(smallCatalog.skills, { query: '', category: 'communication' }, 'en'))).toEqual([
      'stakeholder-communication',
    ]);
  });

  it('find courses by provider, cost, language and taught skill', () => {
    expect(filterCourses(smallCatalog.courses, { ...NO_COURSE_FILTER, query: 'university' }, 'en')).toHaveLength(1);
    expect(filterCourses(smallCatalog.courses, { ...NO_COURSE_FILTER, cost: 'free' }, 'en')).toHaveLength(2);
    expect(ids(filterCourses(smallCatalog.courses, { ...NO_COURSE_FILTER, language: 'fr' }, 'en'))).toEqual(['prompt-course']);
    expect(ids(filterCourses(smallCatalog.courses, { ...NO_COURSE_FILTER, skillId: 'machine-learning-basics' }, 'en'))).toEqual([
      'ml-course',
    ]);
  });

  it('know when a search or filter is active', () => {
    expect(isFiltering(NO_SKILL_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_SKILL_FILTER, query: 'x' })).toBe(true);
    expect(isFiltering({ ...NO_COURSE_FILTER, language: 'en' })).toBe(true);
  });
});

describe('listCountText', () => {
  it('counts with each language’s plural and says how many are shown', () => {
    expect(listCountText(createI18n('en'), 'roles', 1, 1)).toBe('1 role');
    expect(listCountText(createI18n('en'), 'roles', 0, 0)).toBe('0 roles');
    expect(listCountText(createI18n('fr'), 'roles', 0, 0)).toBe('0 métier');
    expect(listCountText(createI18n('fr'), 'courses', 2, 14)).toBe('2 sur 14 formations');
    expect(listCountText(createI18n('en'), 'skills', 3, 1400)).toBe('3 of 1,400 skills');
  });
});

describe('entryOrigin', () => {
  const mine = { ...smallCatalog.roles[1], id: 'my-role', custom: true };
  const copy = { ...smallCatalog.roles[0], custom: true };
  const user = { roles: [mine, copy], skills: [], courses: [] };

  it('tells built-in entries, the person’s own and their copies apart', () => {
    expect(entryOrigin('role', 'data-annotator', smallCatalog, user)).toBe('builtin');
    expect(entryOrigin('role', 'my-role', smallCatalog, user)).toBe('custom');
    expect(entryOrigin('role', 'ai-engineer', smallCatalog, user)).toBe('customised');
    expect(mergeCatalog(smallCatalog, user).roles).toHaveLength(3);
  });
});
