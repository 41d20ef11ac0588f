import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import type { Skill } from '../../../../core';
import type { SkillNeed } from '../../../../renderer/src/components/SkillRatingList/skillNeeds';
import { FIRST_SKILLS_SHOWN, SkillsStep } from '../../../../renderer/src/screens/Onboarding/SkillsStep';
import { initialDraft } from '../../../../renderer/src/screens/Onboarding/onboardingDraft';
import { smallCatalog } from '../../../fixtures/catalog/smallCatalog';
import { renderWithProviders } from '../../render';

function manyNeeds(count: number): SkillNeed[] {
  const template = smallCatalog.skills[0];
  const role = smallCatalog.roles[0];
  return Array.from({ length: count }, (_, index) => {
    const skill: Skill = {
      ...template,
      id: `skill-${index + 1}`,
      name: { en: `Skill number ${index + 1}`, fr: `Compétence numéro ${index + 1}` },
    };
    return { skill, totalImportance: count - index, highestLevel: 2, needs: [{ role, level: 2 }] };
  });
}

describe('SkillsStep', () => {
  it('asks first for the most important skills and reveals the rest on request', async () => {
    const needed = manyNeeds(FIRST_SKILLS_SHOWN + 5);
    const draft = initialDraft('2026-11-24');
    await renderWithProviders(
      <SkillsStep draft={draft} update={() => {}} issues={{}} headingRef={createRef()} needed={needed} />,
    );
    expect(screen.getByText(`Skill number ${FIRST_SKILLS_SHOWN}`)).toBeInTheDocument();
    expect(screen.queryByText(`Skill number ${FIRST_SKILLS_SHOWN + 1}`)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show the 5 other skills' }));
    expect(screen.getByText(`Skill number ${FIRST_SKILLS_SHOWN + 5}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /other skills/ })).not.toBeInTheDocument();
  });
});
