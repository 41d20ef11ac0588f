import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { LIMITS, type StoreData } from '../../../core';
import { useAppData, type AppData } from '../../../renderer/src/data/AppDataProvider';
import { smallCatalog } from '../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../render';
import { builtPlan } from '../screens/Plan/planFixtures';

afterEach(() => notifications.clean());

/** Hands the provider's value to the test, as any screen would use it. */
async function renderProvider(data: Partial<StoreData> = {}) {
  const seen: { current: AppData | null } = { current: null };
  function Probe() {
    seen.current = useAppData();
    return null;
  }
  const rendered = await renderWithProviders(<Probe />, { data });
  return { ...rendered, app: () => seen.current! };
}

const python = smallCatalog.skills.find((skill) => skill.id === 'python-programming')!;

describe('a change the store command refuses', () => {
  it('is told in the person’s language, naming the loop by skill names, and is never sent', async () => {
    const { app, fake } = await renderProvider();
    let saved = true;
    await act(async () => {
      saved = await app().mutate('userCatalog:saveSkill', { ...python, prerequisites: ['machine-learning-basics'] });
    });
    expect(saved).toBe(false);
    expect(
      await screen.findByText(
        'The prerequisites would go round in a loop: Python programming → Machine learning basics → Python programming. Remove one of them so the skills can be learned in order.',
      ),
    ).toBeInTheDocument();
    expect(fake.bridge['userCatalog:saveSkill']).not.toHaveBeenCalled();
    expect(app().data.userCatalog.skills).toEqual([]);
  });

  it('names the limit with its figure, in French too', async () => {
    const plans = Array.from({ length: LIMITS.plans }, (_, index) => ({ ...builtPlan(), id: `plan-${index}` }));
    const { app, fake } = await renderProvider({ plans, settings: { locale: 'fr', colorScheme: 'light' } });
    await act(async () => {
      await app().mutate('plans:create', { ...builtPlan(), id: 'plan-one-more' });
    });
    expect(
      await screen.findByText('Skillgap conserve au plus 200 plans. Supprimez un plan dont vous n’avez plus besoin, puis réessayez.'),
    ).toBeInTheDocument();
    expect(fake.bridge['plans:create']).not.toHaveBeenCalled();
    expect(app().data.plans).toHaveLength(LIMITS.plans);
    expect(app().data.activePlanId).toBeNull();
  });

  it('applies an accepted change on screen and sends it once', async () => {
    const { app, fake } = await renderProvider();
    await act(async () => {
      expect(await app().mutate('plans:create', builtPlan())).toBe(true);
    });
    expect(app().data).toMatchObject({ activePlanId: builtPlan().id, plans: [builtPlan()] });
    expect(fake.bridge['plans:create']).toHaveBeenCalledTimes(1);
    expect(fake.stored()).toEqual(app().data);
  });
});
