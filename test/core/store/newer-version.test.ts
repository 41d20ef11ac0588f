import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION, emptyStoreData, StoreDataSchema } from '../../../core';
import { readNewerStore } from '../../../core/store/newer-version';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/store');
const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

describe('readNewerStore', () => {
  it('shows the parts of a newer file that fit the current shape and ignores new fields', () => {
    const view = readNewerStore(readJson('v99-newer.json'));
    expect(view.data.profile?.name).toBe('Sam Rivera');
    expect(view.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(StoreDataSchema.safeParse(view.data).success).toBe(true);
    expect(view.data).not.toHaveProperty('mentors');
  });

  it('drops list items that do not fit and keeps the others', () => {
    const plan = (readJson('v6-annotator-with-plan.json') as { plans: unknown[] }).plans[0] as Record<string, unknown>;
    const view = readNewerStore({
      ...emptyStoreData(),
      schemaVersion: 6,
      plans: [plan, { ...plan, id: 'plan-from-the-future', budget: 100 }],
      activePlanId: 'plan-from-the-future',
    });
    expect(view.data.plans.map((kept) => kept.id)).toEqual(['plan-annotator-autumn']);
    expect(view.data.activePlanId).toBeNull();
    expect(view.skipped).toEqual(expect.arrayContaining(['plans.1', 'activePlanId']));
  });

  it('falls back to defaults for a field whose shape changed', () => {
    const view = readNewerStore({ ...emptyStoreData(), schemaVersion: 6, settings: { theme: 'blue' } });
    expect(view.data.settings).toEqual(emptyStoreData().settings);
    expect(view.skipped).toContain('settings');
  });

  it('gives an empty store for something that is not an object', () => {
    expect(readNewerStore('nonsense').data).toEqual(emptyStoreData());
  });
});
