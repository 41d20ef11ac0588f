/**
 * The upgrade of a whole stored document to the current version, step after step
 * (core/store/upgrades.ts upgradeToCurrent), with the fixture files of every version, the
 * registry of steps and hostile input. The single steps are tested in upgrades.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  emptyStoreData,
  StoreDataSchema,
  StoreV2Schema,
  StoreV5Schema,
  STORE_SCHEMAS_BY_VERSION,
  UPGRADE_STEPS,
  upgradeToCurrent,
  upgradeV2ToV3,
  upgradeV3ToV4,
  upgradeV4ToV5,
  upgradeV5ToV6,
  type StoreData,
  type StoreV2,
  type StoreV3,
} from '../../../core';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/store');
const readText = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const readJson = (name: string): unknown => JSON.parse(readText(name));

describe('the upgrade registry', () => {
  it('has one step per version, in order, ending at the current version', () => {
    UPGRADE_STEPS.forEach((step, index) => {
      expect(step.from).toBe(index + 1);
      expect(step.to).toBe(index + 2);
    });
    expect(UPGRADE_STEPS.at(-1)?.to).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('knows a schema for every version and the current one is StoreDataSchema', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version += 1) {
      expect(STORE_SCHEMAS_BY_VERSION[version]).toBeDefined();
    }
    expect(STORE_SCHEMAS_BY_VERSION[CURRENT_SCHEMA_VERSION]).toBe(StoreDataSchema);
  });
});

describe('upgradeToCurrent with the fixtures', () => {
  it('upgrades the v1 career switcher, keeping profile, custom role and settings', () => {
    const outcome = upgradeToCurrent(readJson('v1-marketing-switcher.json'));
    if (!outcome.ok) throw new Error(outcome.detail);
    expect(outcome.fromVersion).toBe(1);
    expect(outcome.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(outcome.data.profile?.name).toBe('Camille Durand');
    // Through v2 to v3: the French settings give French, then English.
    expect(outcome.data.profile?.studyLanguages).toEqual(['fr', 'en']);
    expect(outcome.data.profile?.skills).toHaveLength(5);
    expect(outcome.data.userCatalog.roles.map((role) => role.id)).toEqual(['ai-content-strategist']);
    expect(outcome.data.settings).toEqual({ locale: 'fr', colorScheme: 'dark' });
    expect(outcome.data.plans).toEqual([]);
  });

  it('upgrades the v1 first-launch file to the empty current store', () => {
    const outcome = upgradeToCurrent(readJson('v1-first-launch.json'));
    expect(outcome).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 1 });
  });

  it('upgrades a v2 file with a plan and progress through every step: languages, scope, no stored hours', () => {
    const raw = readJson('v2-annotator-with-plan.json');
    const outcome = upgradeToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.detail);
    expect(outcome.fromVersion).toBe(2);
    expect(outcome.data).toEqual(upgradeV5ToV6(upgradeV4ToV5(upgradeV3ToV4(upgradeV2ToV3(StoreV2Schema.parse(raw))))));
    expect(StoreDataSchema.safeParse(outcome.data).success).toBe(true);
    expect(outcome.data.profile?.studyLanguages).toEqual(['en']);
    expect(outcome.data.plans[0].inputs.scope).toBe('full');
    expect(outcome.data.plans[0].items.some((item) => 'hoursLogged' in item)).toBe(false);
    expect(outcome.data.progress).toEqual((raw as StoreV2).progress);
  });

  it('upgrades the empty v2 file to the empty current store', () => {
    expect(upgradeToCurrent(readJson('v2-empty.json'))).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 2 });
  });

  it('upgrades a v3 file with a plan and progress to the v4 file, then on: only the stored hours go', () => {
    const outcome = upgradeToCurrent(readJson('v3-annotator-with-plan.json'));
    if (!outcome.ok) throw new Error(outcome.detail);
    expect(outcome.fromVersion).toBe(3);
    expect(outcome.data).toEqual({ ...(readJson('v4-annotator-with-plan.json') as object), schemaVersion: 6, ratingHistory: [], lastCheckIn: null, reviews: [] });
    expect(StoreDataSchema.safeParse(outcome.data).success).toBe(true);
  });

  it('upgrades the empty v3 file to the empty current store', () => {
    expect(upgradeToCurrent(readJson('v3-empty.json'))).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 3 });
  });

  it('upgrades a v4 file with an empty rating history and no check-in, and nothing else changed', () => {
    const raw = readJson('v4-annotator-with-plan.json') as Record<string, unknown>;
    expect(upgradeToCurrent(raw)).toEqual({ ok: true, data: { ...raw, schemaVersion: 6, ratingHistory: [], lastCheckIn: null, reviews: [] }, fromVersion: 4 });
  });

  it('reads the empty v4 file', () => {
    expect(upgradeToCurrent(readJson('v4-empty.json'))).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 4 });
  });

  it('upgrades a v5 file with a plan, progress, reminders and a rating history: only the version changes', () => {
    const raw = readJson('v5-annotator-with-plan.json') as Record<string, unknown>;
    expect(upgradeToCurrent(raw)).toEqual({ ok: true, data: { ...raw, schemaVersion: 6 }, fromVersion: 5 });
  });

  it('refuses the jobs of a v6 profile in a v5 file: they came with v6', () => {
    const v6 = readJson('v6-annotator-with-plan.json') as StoreData;
    const outcome = upgradeToCurrent({ ...v6, schemaVersion: 5 });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', version: 5 });
  });

  it('reads a v6 file with the person’s jobs unchanged', () => {
    const raw = readJson('v6-annotator-with-plan.json') as StoreData;
    expect(raw.profile?.occupations?.[0].code).toBe('27-3043.00');
    expect(upgradeToCurrent(raw)).toEqual({ ok: true, data: raw, fromVersion: 6 });
  });

  it('reads the empty v6 file', () => {
    expect(upgradeToCurrent(readJson('v6-empty.json'))).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 6 });
  });

  it('keeps a v5 profile without study languages and a plan without a scope as they are (they mean the defaults)', () => {
    const v5 = StoreV5Schema.parse(readJson('v5-annotator-with-plan.json'));
    const { studyLanguages: _languages, ...profile } = v5.profile!;
    const plans = v5.plans.map(({ inputs: { scope: _scope, ...inputs }, ...plan }) => ({ ...plan, inputs }));
    const bare = { ...v5, profile, plans };
    expect(upgradeToCurrent(bare)).toEqual({ ok: true, data: { ...bare, schemaVersion: 6 }, fromVersion: 5 });
  });

  it('upgrades the empty v5 file to the empty current store', () => {
    expect(upgradeToCurrent(readJson('v5-empty.json'))).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 5 });
  });

  it('refuses v5 settings in a v4 file: reminders came with v5', () => {
    const v4 = readJson('v4-empty.json') as Record<string, unknown>;
    const outcome = upgradeToCurrent({ ...v4, settings: { locale: 'en', colorScheme: 'auto', openAtLogin: true } });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', version: 4 });
  });

  it('refuses an invalid v2 file before upgrading it, naming the field', () => {
    const v2 = readJson('v2-annotator-with-plan.json') as StoreV2;
    const broken = { ...v2, plans: [{ ...v2.plans[0], inputs: { ...v2.plans[0].inputs, weeklyHours: -3 } }] };
    const outcome = upgradeToCurrent(broken);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', version: 2 });
    expect(outcome).not.toHaveProperty('failedStep');
    if (!outcome.ok) expect(outcome.detail).toContain('plans.0.inputs.weeklyHours');
  });

  it('refuses a v2 file whose profile has an unknown study language, naming the field', () => {
    const v2 = readJson('v2-annotator-with-plan.json') as StoreV2;
    const outcome = upgradeToCurrent({ ...v2, profile: { ...v2.profile, studyLanguages: ['it'] } });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', version: 2 });
    if (!outcome.ok) expect(outcome.detail).toContain('profile.studyLanguages');
  });

  it('reports a file from a newer version with its version', () => {
    const outcome = upgradeToCurrent(readJson('v99-newer.json'));
    expect(outcome).toMatchObject({ ok: false, reason: 'newer-version', version: 99 });
  });

  it('cannot parse the truncated file (the store code classifies it as unparsable)', () => {
    expect(() => JSON.parse(readText('unparsable-truncated.json'))).toThrow(SyntaxError);
  });

  it('reports the schema-invalid file as invalid, naming the field', () => {
    const outcome = upgradeToCurrent(readJson('invalid-schema.json'));
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', version: 2 });
    if (!outcome.ok) expect(outcome.detail).toContain('profile.');
  });
});

describe('upgradeToCurrent edge cases', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'schemaVersion'],
  ])('refuses %s as invalid', (_label, raw) => {
    expect(upgradeToCurrent(raw)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a missing or non-numeric schemaVersion as invalid', () => {
    const { schemaVersion: _dropped, ...withoutVersion } = emptyStoreData();
    expect(upgradeToCurrent(withoutVersion)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(upgradeToCurrent({ ...emptyStoreData(), schemaVersion: '4' })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it.each([0, -1, 1.5, Number.NaN])('calls schema version %s unknown', (version) => {
    expect(upgradeToCurrent({ ...emptyStoreData(), schemaVersion: version })).toMatchObject({
      ok: false,
      reason: 'unknown-version',
    });
  });

  it('validates a v1 file against the v1 schema: v2 fields in a v1 file are refused', () => {
    const v1WithPlans = { ...readJson('v1-first-launch.json') as object, plans: [] };
    expect(upgradeToCurrent(v1WithPlans)).toMatchObject({ ok: false, reason: 'invalid', version: 1 });
  });

  it('validates a v2 file against the v2 schema: a v2 file without plans is refused', () => {
    const { plans: _dropped, ...withoutPlans } = emptyStoreData();
    expect(upgradeToCurrent({ ...withoutPlans, schemaVersion: 2 })).toMatchObject({ ok: false, reason: 'invalid', version: 2 });
  });

  it('validates a v3 file against the v3 schema: a v3 plan with an unknown scope is refused', () => {
    const v3 = readJson('v3-annotator-with-plan.json') as StoreV3;
    const broken = { ...v3, plans: [{ ...v3.plans[0], inputs: { ...v3.plans[0].inputs, scope: 'everything' } }] };
    const outcome = upgradeToCurrent(broken);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid', version: 3 });
    if (!outcome.ok) expect(outcome.detail).toContain('plans.0.inputs.scope');
  });

  it('validates hours logged against each version: required on a v3 item, refused on a v4 item', () => {
    const v3 = readJson('v3-annotator-with-plan.json') as StoreV3;
    const { hoursLogged: _dropped, ...bareItem } = v3.plans[0].items[0];
    const withoutHours = { ...v3, plans: [{ ...v3.plans[0], items: [bareItem, ...v3.plans[0].items.slice(1)] }] };
    const refusedV3 = upgradeToCurrent(withoutHours);
    expect(refusedV3).toMatchObject({ ok: false, reason: 'invalid', version: 3 });
    if (!refusedV3.ok) expect(refusedV3.detail).toContain('plans.0.items.0.hoursLogged');

    const v4 = readJson('v4-annotator-with-plan.json') as StoreV3;
    const withHours = { ...v4, plans: [{ ...v4.plans[0], items: [{ ...v4.plans[0].items[0], hoursLogged: 6 }] }] };
    expect(upgradeToCurrent(withHours)).toMatchObject({ ok: false, reason: 'invalid', version: 4 });
  });

  it('never throws on hostile input', () => {
    const hostile = JSON.parse('{"schemaVersion":1,"__proto__":{"polluted":true},"profile":null}');
    expect(upgradeToCurrent(hostile)).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
