import { List, Text } from '@mantine/core';
import { memo } from 'react';
import type { Background, Role, RoleFit, Skill } from '../../../../core';
import { levelName, skillName } from '../../components/FitFormat/fitFormat';
import { useI18n } from '../../i18n';
import { DetailSection } from './DetailSection';

interface StrengthsSectionProps {
  role: Role;
  fit: RoleFit;
  /** The person's background; null before onboarding. */
  background: Background | null;
  skillsById: ReadonlyMap<string, Skill>;
}

/** What the person already brings: the skills that add points, and where they come from. */
export const StrengthsSection = memo(function StrengthsSection({ role, fit, background: own, skillsById }: StrengthsSectionProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const background = own ? t(`background.${own}`) : null;
  return (
    <DetailSection title={t('roles.detail.strengths.title')} testId="strengths">
      {fit.strengths.length === 0 ? (
        <Text>{t('roles.detail.strengths.none')}</Text>
      ) : (
        <List spacing={6}>
          {fit.strengths.map((strength) => (
            <List.Item key={strength.skillId}>
              <Text span>
                {t('roles.detail.strengths.item', {
                  skill: skillName(skillsById, strength.skillId, locale),
                  have: levelName(strength.have, t),
                  need: levelName(strength.need, t),
                })}
              </Text>
              <Text span size="sm">
                {' · '}
                {t('roles.detail.strengths.points', { points: i18n.formatNumber(strength.points) })}
                {strength.covered && (
                  <>
                    {' · '}
                    <span aria-hidden="true">✓ </span>
                    {t('roles.detail.strengths.met')}
                  </>
                )}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {background && role.backgrounds.length > 0 && (
        <Text>
          {fit.backgroundMatch
            ? t('roles.detail.background.match', { background })
            : t('roles.detail.background.other', {
                background,
                backgrounds: role.backgrounds.map((entry) => t(`background.${entry}`)).join(', '),
              })}
        </Text>
      )}
    </DetailSection>
  );
});
