import { screen } from '@testing-library/react';
import type { Plan, Profile } from '../../../../core';
import { StudyInEnglishOffer } from '../../../../renderer/src/screens/Plan/StudyInEnglishOffer';
import { renderWithProviders } from '../../render';
import { profile } from './planFixtures';

/* The fixture catalog teaches python-programming to 3 in English only, and nothing to level 4. */
const pythonInEnglish: Plan['uncovered'] = [{ skillId: 'python-programming', level: 3, reason: 'language' }];

async function renderOffer(uncovered: Plan['uncovered'], studyLanguages: Profile['studyLanguages'], locale: 'en' | 'fr' = 'en') {
  await renderWithProviders(<StudyInEnglishOffer uncovered={uncovered} />, {
    data: { profile: { ...profile, studyLanguages }, settings: { locale, colorScheme: 'light' } },
  });
  return screen.queryByTestId('study-in-english');
}

describe('StudyInEnglishOffer', () => {
  it('offers English when a gap is left for its language and a course in English teaches it', async () => {
    const offer = await renderOffer(pythonInEnglish, ['fr']);
    expect(offer).toHaveTextContent('Courses in English teach 1 of these gaps.');
    expect(screen.getByRole('button', { name: 'Also study in English' })).toBeInTheDocument();
  });

  it('says it in French', async () => {
    const offer = await renderOffer(pythonInEnglish, ['fr'], 'fr');
    expect(offer).toHaveTextContent('Des cours en anglais enseignent 1 de ces écarts.');
    expect(screen.getByRole('button', { name: 'Étudier aussi en anglais' })).toBeInTheDocument();
  });

  it('stays silent for someone who already studies in English', async () => {
    expect(await renderOffer(pythonInEnglish, ['fr', 'en'])).toBeNull();
  });

  it('stays silent when no course in English reaches the level, or the gap has another reason', async () => {
    expect(await renderOffer([{ skillId: 'python-programming', level: 4, reason: 'language' }], ['fr'])).toBeNull();
    expect(await renderOffer([{ skillId: 'python-programming', level: 3, reason: 'no-course' }], ['fr'])).toBeNull();
  });
});
