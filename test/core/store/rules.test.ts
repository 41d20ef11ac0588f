import {
  applyCommand,
  checkStoreRules,
  emptyStoreData,
  jsonBytes,
  LIMITS,
  type Catalog,
  type StoreData,
} from '../../../core';
import { skill } from '../catalog/fixtures';
import { heavyStore } from './heavyStore';

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

describe('jsonBytes', () => {
  it('is the UTF-8 size of JSON.stringify, escapes and all', () => {
    const tricky = {
      quote: 'say "hi" \\ back',
      controls: 'tab\tline\nbell\u0007nul\u0000',
      accents: 'Inès, École « Numérique », 東京',
      emoji: 'plan 🚀 done 👍🏽',
      lone: 'half \ud83d pair',
      numbers: [0, -1.5, 1e21, 3.14159, Number.NaN, Number.POSITIVE_INFINITY],
      flags: [true, false, null],
      skipped: undefined,
      holes: [undefined, 'kept'],
      nested: { empty: {}, list: [] },
    };
    expect(jsonBytes(tricky)).toBe(utf8(tricky));
  });

  it('measures a heavy year of use exactly, and again after a change', () => {
    const heavy = heavyStore();
    expect(jsonBytes(heavy)).toBe(utf8(heavy));
    const changed = applyCommand('progress:remove', heavy, { id: 'entry-7' }, { builtinCatalog: { version: 'x', skills: [], roles: [], courses: [] } });
    if (!changed.ok) throw new Error(changed.error.message);
    expect(jsonBytes(changed.value)).toBe(utf8(changed.value));
  });
});

describe('the limits', () => {
  it('leave a heavy year of use far inside every one of them', () => {
    const heavy = heavyStore();
    expect(checkStoreRules(heavy)).toBeNull();
    expect(jsonBytes(heavy) * 5).toBeLessThan(LIMITS.storeBytes);
    expect(heavy.progress.length * 5).toBeLessThanOrEqual(LIMITS.progressEntries);
    expect(heavy.plans.length * 5).toBeLessThanOrEqual(LIMITS.plans);
    expect(heavy.userCatalog.roles.length * 5).toBeLessThanOrEqual(LIMITS.customRoles);
  });
});

describe('checkStoreRules', () => {
  const heavy = heavyStore();
  const edited = (edit: (data: StoreData) => void): StoreData => {
    const data = structuredClone(heavy);
    edit(data);
    return data;
  };

  it.each([
    ['two plans', (data: StoreData) => (data.plans[3].id = 'plan-1'), 'plans.3.id', 'plan-1'],
    ['two items of one plan', (data: StoreData) => (data.plans[2].items[5].id = data.plans[2].items[1].id), 'plans.2.items.5.id', 'item-course-2-1'],
    ['two progress entries', (data: StoreData) => (data.progress[40].id = 'entry-2'), 'progress.40.id', 'entry-2'],
    ['two custom skills', (data: StoreData) => (data.userCatalog.skills[9].id = 'custom-skill-4'), 'userCatalog.skills.9.id', 'custom-skill-4'],
    ['two custom roles', (data: StoreData) => (data.userCatalog.roles[1].id = 'custom-role-0'), 'userCatalog.roles.1.id', 'custom-role-0'],
    ['two custom courses', (data: StoreData) => (data.userCatalog.courses[8].id = 'custom-course-7'), 'userCatalog.courses.8.id', 'custom-course-7'],
  ])('refuses %s with one id, naming the id and both places', (_name, edit, path, id) => {
    const problem = checkStoreRules(edited(edit));
    expect(problem).toMatchObject({ code: 'duplicate-id', path, ids: [id] });
    expect(problem?.message).toContain(`"${id}" appears twice`);
  });

  it('refuses an active plan that is not there', () => {
    expect(checkStoreRules({ ...emptyStoreData(), activePlanId: 'plan-gone' })).toMatchObject({ path: 'activePlanId' });
  });

  it('refuses a document past a limit, naming the list', () => {
    const entry = heavy.progress[0];
    const many = { ...emptyStoreData(), progress: Array.from({ length: LIMITS.progressEntries + 1 }, (_, index) => ({ ...entry, id: `e-${index}` })) };
    expect(checkStoreRules(many)).toMatchObject({ code: 'limit-exceeded', path: 'progress' });
  });

  it('refuses a document larger than the store may be', () => {
    const note = 'n'.repeat(LIMITS.noteChars);
    const entries = Array.from({ length: Math.ceil(LIMITS.storeBytes / note.length) }, (_, index) => ({ ...heavy.progress[0], id: `e-${index}`, note }));
    expect(checkStoreRules({ ...emptyStoreData(), progress: entries })).toMatchObject({ code: 'limit-exceeded', path: '' });
  });

  it('refuses a loop through the person’s skills, merged over the built-in ones', () => {
    const builtin: Catalog = { version: 'b', skills: [skill('python'), skill('ml', ['python'])], roles: [], courses: [] };
    const data = { ...emptyStoreData(), userCatalog: { skills: [skill('mine'), skill('python', ['ml'])], roles: [], courses: [] } };
    expect(checkStoreRules(data)).toBeNull();
    expect(checkStoreRules(data, builtin)).toMatchObject({
      code: 'prerequisite-cycle',
      path: 'userCatalog.skills.1.prerequisites',
      ids: ['python', 'ml', 'python'],
      message: 'the prerequisites form a loop: python → ml → python',
    });
  });

  it('ignores a loop among built-in skills only', () => {
    const builtin: Catalog = { version: 'b', skills: [skill('a', ['b']), skill('b', ['a'])], roles: [], courses: [] };
    expect(checkStoreRules({ ...emptyStoreData(), userCatalog: { skills: [skill('mine', ['a'])], roles: [], courses: [] } }, builtin)).toBeNull();
  });
});
