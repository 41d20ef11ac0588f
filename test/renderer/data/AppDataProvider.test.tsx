import { notifications } from '@mantine/notifications';
import { act, screen } from '@testing-library/react';
import { fail, LIMITS, type StoreData } from '../../../core';
import { parseExportText } from '../../../core/export/bundle';
import { describeError, useAppData, type AppData } from '../../../renderer/src/data/AppDataProvider';
import { createI18n } from '../../../renderer/src/i18n';
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

describe('an import the file check refuses', () => {
  it('says what is wrong with the file in the person’s language, at the field it names', async () => {
    await renderWithProviders(<></>, { data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    const refused = (text: string) => {
      const parsed = parseExportText(text);
      if (parsed.ok) throw new Error('the file was accepted');
      return parsed.error;
    };
    const french = createI18n('fr');
    const english = createI18n('en');
    const newer = refused(JSON.stringify({ format: 'skillgap-export', formatVersion: 99, data: {} }));
    expect(describeError(french, newer)).toBe(
      'Le fichier n’est pas valide : « formatVersion » : vaut 99 : le fichier a été écrit par une version plus récente de Skillgap ; mettez Skillgap à jour pour l’importer',
    );
    const notJson = refused('{ not json');
    expect(describeError(french, notJson)).toBe('Le fichier n’est pas valide : le fichier n’est pas du JSON valide');
    expect(describeError(english, notJson)).toBe('The file is not valid: the file is not valid JSON');
  });
});


describe('a failure of printing or of the disk', () => {
  it('says what failed in the person’s language, with the system’s own words only as the detail', async () => {
    await renderWithProviders(<></>, { data: { settings: { locale: 'fr', colorScheme: 'light' } } });
    const french = createI18n('fr');
    const english = createI18n('en');
    const printFailed = fail('io-failure', 'printing failed: no printer', undefined, { key: 'problem.printFailed', values: { detail: 'no printer' } }).error;
    expect(describeError(french, printFailed)).toBe('Cela n’a pas pu se faire : l’impression a échoué (no printer)');
    expect(describeError(english, printFailed)).toBe('This could not be done: printing failed (no printer)');
    const gone = fail('not-found', 'there is no plan "plan-1"', undefined, { key: 'problem.planMissing' }).error;
    expect(describeError(french, gone)).toBe('Introuvable : ce plan n’existe plus');
    // Without a problem the English detail still shows, rather than nothing at all.
    expect(describeError(french, fail('io-failure', 'odd').error)).toBe('Cela n’a pas pu se faire : odd');
  });
});
