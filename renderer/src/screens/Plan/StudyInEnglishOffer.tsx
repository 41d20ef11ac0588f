import { Button, Group, Text } from '@mantine/core';
import { studyLanguagesOf, type Plan } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';

interface StudyInEnglishOfferProps {
  /** The gaps the plan being built cannot close, with why (Plan.uncovered). */
  uncovered: Plan['uncovered'];
}

/**
 * Most courses in the catalog are in English. When a gap is left only because its courses are in
 * a language the person does not study in, one of them is in English, and English is not among
 * theirs, the builder offers to add it, and the plan preview follows at once (docs/advice.md,
 * "Study languages"). Nothing is added without the click; their other languages stay.
 */
export function StudyInEnglishOffer({ uncovered }: StudyInEnglishOfferProps) {
  const { catalog, data, status, updateProfile } = useAppData();
  const { t, locale } = useI18n();
  const profile = data.profile;
  // Left only for the language, and taught by a course in English.
  const count = uncovered.filter(
    (gap) =>
      gap.reason === 'language' &&
      catalog.courses.some(
        (course) => course.languages.includes('en') && course.teaches.some((taught) => taught.skillId === gap.skillId && taught.level >= gap.level),
      ),
  ).length;
  if (!profile || status.readOnly || count === 0) return null;
  const languages = studyLanguagesOf(profile, locale);
  if (languages.includes('en')) return null;
  const addEnglish = () => updateProfile({ ...profile, studyLanguages: [...languages, 'en'] });
  return (
    <Group gap="sm" wrap="wrap" data-testid="study-in-english">
      <Text size="sm">{t('plan.builder.englishOnly', { count })}</Text>
      <Button size="xs" variant="light" onClick={addEnglish}>
        {t('plan.builder.addEnglish')}
      </Button>
    </Group>
  );
}
