import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { localized } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n, type I18n } from '../../i18n';
import type { EntryOrigin } from './entryOrigin';
import classes from './Matrix.module.css';
import { OriginBadge } from './OriginBadge';

/** "3 · Proficient": the number people rate with and its name. */
export function levelText(t: I18n['t'], level: 1 | 2 | 3 | 4): string {
  return `${level} · ${t(`level.${level}`)}`;
}

interface DetailFrameProps {
  backHref: string;
  backLabel: string;
  title: string;
  origin: EntryOrigin;
  subtitle?: ReactNode;
  actions: ReactNode;
  children: ReactNode;
}

/** Common top of a role, skill or course page: the way back, the name, where it comes from, actions. */
export function DetailFrame({ backHref, backLabel, title, origin, subtitle, actions, children }: DetailFrameProps) {
  return (
    <Stack gap="lg" className={classes.detail}>
      <Anchor href={backHref} size="sm">
        ← {backLabel}
      </Anchor>
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={3}>{title}</Title>
          <OriginBadge origin={origin} />
        </Group>
        {subtitle}
      </Stack>
      {actions}
      {children}
    </Stack>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

/** A link to a skill's page, or its id marked as missing when the matrix no longer has it. */
export function SkillLink({ skillId }: { skillId: string }) {
  const { catalog } = useAppData();
  const { t, locale } = useI18n();
  const skill = catalog.skills.find((candidate) => candidate.id === skillId);
  if (!skill) return <Text span>{t('matrix.missingSkill', { id: skillId })}</Text>;
  // Underlined: these links sit inside sentences, where colour alone would not set them apart.
  return (
    <Anchor href={`#/matrix/skills/${encodeURIComponent(skillId)}`} underline="always">
      {localized(skill.name, locale)}
    </Anchor>
  );
}

/** Shown in place of a detail when the address names an entry that is not in the matrix. */
export function NotFound({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={3}>{t('matrix.notFound.title')}</Title>
      <Text>{t('matrix.notFound.body')}</Text>
      <Anchor href={backHref}>← {backLabel}</Anchor>
    </Stack>
  );
}
