import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  emptyStoreData,
  StoreDataSchema,
  StoreV1Schema,
  StoreV2Schema,
  STORE_SCHEMAS_BY_VERSION,
  UPGRADE_STEPS,
  upgradeToCurrent,
  upgradeV1ToV2,
  type StoreV1,
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
    expect(outcome.data.schemaVersion).toBe(2);
    expect(outcome.data.profile?.name).toBe('Camille Durand');
    expect(outcome.data.profile?.skills).toHaveLength(5);
    expect(outcome.data.userCatalog.roles.map((role) => role.id)).toEqual(['ai-content-strategist']);
    expect(outcome.data.settings).toEqual({ locale: 'fr', colorScheme: 'dark' });
    expect(outcome.data.plans).toEqual([]);
  });

  it('upgrades the v1 first-launch file to the empty current store', () => {
    const outcome = upgradeToCurrent(readJson('v1-first-launch.json'));
    expect(outcome).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 1 });
  });

  it('reads a v2 file with a plan and progress unchanged', () => {
    const raw = readJson('v2-annotator-with-plan.json');
    const outcome = upgradeToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.detail);
    expect(outcome.fromVersion).toBe(2);
    expect(outcome.data).toEqual(raw);
  });

  it('reads the empty v2 file', () => {
    expect(upgradeToCurrent(readJson('v2-empty.json'))).toEqual({ ok: true, data: emptyStoreData(), fromVersion: 2 });
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
    expect(upgradeToCurrent({ ...emptyStoreData(), schemaVersion: '2' })).toMatchObject({ ok: false, reason: 'invalid' });
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
    expect(upgradeToCurrent(withoutPlans)).toMatchObject({ ok: false, reason: 'invalid', version: 2 });
  });

  it('never throws on hostile input', () => {
    const hostile = JSON.parse('{"schemaVersion":1,"__proto__":{"polluted":true},"profile":null}');
    expect(upgradeToCurrent(hostile)).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
