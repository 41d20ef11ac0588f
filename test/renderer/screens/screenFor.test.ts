import { describe, expect, it } from 'vitest';
import { emptyStoreData, type Profile, type StoreData } from '../../../core';
import { parseRoute } from '../../../renderer/src/routing';
import { SCREENS } from '../../../renderer/src/screens/registry';
import { screenFor } from '../../../renderer/src/screens/screenFor';

const someone = { name: 'Sam' } as Profile;
const withPlan: Pick<StoreData, 'profile' | 'plans' | 'activePlanId'> = {
  profile: someone,
  plans: [{ id: 'plan-1' } as StoreData['plans'][number]],
  activePlanId: 'plan-1',
};

const segmentOf = (hash: string, data: Pick<StoreData, 'profile' | 'plans' | 'activePlanId'>) => screenFor(parseRoute(hash), data)?.screen.segment;

describe('screenFor', () => {
  it('sends a person without a profile to onboarding, whatever the address, without navigation', () => {
    const chosen = screenFor(parseRoute('#/roles/ai-engineer'), emptyStoreData());
    expect(chosen?.screen.segment).toBe('onboarding');
    expect(chosen?.needsOnboarding).toBe(true);
  });

  it('opens the print route as paper even before there is a profile', () => {
    const chosen = screenFor(parseRoute('#/print/plan-1?paper=a4'), emptyStoreData());
    expect(chosen).toMatchObject({ printing: true, needsOnboarding: false });
    expect(chosen?.screen.segment).toBe('print');
  });

  it('makes This week the home once a plan is active, the profile before', () => {
    expect(segmentOf('#/', withPlan)).toBe('week');
    expect(segmentOf('#/', { ...withPlan, activePlanId: null })).toBe('profile');
    expect(segmentOf('#/nowhere', withPlan)).toBe('week');
  });

  it('shows the screen the address names, but never onboarding again once there is a profile', () => {
    expect(segmentOf('#/roles/ai-engineer', withPlan)).toBe('roles');
    expect(segmentOf('#/onboarding', withPlan)).toBe('week');
  });
});

describe('screen registry', () => {
  it('fetches a screen once and then has it in memory, so it is drawn without suspending', async () => {
    const settings = SCREENS.find((screen) => screen.segment === 'settings');
    if (!settings) throw new Error('no settings screen');
    expect(settings.loaded()).toBeNull();
    const first = settings.load();
    expect(settings.load()).toBe(first);
    const component = await first;
    expect(typeof component).toBe('function');
    expect(settings.loaded()).toBe(component);
  });
});
