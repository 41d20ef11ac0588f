import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  emptyStoreData,
  StoreV1Schema,
  StoreV2Schema,
  StoreV3Schema,
  StoreV4Schema,
  loggedHoursByItem,
  upgradeV1ToV2,
  upgradeV2ToV3,
  upgradeV3ToV4,
  upgradeV4ToV5,
  upgradeV5ToV6,
  StoreV5Schema,
  StoreV6Schema,
  type PlanV3,
  type ProgressEntry,
  type StoreV1,
  type StoreV2,
  type StoreV3,
} from '../../../core';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/store');
const readText = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const readJson = (name: string): unknown => JSON.parse(readText(name));

describe('upgradeV1ToV2', () => {
  it('keeps every v1 field and adds empty plans, no active plan and an empty progress log', () => {
    const v1 = StoreV1Schema.parse(readJson('v1-marketing-switcher.json'));
    const v2 = upgradeV1ToV2(v1);
    expect(v2).toEqual({ ...v1, schemaVersion: 2, plans: [], activePlanId: null, progress: [] });
    expect(StoreV2Schema.safeParse(v2).success).toBe(true);
  });

  it('does not modify its input', () => {
    const v1: StoreV1 = StoreV1Schema.parse(readJson('v1-first-launch.json'));
    const before = structuredClone(v1);
    upgradeV1ToV2(v1);
    expect(v1).toEqual(before);
  });
});

/** The v2 career-switcher file: a profile, a plan without a scope, progress. */
const annotatorV2 = (): StoreV2 => StoreV2Schema.parse(readJson('v2-annotator-with-plan.json'));

function withLocale(v2: StoreV2, locale: StoreV2['settings']['locale']): StoreV2 {
  return { ...v2, settings: { ...v2.settings, locale } };
}

describe('upgradeV2ToV3', () => {
  it('gives an English profile without study languages English', () => {
    const v3 = upgradeV2ToV3(withLocale(annotatorV2(), 'en'));
    expect(v3.profile?.studyLanguages).toEqual(['en']);
    expect(StoreV3Schema.safeParse(v3).success).toBe(true);
  });

  it('gives a French profile without study languages French, then English', () => {
    const v3 = upgradeV2ToV3(withLocale(annotatorV2(), 'fr'));
    expect(v3.profile?.studyLanguages).toEqual(['fr', 'en']);
    expect(StoreV3Schema.safeParse(v3).success).toBe(true);
  });

  it('keeps study languages the profile already has', () => {
    const v2 = annotatorV2();
    const chosen: StoreV2 = { ...withLocale(v2, 'fr'), profile: { ...v2.profile!, studyLanguages: ['de'] } };
    expect(upgradeV2ToV3(chosen).profile?.studyLanguages).toEqual(['de']);
  });

  it('keeps a missing profile missing', () => {
    const v2 = StoreV2Schema.parse(readJson('v2-empty.json'));
    const v3 = upgradeV2ToV3(withLocale(v2, 'fr'));
    expect(v3.profile).toBeNull();
    const { ratingHistory: _history, lastCheckIn: _checkIn, reviews: _reviews, ...emptyV3Shape } = emptyStoreData();
    expect(v3).toEqual({ ...emptyV3Shape, schemaVersion: 3, settings: { ...emptyStoreData().settings, locale: 'fr' } });
  });

  it('marks a plan without a scope as full, so it keeps meaning every requirement', () => {
    const v3 = upgradeV2ToV3(annotatorV2());
    expect(v3.plans.map((plan) => plan.inputs.scope)).toEqual(['full']);
  });

  it('keeps the scope of a plan that has one and marks only the others', () => {
    const v2 = annotatorV2();
    const withScope: PlanV3 = { ...v2.plans[0], id: 'plan-core', inputs: { ...v2.plans[0].inputs, scope: 'core' } };
    const v3 = upgradeV2ToV3({ ...v2, plans: [v2.plans[0], withScope] });
    expect(v3.plans.map((plan) => [plan.id, plan.inputs.scope])).toEqual([
      ['plan-annotator-autumn', 'full'],
      ['plan-core', 'core'],
    ]);
  });

  it('changes nothing else: catalog, settings, items, active plan and progress are kept', () => {
    const v2 = annotatorV2();
    const v3 = upgradeV2ToV3(v2);
    const { studyLanguages: _languages, ...profileRest } = v3.profile!;
    expect(profileRest).toEqual(v2.profile);
    expect(v3.plans.map(({ inputs: { scope: _scope, ...inputs }, ...plan }) => ({ ...plan, inputs }))).toEqual(v2.plans);
    expect(v3).toMatchObject({
      schemaVersion: 3,
      userCatalog: v2.userCatalog,
      settings: v2.settings,
      activePlanId: v2.activePlanId,
      progress: v2.progress,
    });
  });

  it('does not modify its input', () => {
    const v2 = annotatorV2();
    const before = structuredClone(v2);
    upgradeV2ToV3(v2);
    expect(v2).toEqual(before);
  });

  it('gives the same answer twice (no clock, no randomness)', () => {
    expect(upgradeV2ToV3(annotatorV2())).toEqual(upgradeV2ToV3(annotatorV2()));
  });
});

/** The v3 career-switcher file: its items store 6, 3.5 and 0 h, just what their entries hold. */
const annotatorV3 = (): StoreV3 => StoreV3Schema.parse(readJson('v3-annotator-with-plan.json'));

function withStoredHours(v3: StoreV3, hoursByItem: Record<string, number>): StoreV3 {
  const items = v3.plans[0].items.map((item) => ({ ...item, hoursLogged: hoursByItem[item.id] ?? item.hoursLogged }));
  return { ...v3, plans: [{ ...v3.plans[0], items }] };
}

const added = (before: StoreV3, after: { progress: ProgressEntry[] }): ProgressEntry[] => after.progress.slice(before.progress.length);

describe('upgradeV3ToV4', () => {
  it('drops the stored hours logged from every item and changes nothing else', () => {
    const v3 = annotatorV3();
    const v4 = upgradeV3ToV4(v3);
    expect(v4.plans.flatMap((plan) => plan.items).some((item) => 'hoursLogged' in item)).toBe(false);
    expect(v4).toEqual(readJson('v4-annotator-with-plan.json'));
    expect(StoreV4Schema.safeParse(v4).success).toBe(true);
  });

  it('keeps the progress log as it is when it holds the hours each item stored, or more', () => {
    const v3 = annotatorV3();
    expect(upgradeV3ToV4(v3).progress).toEqual(v3.progress);
    // A copy that fell behind the log: the log was the truth.
    const stale = withStoredHours(v3, { 'item-1': 2, 'item-2': 0 });
    expect(upgradeV3ToV4(stale).progress).toEqual(v3.progress);
  });

  it('logs the hours an item stored above its entries, from the item’s start, at most 24 h an entry', () => {
    // item-2 starts on 8 October 2026 with 3.5 h logged; item-3 starts on 4 December with none.
    const v3 = withStoredHours(annotatorV3(), { 'item-2': 53.75, 'item-3': 1.333 });
    const v4 = upgradeV3ToV4(v3);
    expect(added(v3, v4)).toEqual([
      { id: 'logged-before-v4-1', planId: 'plan-annotator-autumn', itemId: 'item-2', date: '2026-10-08', hours: 24 },
      { id: 'logged-before-v4-2', planId: 'plan-annotator-autumn', itemId: 'item-2', date: '2026-10-09', hours: 24 },
      { id: 'logged-before-v4-3', planId: 'plan-annotator-autumn', itemId: 'item-2', date: '2026-10-10', hours: 2.25 },
      { id: 'logged-before-v4-4', planId: 'plan-annotator-autumn', itemId: 'item-3', date: '2026-12-04', hours: 1.33 },
    ]);
    expect(v4.progress.slice(0, v3.progress.length)).toEqual(v3.progress);
    const logged = loggedHoursByItem(v4.plans[0], v4.progress);
    expect(logged.get('item-2')).toBeCloseTo(53.75, 9);
    expect(logged.get('item-3')).toBeCloseTo(1.33, 9);
    expect(StoreV4Schema.safeParse(v4).success).toBe(true);
  });

  it('gives the added entries ids no entry has, and counts only the plan’s own entries', () => {
    const v3 = annotatorV3();
    const taken: ProgressEntry[] = [
      { id: 'logged-before-v4-1', planId: 'plan-removed', itemId: 'item-3', date: '2026-09-01', hours: 5 },
      { id: 'logged-before-v4-3', planId: 'plan-removed', itemId: 'item-3', date: '2026-09-02', hours: 5 },
    ];
    const crowded = { ...withStoredHours(v3, { 'item-3': 50 }), progress: [...v3.progress, ...taken] };
    const entries = added(crowded, upgradeV3ToV4(crowded));
    expect(entries.map((entry) => [entry.id, entry.hours])).toEqual([
      ['logged-before-v4-2', 24],
      ['logged-before-v4-4', 24],
      ['logged-before-v4-5', 2],
    ]);
    const ids = upgradeV3ToV4(crowded).progress.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('logs nothing for a difference below half a hundredth of an hour, or one made by adding decimals', () => {
    const v3 = annotatorV3();
    expect(added(v3, upgradeV3ToV4(withStoredHours(v3, { 'item-2': 3.504 })))).toEqual([]);
    const tenths = { ...withStoredHours(v3, { 'item-3': 0.3 }), progress: [...v3.progress] };
    tenths.progress.push(
      { id: 'tenth-1', planId: 'plan-annotator-autumn', itemId: 'item-3', date: '2026-12-04', hours: 0.1 },
      { id: 'tenth-2', planId: 'plan-annotator-autumn', itemId: 'item-3', date: '2026-12-05', hours: 0.2 },
    );
    expect(added(tenths, upgradeV3ToV4(tenths))).toEqual([]);
  });

  it('does not modify its input and gives the same answer twice (no clock)', () => {
    const v3 = withStoredHours(annotatorV3(), { 'item-3': 30 });
    const before = structuredClone(v3);
    const first = upgradeV3ToV4(v3);
    expect(v3).toEqual(before);
    expect(upgradeV3ToV4(v3)).toEqual(first);
  });
});

describe('upgradeV4ToV5', () => {
  it('adds an empty rating history, no check-in and no reviews, keeps every v4 field, and does not modify its input', () => {
    const v4 = StoreV4Schema.parse(readJson('v4-annotator-with-plan.json'));
    const before = structuredClone(v4);
    const v5 = upgradeV4ToV5(v4);
    expect(v5).toEqual({ ...v4, schemaVersion: 5, ratingHistory: [], lastCheckIn: null, reviews: [] });
    expect(v4).toEqual(before);
    expect(StoreV5Schema.safeParse(v5).success).toBe(true);
  });
});

describe('upgradeV5ToV6', () => {
  it('changes only the version, keeps every v5 field, and does not modify its input', () => {
    const v5 = StoreV5Schema.parse(readJson('v5-annotator-with-plan.json'));
    const before = structuredClone(v5);
    const v6 = upgradeV5ToV6(v5);
    expect(v6).toEqual({ ...v5, schemaVersion: 6 });
    expect(v5).toEqual(before);
    expect(StoreV6Schema.safeParse(v6).success).toBe(true);
  });

  it('gives a v6 profile jobs a v5 profile cannot hold', () => {
    const v6 = StoreV6Schema.parse(readJson('v6-annotator-with-plan.json'));
    expect(v6.profile?.occupations).toHaveLength(1);
    expect(StoreV5Schema.safeParse({ ...v6, schemaVersion: 5 }).success).toBe(false);
  });
});
