import { Stack, Text, Title } from '@mantine/core';
import { type Profile } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import type { Route } from '../../routing';
import { AboutSection } from './AboutSection';
import { RolesSection } from './RolesSection';
import { SkillsSection } from './SkillsSection';
import { StudyTimeSection } from './StudyTimeSection';
import { useProfileDraft } from './useProfileDraft';

/** Everything about the person the plan is built from; every change saves itself. */
export function ProfileScreen(_props: { route: Route }) {
  const { t } = useI18n();
  const { data } = useAppData();
  if (!data.profile) {
    return (
      <Stack gap="md">
        <Title order={2}>{t('profile.title')}</Title>
        <Text>{t('profile.noProfile')}</Text>
      </Stack>
    );
  }
  return <ProfileEditor saved={data.profile} />;
}

function ProfileEditor({ saved }: { saved: Profile }) {
  const { t } = useI18n();
  const { status } = useAppData();
  const draft = useProfileDraft(saved);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('profile.title')}</Title>
        <Text>{status.readOnly ? t('profile.readOnly') : t('profile.intro')}</Text>
      </Stack>
      <AboutSection draft={draft} />
      <RolesSection draft={draft} />
      <StudyTimeSection draft={draft} />
      <SkillsSection draft={draft} />
    </Stack>
  );
}
