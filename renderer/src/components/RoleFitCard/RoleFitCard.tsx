import { Anchor, Badge, Card, Checkbox, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { localized, type Role, type RoleFit, type Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { Explained } from '../Explained/Explained';
import { ReadinessBadge } from '../ReadinessBadge/ReadinessBadge';
import { AssumptionNote } from './AssumptionNote';
import { FitHours } from './FitHours';
import classes from './RoleFitCard.module.css';
import { TopGaps } from './TopGaps';

export interface CompareToggle {
  checked: boolean;
  /** True when three roles are already ticked and this one is not. */
  disabled: boolean;
  onChange: (checked: boolean) => void;
}

export interface RoleFitCardProps {
  role: Role;
  fit: RoleFit;
  skillsById: ReadonlyMap<string, Skill>;
  isTarget?: boolean;
  compare?: CompareToggle;
  headingOrder?: TitleOrder;
}

const TOP_GAPS = 3;

/** One role on the overview: how ready the person is, what it takes, and where the jobs are. */
export function RoleFitCard({ role, fit, skillsById, isTarget, compare, headingOrder = 4 }: RoleFitCardProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const title = localized(role.title, locale);

  const facts: Array<{ label: string; value: ReactNode }> = [];
  if (role.hubs.length > 0) facts.push({ label: t('fit.hubs'), value: role.hubs.join(', ') });
  const modes = [
    role.remoteShare !== undefined ? t('fit.remoteShare', { share: i18n.formatPercent(role.remoteShare) }) : null,
    role.hybridShare !== undefined ? t('fit.hybridShare', { share: i18n.formatPercent(role.hybridShare) }) : null,
  ].filter((mode): mode is string => mode !== null);
  if (modes.length > 0) {
    facts.push({ label: t('fit.workMode'), value: <Explained help={t('fit.workModeHelp')}>{modes.join(' · ')}</Explained> });
  }
  if (role.backgrounds.length > 0) {
    facts.push({ label: t('fit.backgrounds'), value: role.backgrounds.map((background) => t(`background.${background}`)).join(', ') });
  }

  return (
    <Card withBorder padding="md" className={classes.card} component="article" aria-label={title} data-role-id={role.id}>
      <Group className={classes.header} gap="md">
        <Stack gap={6} className={classes.titleBlock}>
          <Title order={headingOrder} className={classes.title}>
            <Anchor href={`#/roles/${encodeURIComponent(role.id)}`} inherit>
              {title}
            </Anchor>
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="gray" tt="none">
              {t(`family.${role.family}`)}
            </Badge>
            {isTarget && (
              <Badge variant="light" tt="none">
                {t('fit.target')}
              </Badge>
            )}
            {role.custom && (
              <Badge variant="outline" tt="none">
                {t('custom.badge')}
              </Badge>
            )}
            {fit.backgroundMatch && (
              <Badge variant="outline" color="gray" tt="none">
                <span aria-hidden="true">✓ </span>
                {t('fit.backgroundMatch')}
              </Badge>
            )}
          </Group>
        </Stack>
        <ReadinessBadge explanation={fit.coreExplanation} full={fit.explanation} />
      </Group>
      <FitHours fit={fit} />
      <AssumptionNote fit={fit} />
      {fit.requirements.some((item) => item.gap > 0) && (
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t('fit.topGaps')}
          </Text>
          <TopGaps requirements={fit.requirements} skillsById={skillsById} count={TOP_GAPS} />
        </Stack>
      )}
      {facts.length > 0 && (
        <dl className={classes.facts}>
          {facts.map((fact) => (
            <div key={fact.label} className={classes.fact}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {compare && (
        <div className={classes.footer}>
          <Checkbox
            label={t('roles.compare.check')}
            aria-label={t('roles.compare.checkFor', { role: title })}
            checked={compare.checked}
            disabled={compare.disabled}
            onChange={(event) => compare.onChange(event.currentTarget.checked)}
          />
        </div>
      )}
    </Card>
  );
}
