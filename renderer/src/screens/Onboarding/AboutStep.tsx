import { Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { BACKGROUNDS, MAX_SHORT_TEXT, type Background } from '../../../../core';
import { OccupationPicker } from '../../components/OccupationPicker/OccupationPicker';
import { StudyLanguagePicker } from '../../components/StudyLanguagePicker/StudyLanguagePicker';
import { useI18n } from '../../i18n';
import type { StepProps } from './steps';

export function AboutStep({ draft, update, issues, headingRef }: StepProps) {
  const { t } = useI18n();
  const backgrounds = BACKGROUNDS.map((background) => ({ value: background, label: t(`background.${background}`) }));
  return (
    <Stack gap="md" maw={560}>
      <Title order={3} ref={headingRef} tabIndex={-1}>
        {t('onboarding.about.title')}
      </Title>
      <Text>{t('onboarding.about.intro')}</Text>
      <TextInput
        label={t('onboarding.about.name')}
        description={t('onboarding.about.nameHint')}
        value={draft.name}
        maxLength={MAX_SHORT_TEXT}
        autoComplete="given-name"
        onChange={(event) => update({ name: event.currentTarget.value })}
      />
      <Select
        label={t('onboarding.about.background')}
        description={t('onboarding.about.backgroundHint')}
        placeholder={t('onboarding.about.backgroundPlaceholder')}
        data={backgrounds}
        value={draft.background}
        onChange={(value) => update({ background: (value as Background | null) ?? null })}
        error={issues.background && t(issues.background)}
        required
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('onboarding.about.backgroundNothingFound')}
      />
      <OccupationPicker value={draft.occupations} onChange={(occupations) => update({ occupations })} />
      <StudyLanguagePicker
        value={draft.studyLanguages ?? undefined}
        onChange={(studyLanguages) => update({ studyLanguages })}
        // Said at once, not only on Next: the list cannot be empty, and Next refuses it too.
        error={draft.studyLanguages?.length === 0 ? t('onboarding.error.studyLanguages') : undefined}
      />
    </Stack>
  );
}
