import { describe, expect, it } from 'vitest';
import type { Plan, ProgressEntry } from '../../../core/model/plan';
import { buildPlan } from '../../../core/planning';
import { addCustomItem, applySwap, removeItem, swapCourseCandidates } from '../../../core/planning/edit';
import { buildInput, catalogOf, course, inputsOf, role, skill, valueOf } from './fixtures';

const catalog = catalogOf(
  [skill('python'), skill('ml', ['python'])],
  [role('r', [['ml', 2, 5], ['python', 2, 4]])],
  [
    course('py-a', 10, [['python', 2]]),
    course('py-b', 5, [['python', 3]]),
    course('py-c', 8, [['python', 2]]),
    course('py-low', 2, [['python', 1]]),
    course('ml-a', 10, [['ml', 2]]),
    course('ml-b', 12, [['ml', 3]], [['python', 2]]),
  ],
);
// py-b is cheapest per weight (5 h for python): plan = py-b then ml-a.
const plan: Plan = valueOf(buildPlan(buildInput(catalog, { inputs: inputsOf({ excludedCourseIds: ['py-c'] }) }))).plan;
const nothingLogged: ProgressEntry[] = [];

describe('swapCourseCandidates', () => {
  it('lists courses teaching the item’s skills to the level needed, not in the plan nor excluded', () => {
    expect(plan.items.map((item) => item.courseId)).toEqual(['py-b', 'ml-a']);
    // python is taught to 3 by py-b: only a course reaching 3 keeps the plan's coverage; none does.
    expect(valueOf(swapCourseCandidates(plan, 'item-py-b', catalog))).toEqual([]);
    expect(valueOf(swapCourseCandidates(plan, 'item-ml-a', catalog)).map((entry) => entry.id)).toEqual(['ml-b']);
  });

  it('answers not-found for an unknown item', () => {
    const result = swapCourseCandidates(plan, 'item-nope', catalog);
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});

describe('applySwap', () => {
  it('replaces the course, reorders by prerequisites and reschedules', () => {
    const swapped = valueOf(applySwap(plan, 'item-ml-a', 'ml-b', catalog, nothingLogged));
    expect(swapped.items.map((item) => [item.id, item.hours, item.skillIds, item.start, item.end])).toEqual([
      ['item-py-b', 5, ['python'], '2025-01-06', '2025-01-10'],
      ['item-ml-b', 12, ['ml'], '2025-01-13', '2025-01-28'],
    ]);
    expect(swapped.readyDate).toBe('2025-01-28');
  });

  it('refuses a course that is unknown, already planned, or does not teach the level needed', () => {
    const unknown = applySwap(plan, 'item-ml-a', 'nope', catalog, nothingLogged);
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
    const twice = applySwap(plan, 'item-ml-a', 'py-b', catalog, nothingLogged);
    expect(!twice.ok && twice.error.code).toBe('conflict');
    const low = applySwap(plan, 'item-py-b', 'py-low', catalog, nothingLogged);
    expect(!low.ok && low.error).toMatchObject({ code: 'invalid-payload', path: 'courseId' });
    expect(!low.ok && low.error.message).toContain('python to level 3');
  });

  it('refuses a course whose item id another item already uses', () => {
    const withCustom = valueOf(addCustomItem(plan, { title: 'Notes', hours: 1, skillIds: [] }, nothingLogged));
    const clash = catalogOf(catalog.skills, catalog.roles, [...catalog.courses, course('custom-1', 4, [['ml', 3]])]);
    const result = applySwap(withCustom, 'item-ml-a', 'custom-1', clash, nothingLogged);
    expect(!result.ok && result.error.code).toBe('conflict');
  });

  it('refuses to swap a finished item', () => {
    const done: Plan = { ...plan, items: plan.items.map((item) => ({ ...item, status: 'done' as const })) };
    const result = applySwap(done, 'item-ml-a', 'ml-b', catalog, nothingLogged);
    expect(!result.ok && result.error.code).toBe('conflict');
  });
});

describe('removeItem', () => {
  it('removes the item, lists the gap it alone closed as uncovered and reschedules', () => {
    const removed = valueOf(removeItem(plan, 'item-py-b', catalog, nothingLogged));
    expect(removed.items.map((item) => [item.id, item.start, item.end])).toEqual([['item-ml-a', '2025-01-06', '2025-01-17']]);
    expect(removed.uncovered).toEqual([{ skillId: 'python', level: 3 }]);
    expect(removed.readyDate).toBe('2025-01-17');
    const empty = valueOf(removeItem(removed, 'item-ml-a', catalog, nothingLogged));
    expect(empty.readyDate).toBeNull();
    expect(empty.uncovered.map((gap) => gap.skillId)).toEqual(['ml', 'python']);
  });

  it('answers not-found for an unknown item', () => {
    const result = removeItem(plan, 'item-nope', catalog, nothingLogged);
    expect(!result.ok && result.error.code).toBe('not-found');
  });
});

describe('addCustomItem', () => {
  it('adds the person’s own item after the others and reschedules', () => {
    const added = valueOf(addCustomItem(plan, { title: '  A book on ML ', hours: 3, skillIds: ['ml', 'ml'] }, nothingLogged));
    expect(added.items.at(-1)).toEqual({
      id: 'item-custom-1',
      title: 'A book on ML',
      skillIds: ['ml'],
      start: '2025-01-27',
      end: '2025-01-29',
      hours: 3,
      status: 'planned',
    });
    expect(added.readyDate).toBe('2025-01-29');
    const again = valueOf(addCustomItem(added, { title: 'Project', hours: 1, skillIds: [] }, nothingLogged));
    expect(again.items.at(-1)?.id).toBe('item-custom-2');
  });

  it('lays out again with the inputs given, from today when given', () => {
    const later = valueOf(addCustomItem(plan, { title: 'Project', hours: 1, skillIds: [] }, nothingLogged, inputsOf({ weeklyHours: 10 }), '2025-02-03'));
    expect(later.inputs.weeklyHours).toBe(10);
    expect(later.items[0].start).toBe('2025-02-03');
  });

  it.each([
    [{ title: ' ', hours: 1, skillIds: [] }, 'title'],
    [{ title: 'x', hours: 0, skillIds: [] }, 'hours'],
    [{ title: 'x', hours: Number.NaN, skillIds: [] }, 'hours'],
    [{ title: 'x', hours: 1, skillIds: ['Not An Id'] }, 'skillIds.0'],
  ])('refuses %o naming %s', (custom, path) => {
    const result = addCustomItem(plan, custom, nothingLogged);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-payload', path });
  });
});

describe('every edit counts the hours logged', () => {
  const progress: ProgressEntry[] = [{ id: 'log-1', planId: plan.id, itemId: 'item-ml-a', date: '2025-01-06', hours: 4 }];

  it('lays out only what is left of a started item, and marks it started', () => {
    const fresh = valueOf(removeItem(plan, 'item-py-b', catalog, nothingLogged));
    const started = valueOf(removeItem(plan, 'item-py-b', catalog, progress));
    // 10 h at 1 h a weekday from Monday 6 January end on the 17th; the 6 h left, on the 13th.
    expect(fresh.items[0]).toMatchObject({ status: 'planned', end: '2025-01-17' });
    expect(started.items[0]).toMatchObject({ status: 'in-progress', end: '2025-01-13' });
  });

  it('ignores entries of another plan', () => {
    const elsewhere = progress.map((entry) => ({ ...entry, planId: 'another-plan' }));
    expect(valueOf(addCustomItem(plan, { title: 'Notes', hours: 1, skillIds: [] }, elsewhere))).toEqual(
      valueOf(addCustomItem(plan, { title: 'Notes', hours: 1, skillIds: [] }, nothingLogged)),
    );
  });
});
