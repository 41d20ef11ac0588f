import { Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { type Profile } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import type { Route } from '../../routing';
import { AboutSection } from './AboutSection';
import { RolesSection } from './RolesSection';
import { useProfileDraft, type ProfileDraft } from './useProfileDraft';

// Below the first viewport, the study time (its hours and date fields) and the skills (the long
// list with its search) are chunks of their own, fetched as soon as this screen's code runs but
// not waited for: the profile opens on its first sections with less to load
// (docs/design.md "Speed budgets").
const studyTimeSection = lazyComponent<{ draft: ProfileDraft }, 'StudyTimeSection'>(() => import('./StudyTimeSection'), 'StudyTimeSection');
const skillsSection = lazyComponent<{ draft: ProfileDraft }, 'SkillsSection'>(() => import('./SkillsSection'), 'SkillsSection');
export const loadProfileSections = () => Promise.all([studyTimeSection.load(), skillsSection.load()]);
void loadProfileSections().catch(() => undefined);

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
      <Suspense fallback={<Loader size="sm" aria-label={t('app.screenLoading')} />}>
        <studyTimeSection.View draft={draft} />
        <skillsSection.View draft={draft} />
      </Suspense>
    </Stack>
  );
}
