import { Chip, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { STUDY_LANGUAGES, studyLanguagesOf, type StudyLanguage } from '../../../../core';
import { useI18n } from '../../i18n';

export interface StudyLanguagePickerProps {
  /** The person's languages; undefined while they have not chosen, which shows the default. */
  value: readonly StudyLanguage[] | undefined;
  /** Every change, also an empty list: the caller refuses that one and shows `error`. */
  onChange: (languages: StudyLanguage[]) => void;
  error?: string;
}

/**
 * The languages the person studies in, as chips. Until they choose, the chips show the default
 * the planner uses (the app's language, then English) and say so. Languages they keep stay in
 * their order; a newly ticked one goes after them.
 */
export function StudyLanguagePicker({ value, onChange, error }: StudyLanguagePickerProps) {
  const { t, locale } = useI18n();
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  // An empty list is the person's (refused) edit and is shown as it is, not as the default.
  const shown = value ?? studyLanguagesOf({}, locale);
  return (
    <Stack
      gap={6}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <Text id={labelId} size="sm" fw={500}>
        {t('studyLanguages.label')}
      </Text>
      <Text id={hintId} size="xs" c="dimmed">
        {t('studyLanguages.hint')}
        {value === undefined && ` ${t('studyLanguages.default')}`}
      </Text>
      <Chip.Group
        multiple
        value={[...shown]}
        onChange={(values) => {
          const kept = shown.filter((language) => values.includes(language));
          const added = STUDY_LANGUAGES.filter((language) => values.includes(language) && !kept.includes(language));
          onChange([...kept, ...added]);
        }}
      >
        <Group gap="xs">
          {STUDY_LANGUAGES.map((language) => (
            <Chip key={language} value={language} variant="outline">
              {t(`matrix.language.${language}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {error && (
        <Text id={errorId} size="sm" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
