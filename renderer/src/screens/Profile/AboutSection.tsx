import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { BACKGROUNDS, MAX_SHORT_TEXT, withOccupations, type Background } from '../../../../core';
import { OccupationPicker } from '../../components/OccupationPicker/OccupationPicker';
import { StudyLanguagePicker } from '../../components/StudyLanguagePicker/StudyLanguagePicker';
import { useI18n } from '../../i18n';
import { Section } from '../../components/Section/Section';
import type { ProfileDraft } from './useProfileDraft';

export function AboutSection({ draft }: { draft: ProfileDraft }) {
  const { t } = useI18n();
  const { profile, issues, apply } = draft;
  return (
    <Section title={t('profile.about.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('profile.about.name')}
          value={profile.name}
          maxLength={MAX_SHORT_TEXT}
          autoComplete="given-name"
          onChange={(event) => {
            const name = event.currentTarget.value;
            apply((current) => ({ ...current, name }));
          }}
          error={issues.name && t(issues.name.key, { detail: issues.name.detail, max: MAX_SHORT_TEXT })}
        />
        <Select
          label={t('profile.about.background')}
          data={BACKGROUNDS.map((background) => ({ value: background, label: t(`background.${background}`) }))}
          value={profile.background}
          onChange={(value) => value && apply((current) => ({ ...current, background: value as Background }))}
          allowDeselect={false}
          searchable
          error={issues.background && t(issues.background.key, { detail: issues.background.detail })}
        />
      </SimpleGrid>
      <OccupationPicker value={profile.occupations ?? []} onChange={(occupations) => apply((current) => withOccupations(current, occupations))} />
      <StudyLanguagePicker
        value={profile.studyLanguages}
        onChange={(studyLanguages) => apply((current) => ({ ...current, studyLanguages }))}
        error={issues.studyLanguages && t(issues.studyLanguages.key)}
      />
    </Section>
  );
}
