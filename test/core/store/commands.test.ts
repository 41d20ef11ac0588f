import {
  applyCommand,
  COMMAND_CHANNELS,
  emptyStoreData,
  LIMITS,
  STORE_COMMANDS,
  type Catalog,
  type CommandChannel,
  type CommandInput,
  type Plan,
  type PlanItem,
  type ProgressEntry,
  type StoreData,
} from '../../../core';
import { CHANNELS } from '../../../preload/channels';
import { course, role, skill } from '../catalog/fixtures';

const builtin: Catalog = {
  version: 'test',
  skills: [skill('python'), skill('ml', ['python']), skill('prompting')],
  roles: [role('engineer', [{ skillId: 'ml', level: 2, importance: 4 }])],
  courses: [course('intro', [{ skillId: 'python', level: 2 }])],
};
const context = { builtinCatalog: builtin };

function item(id: string, extra: Partial<PlanItem> = {}): PlanItem {
  return { id, courseId: 'intro', skillIds: ['python'], start: '2026-09-07', end: '2026-09-30', hours: 10, status: 'planned', ...extra };
}

function plan(id = 'plan-a', items: PlanItem[] = [item('item-1'), item('item-2')]): Plan {
  return {
    id,
    name: 'Engineer by spring',
    createdAt: '2026-09-01T08:00:00.000Z',
    targetRoleIds: ['engineer'],
    inputs: { weeklyHours: 5, studyDays: [1, 3], startDate: '2026-09-07', pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
    items,
    readyDate: '2026-09-30',
    uncovered: [],
  };
}

function entry(id: string, itemId = 'item-1', hours = 1.5, planId = 'plan-a'): ProgressEntry {
  return { id, planId, itemId, date: '2026-09-09', hours };
}

const run = <C extends CommandChannel>(channel: C, state: StoreData, input: CommandInput<C>) => applyCommand(channel, state, input, context);

function value(result: ReturnType<typeof run>): StoreData {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const withPlan = (extra: Partial<StoreData> = {}): StoreData => ({ ...emptyStoreData(), plans: [plan()], ...extra });

function deepFreeze<T>(target: T): T {
  if (typeof target === 'object' && target !== null) {
    Object.values(target).forEach(deepFreeze);
    Object.freeze(target);
  }
  return target;
}

describe('the store commands', () => {
  it('are carried by channels of the channel map', () => {
    expect(COMMAND_CHANNELS.every((channel) => (CHANNELS as readonly string[]).includes(channel))).toBe(true);
    expect(COMMAND_CHANNELS).toEqual(Object.keys(STORE_COMMANDS));
  });

  it('never modify the document they are given, refused or not', () => {
    const state = deepFreeze(withPlan({ progress: [entry('log-1')], activePlanId: 'plan-a' }));
    const frozen = structuredClone(state);
    run('plans:save', state, plan('plan-b'));
    run('plans:create', state, plan('plan-c'));
    run('plans:remove', state, { id: 'plan-a' });
    run('progress:add', state, entry('log-2', 'item-2'));
    run('progress:remove', state, { id: 'log-1' });
    run('userCatalog:saveSkill', state, skill('python', ['ml']));
    run('userCatalog:saveCourse', state, course('mine', [{ skillId: 'python', level: 1 }]));
    run('settings:save', state, { ...state.settings, colorScheme: 'dark' });
    run('userCatalog:remove', state, { kind: 'skill', id: 'python' });
    expect(state).toEqual(frozen);
  });
});

describe('the profile and its rating history', () => {
  const profile = (skills: StoreData['profile'] extends infer P ? (P extends { skills: infer S } ? S : never) : never) => ({
    name: 'Léa',
    background: 'customer-support' as const,
    skills,
    targetRoleIds: ['engineer'],
    weeklyHours: 5,
    studyDays: [1, 3] as Array<1 | 3>,
    startDate: '2027-01-04',
  });

  it('records each level the save changes, dated by its rating, and nothing for an unchanged one', () => {
    const first = value(run('profile:save', emptyStoreData(), profile([{ skillId: 'python', level: 1, ratedOn: '2027-01-04' }, { skillId: 'ml', level: 0 }])));
    expect(first.ratingHistory).toEqual([{ skillId: 'python', level: 1, date: '2027-01-04' }]);
    const second = value(
      run('profile:save', first, profile([{ skillId: 'python', level: 2, ratedOn: '2027-03-01' }, { skillId: 'ml', level: 0 }, { skillId: 'prompting', level: 3, ratedOn: '2027-03-01' }])),
    );
    expect(second.ratingHistory).toEqual([
      { skillId: 'python', level: 1, date: '2027-01-04' },
      { skillId: 'python', level: 2, date: '2027-03-01' },
      { skillId: 'prompting', level: 3, date: '2027-03-01' },
    ]);
    const same = value(run('profile:save', second, second.profile!));
    expect(same.ratingHistory).toBe(second.ratingHistory);
  });

  it('records a removed rating as unknown on the latest rating day, and never dates a change by a guess', () => {
    const rated = value(run('profile:save', emptyStoreData(), profile([{ skillId: 'python', level: 2, ratedOn: '2027-01-04' }, { skillId: 'ml', level: 1, ratedOn: '2027-01-04' }])));
    const removed = value(run('profile:save', rated, profile([{ skillId: 'ml', level: 2, ratedOn: '2027-02-10' }])));
    expect(removed.ratingHistory.slice(2)).toEqual([
      { skillId: 'ml', level: 2, date: '2027-02-10' },
      { skillId: 'python', level: null, date: '2027-02-10' },
    ]);
    const undated = value(run('profile:save', removed, profile([{ skillId: 'ml', level: 4 }])));
    expect(undated.ratingHistory).toEqual(removed.ratingHistory);
    expect(undated.profile?.skills).toEqual([{ skillId: 'ml', level: 4 }]);
  });

  it('keeps the newest changes when the history is full, and still saves the profile', () => {
    const full = Array.from({ length: LIMITS.progressEntries }, (_, index) => ({ skillId: 'python', level: (index % 4) as 0 | 1 | 2 | 3, date: '2027-01-04' }));
    const next = value(run('profile:save', { ...emptyStoreData(), ratingHistory: full }, profile([{ skillId: 'ml', level: 3, ratedOn: '2027-05-05' }])));
    expect(next.ratingHistory).toHaveLength(LIMITS.progressEntries);
    expect(next.ratingHistory.at(-1)).toEqual({ skillId: 'ml', level: 3, date: '2027-05-05' });
    expect(next.ratingHistory[0]).toEqual(full[1]);
  });
});

describe('the weekly check-in', () => {
  it('remembers the last check-in answered, replacing the one before', () => {
    const first = value(run('checkIn:record', emptyStoreData(), { weekStart: '2027-01-11', outcome: 'declined' }));
    expect(first.lastCheckIn).toEqual({ weekStart: '2027-01-11', outcome: 'declined' });
    const second = value(run('checkIn:record', first, { weekStart: '2027-01-18', outcome: 'accepted' }));
    expect(second.lastCheckIn).toEqual({ weekStart: '2027-01-18', outcome: 'accepted' });
  });
});

describe('reviews', () => {
  it('records a review once per item and step', () => {
    const review = { planId: 'plan-a', itemId: 'item-1', weeks: 2 as const, date: '2026-10-01' };
    const first = value(run('review:record', withPlan(), review));
    expect(first.reviews).toEqual([review]);
    expect(value(run('review:record', first, { ...review, date: '2026-10-02' }))).toBe(first);
    expect(value(run('review:record', first, { ...review, weeks: 6 })).reviews).toHaveLength(2);
  });
});

describe('plans', () => {
  it('creates a plan and makes it active in one change', () => {
    const next = value(run('plans:create', emptyStoreData(), plan()));
    expect(next.plans.map((saved) => saved.id)).toEqual(['plan-a']);
    expect(next.activePlanId).toBe('plan-a');
  });

  it('refuses a plan whose items share an id, naming it, and activates nothing', () => {
    const twice = plan('plan-a', [item('item-1'), item('item-1')]);
    for (const channel of ['plans:save', 'plans:create'] as const) {
      expect(run(channel, emptyStoreData(), twice)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'duplicate-id', path: 'items.1.id', ids: ['item-1'] }),
      });
    }
  });

  it('saves the plan as given and leaves the progress log, the only record of hours logged, alone', () => {
    const progress = [entry('log-1', 'item-2', 2), entry('log-2', 'item-2', 1.25)];
    const edited = plan('plan-a', [item('item-1', { status: 'done' }), item('item-2')]);
    const next = value(run('plans:save', withPlan({ progress }), edited));
    expect(next.plans).toEqual([edited]);
    expect(next.progress).toBe(progress);
  });

  it('refuses a new plan past the limit but still replaces one inside a full list', () => {
    const full = { ...emptyStoreData(), plans: Array.from({ length: LIMITS.plans }, (_, index) => plan(`plan-${index}`)) };
    expect(run('plans:save', full, plan('plan-new'))).toMatchObject({ ok: false, error: { code: 'limit-exceeded', path: 'plans' } });
    expect(value(run('plans:save', full, { ...plan('plan-3'), name: 'Renamed' })).plans[3].name).toBe('Renamed');
  });

  it('refuses a plan with more items than a plan may hold', () => {
    const items = Array.from({ length: LIMITS.itemsPerPlan + 1 }, (_, index) => item(`item-${index}`));
    expect(run('plans:save', emptyStoreData(), plan('plan-a', items))).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', path: 'itemsPerPlan' },
    });
  });

  it('keeps the progress log of a removed plan and clears it as the active plan', () => {
    const next = value(run('plans:remove', withPlan({ activePlanId: 'plan-a', progress: [entry('log-1')] }), { id: 'plan-a' }));
    expect(next).toMatchObject({ plans: [], activePlanId: null, progress: [entry('log-1')] });
    expect(run('plans:setActive', next, { id: 'plan-a' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('logging hours', () => {
  it('adds the entry and marks a planned item started, in one change', () => {
    const next = value(run('progress:add', withPlan(), entry('log-1', 'item-2', 2.5)));
    expect(next.progress).toEqual([entry('log-1', 'item-2', 2.5)]);
    expect(next.plans[0].items).toEqual([item('item-1'), item('item-2', { status: 'in-progress' })]);
  });

  it('leaves a done or started item, and so the plans, as they were', () => {
    for (const status of ['done', 'in-progress'] as const) {
      const state = withPlan({ plans: [plan('plan-a', [item('item-1', { status })])] });
      expect(value(run('progress:add', state, entry('log-1'))).plans).toBe(state.plans);
    }
  });

  it('refuses an unknown plan or item and an id already used, changing nothing', () => {
    const state = withPlan({ progress: [entry('log-1')] });
    expect(run('progress:add', state, entry('log-2', 'item-1', 1, 'plan-gone'))).toMatchObject({ ok: false, error: { code: 'not-found', path: 'planId' } });
    expect(run('progress:add', state, entry('log-2', 'item-9'))).toMatchObject({ ok: false, error: { code: 'not-found', path: 'itemId' } });
    expect(run('progress:add', state, entry('log-1', 'item-2'))).toMatchObject({
      ok: false,
      error: { code: 'duplicate-id', path: 'id', ids: ['log-1'] },
    });
  });

  it('refuses a note longer than a note may be, and an entry past the log’s limit', () => {
    const long = { ...entry('log-1'), note: 'x'.repeat(LIMITS.noteChars + 1) };
    expect(run('progress:add', withPlan(), long)).toMatchObject({ ok: false, error: { code: 'limit-exceeded', path: 'noteChars' } });
    const full = withPlan({ progress: Array.from({ length: LIMITS.progressEntries }, (_, index) => entry(`log-${index}`)) });
    expect(run('progress:add', full, entry('log-new'))).toMatchObject({ ok: false, error: { code: 'limit-exceeded', path: 'progressEntries' } });
  });

  it('removing an entry changes only the log; an entry of a deleted plan just goes', () => {
    const logged = value(run('progress:add', withPlan(), entry('log-1', 'item-1', 2)));
    const twice = value(run('progress:add', logged, entry('log-2', 'item-1', 0.5)));
    const removed = value(run('progress:remove', twice, { id: 'log-1' }));
    expect(removed.progress.map((kept) => kept.id)).toEqual(['log-2']);
    expect(removed.plans).toBe(twice.plans);
    const orphan = { ...emptyStoreData(), progress: [entry('log-1')] };
    expect(value(run('progress:remove', orphan, { id: 'log-1' })).progress).toEqual([]);
    expect(run('progress:remove', orphan, { id: 'log-9' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('the person’s catalog', () => {
  it('marks entries custom and replaces by id', () => {
    const once = value(run('userCatalog:saveSkill', emptyStoreData(), { ...skill('mine'), custom: false }));
    const twice = value(run('userCatalog:saveSkill', once, { ...skill('mine'), aliases: ['again'] }));
    expect(twice.userCatalog.skills).toEqual([{ ...skill('mine'), aliases: ['again'], custom: true }]);
  });

  it('refuses a skill whose prerequisites close a loop with the built-in ones, naming it from that skill', () => {
    expect(run('userCatalog:saveSkill', emptyStoreData(), skill('python', ['ml']))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'prerequisite-cycle', ids: ['python', 'ml', 'python'] }),
    });
    expect(run('userCatalog:saveSkill', emptyStoreData(), skill('mine', ['mine']))).toMatchObject({
      ok: false,
      error: { code: 'prerequisite-cycle', ids: ['mine', 'mine'] },
    });
  });

  it('still saves other skills when an older loop exists elsewhere', () => {
    const looped = { ...emptyStoreData(), userCatalog: { skills: [{ ...skill('python', ['ml']), custom: true }], roles: [], courses: [] } };
    expect(run('userCatalog:saveSkill', looped, skill('mine', ['python']))).toMatchObject({ ok: true });
  });

  it('refuses removing a copy when the built-in skill it brings back closes a loop', () => {
    const state = value(run('userCatalog:saveSkill', value(run('userCatalog:saveSkill', emptyStoreData(), skill('ml'))), skill('python', ['ml'])));
    expect(run('userCatalog:remove', state, { kind: 'skill', id: 'ml' })).toMatchObject({
      ok: false,
      error: { code: 'prerequisite-cycle', ids: ['ml', 'python', 'ml'] },
    });
    expect(run('userCatalog:remove', state, { kind: 'skill', id: 'python' })).toMatchObject({ ok: true });
    expect(run('userCatalog:remove', state, { kind: 'role', id: 'python' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a custom course past the limit', () => {
    const courses = Array.from({ length: LIMITS.customCourses }, (_, index) => ({ ...course(`c-${index}`, [{ skillId: 'python', level: 1 }]), custom: true }));
    const full = { ...emptyStoreData(), userCatalog: { skills: [], roles: [], courses } };
    expect(run('userCatalog:saveCourse', full, course('one-more', [{ skillId: 'python', level: 1 }]))).toMatchObject({
      ok: false,
      error: { code: 'limit-exceeded', path: 'customCourses' },
    });
  });
});

describe('the size of the whole store', () => {
  const note = 'n'.repeat(LIMITS.noteChars);
  const entriesFilling = (bytes: number) => Array.from({ length: Math.ceil(bytes / note.length) }, (_, index) => ({ ...entry(`log-${index}`), note }));

  it('refuses a change that grows a store past the limit, and accepts one that shrinks it', () => {
    const oversized = withPlan({ progress: entriesFilling(LIMITS.storeBytes) });
    expect(run('progress:add', oversized, entry('log-new'))).toMatchObject({ ok: false, error: { code: 'limit-exceeded', path: 'storeBytes' } });
    expect(run('progress:remove', oversized, { id: 'log-0' })).toMatchObject({ ok: true });
    expect(run('settings:save', oversized, { ...oversized.settings, colorScheme: 'dark' })).toMatchObject({ ok: true });
  });

  it('accepts growth while under the limit', () => {
    const under = withPlan({ progress: entriesFilling(LIMITS.storeBytes / 2) });
    expect(run('progress:add', under, entry('log-new'))).toMatchObject({ ok: true });
  });
});
