import { Alert, Anchor, Text } from '@mantine/core';
import { useI18n } from '../../i18n';

/** Shown while the person has rated nothing: every readiness is 0 and this says why. */
export function RatingPrompt() {
  const { t } = useI18n();
  return (
    <Alert variant="light" color="blue" title={t('roles.noSkills.title')} data-testid="rating-prompt">
      <Text size="sm">{t('roles.noSkills.body')}</Text>
      <Anchor href="#/profile" underline="always" size="sm" mt="xs" display="inline-block">
        {t('roles.noSkills.link')}
      </Anchor>
    </Alert>
  );
}
