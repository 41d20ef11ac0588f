import { emptyStoreData, StoreDataSchema, type StoreData } from '../../../core';
import * as mutations from '../../../main/service/mutations';
import { STORE_LIMITS } from '../../../main/service/mutations';
import { sampleCourse, samplePlan, sampleProgress, sampleSkill } from './samples';

describe('STORE_LIMITS', () => {
  it('matches the list limits of the store schema', () => {
    const withPlans = (count: number) => ({
      ...emptyStoreData(),
      plans: Array.from({ length: count }, (_, index) => samplePlan(`plan-${index}`)),
    });
    expect(StoreDataSchema.safeParse(withPlans(STORE_LIMITS.plans)).success).toBe(true);
    expect(StoreDataSchema.safeParse(withPlans(STORE_LIMITS.plans + 1)).success).toBe(false);

    const shape = StoreDataSchema.shape;
    const progress = (count: number) => Array.from({ length: count }, (_, index) => sampleProgress(`log-${index}`));
    expect(shape.progress.safeParse(progress(STORE_LIMITS.progress)).success).toBe(true);
    expect(shape.progress.safeParse(progress(STORE_LIMITS.progress + 1)).success).toBe(false);

    const skills = (count: number) => Array.from({ length: count }, (_, index) => sampleSkill(`skill-${index}`));
    expect(shape.userCatalog.shape.skills.safeParse(skills(STORE_LIMITS.catalogEntries)).success).toBe(true);
    expect(shape.userCatalog.shape.skills.safeParse(skills(STORE_LIMITS.catalogEntries + 1)).success).toBe(false);
  });
});

describe('mutations', () => {
  it('never modify the state they are given', () => {
    const state: StoreData = { ...emptyStoreData(), plans: [samplePlan()] };
    const frozen = structuredClone(state);
    mutations.savePlan(state, samplePlan('plan-two'));
    mutations.addProgress(state, sampleProgress());
    mutations.removePlan(state, { id: samplePlan().id });
    mutations.saveUserCourse(state, sampleCourse());
    expect(state).toEqual(frozen);
  });

  it('refuse to grow a list past its limit but still replace inside a full list', () => {
    const full: StoreData = {
      ...emptyStoreData(),
      plans: Array.from({ length: STORE_LIMITS.plans }, (_, index) => samplePlan(`plan-${index}`)),
    };
    expect(mutations.savePlan(full, samplePlan('plan-new'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const replaced = mutations.savePlan(full, { ...samplePlan('plan-3'), name: 'Renamed' });
    expect(replaced.ok && replaced.value.plans[3].name).toBe('Renamed');
  });

  it('refuse a progress entry past the limit', () => {
    const state: StoreData = {
      ...emptyStoreData(),
      plans: [samplePlan()],
      progress: Array.from({ length: STORE_LIMITS.progress }, (_, index) => sampleProgress(`log-${index}`)),
    };
    expect(mutations.addProgress(state, sampleProgress('log-new'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
