import { CourseSchema, RoleSchema } from '../../../../core';
import {
  collectProblems,
  fieldPath,
  validateEntry,
} from '../../../../renderer/src/components/CatalogEntryForm/fieldProblems';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';

const course = smallCatalog.courses[0];

describe('fieldPath', () => {
  it('names the field the person typed in, not the language inside it', () => {
    expect(fieldPath(['title', 'en'])).toBe('title');
    expect(fieldPath(['requirements', 2, 'skillId'])).toBe('requirements.2.skillId');
  });
});

describe('validateEntry', () => {
  it('accepts a valid entry as it is', () => {
    const result = validateEntry(CourseSchema, course, []);
    expect(result).toEqual({ ok: true, value: course });
  });

  it('turns schema issues into messages for the fields they name', () => {
    const result = validateEntry(CourseSchema, { ...course, hours: 0, url: 'ftp://example.org', title: '' }, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.hours.key).toBe('catalogEditor.error.positive');
    expect(result.problems.url.key).toBe('catalogEditor.error.url');
    expect(result.problems.title.key).toBe('catalogEditor.error.required');
  });

  it('says which list needs an item and which choice is missing', () => {
    const role = { ...smallCatalog.roles[0], requirements: [], family: undefined };
    const result = validateEntry(RoleSchema, role, []);
    if (result.ok) throw new Error('should fail');
    expect(result.problems.requirements.key).toBe('catalogEditor.error.atLeastOne');
    expect(result.problems.family.key).toBe('catalogEditor.error.choose');
  });

  it('puts the form’s own checks first and fails on them even when the schema passes', () => {
    const result = validateEntry(CourseSchema, course, [{ path: 'title', key: 'catalogEditor.error.required' }]);
    expect(result).toEqual({ ok: false, problems: { title: { path: 'title', key: 'catalogEditor.error.required' } } });
  });
});

describe('collectProblems', () => {
  it('keeps the first problem of each field', () => {
    const problems = collectProblems([
      { path: 'title', key: 'catalogEditor.error.required' },
      { path: 'title', key: 'catalogEditor.error.tooLong', params: { max: 200 } },
    ]);
    expect(problems.title.key).toBe('catalogEditor.error.required');
  });
});
