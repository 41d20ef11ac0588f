import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { localized } from '../../../../core';
import { SkillRatingList } from '../../components/SkillRatingList/SkillRatingList';
import type { SkillNeed } from '../../components/SkillRatingList/skillNeeds';
import { useI18n } from '../../i18n';
import type { StepProps } from './steps';

/** The most important skills first: enough for a first plan without rating forty skills. */
export const FIRST_SKILLS_SHOWN = 12;

export function SkillsStep({ draft, update, headingRef, needed }: StepProps & { needed: SkillNeed[] }) {
  const { t, locale } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const hiddenCount = showAll ? 0 : Math.max(0, needed.length - FIRST_SKILLS_SHOWN);
  const shown = hiddenCount > 0 ? needed.slice(0, FIRST_SKILLS_SHOWN) : needed;
  const rows = shown.map((need) => ({
    skill: need.skill,
    level: draft.ratings[need.skill.id] ?? 0,
    rated: need.skill.id in draft.ratings,
    needs: need.needs.map((roleNeed) => ({ roleTitle: localized(roleNeed.role.title, locale), level: roleNeed.level })),
  }));
  const ratedCount = shown.filter((need) => (draft.ratings[need.skill.id] ?? 0) > 0).length;
  return (
    <Stack gap="md">
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('onboarding.skills.title')}
      </Title>
      <Text>{t('onboarding.skills.intro')}</Text>
      {rows.length === 0 ? (
        <Text>{t('onboarding.skills.none')}</Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {t('onboarding.skills.progress', { rated: ratedCount, total: rows.length })}
          </Text>
          <SkillRatingList
            rows={rows}
            onLevelChange={(skillId, level) => update({ ratings: { ...draft.ratings, [skillId]: level } })}
          />
          {hiddenCount > 0 && (
            <Stack gap={4} align="flex-start">
              <Text size="sm">{t('onboarding.skills.moreHint', { count: hiddenCount })}</Text>
              <Button variant="light" onClick={() => setShowAll(true)}>
                {t('onboarding.skills.showMore', { count: hiddenCount })}
              </Button>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
