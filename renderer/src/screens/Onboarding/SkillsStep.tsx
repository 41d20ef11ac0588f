import { Stack, Text, Title } from '@mantine/core';
import { localized } from '../../../../core';
import { SkillRatingList } from '../../components/SkillRatingList/SkillRatingList';
import type { SkillNeed } from '../../components/SkillRatingList/skillNeeds';
import { useI18n } from '../../i18n';
import type { StepProps } from './steps';

export function SkillsStep({ draft, update, headingRef, needed }: StepProps & { needed: SkillNeed[] }) {
  const { t, locale } = useI18n();
  const rows = needed.map((need) => ({
    skill: need.skill,
    level: draft.ratings[need.skill.id] ?? 0,
    rated: need.skill.id in draft.ratings,
    needs: need.needs.map((roleNeed) => ({ roleTitle: localized(roleNeed.role.title, locale), level: roleNeed.level })),
  }));
  const ratedCount = needed.filter((need) => (draft.ratings[need.skill.id] ?? 0) > 0).length;
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
        </>
      )}
    </Stack>
  );
}
