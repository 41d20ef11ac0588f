import { Anchor, Badge, Card, Stack, Text, Title } from '@mantine/core';
import { localized, type Role, type RoleFit, type Skill } from '../../../../core';
import { ReadinessBadge } from '../../components/ReadinessBadge/ReadinessBadge';
import { FitHours } from '../../components/RoleFitCard/FitHours';
import { TopGaps } from '../../components/RoleFitCard/TopGaps';
import { useI18n } from '../../i18n';
import classes from './Compare.module.css';

const TOP_GAPS = 5;

/** One compared role: readiness, hours and its largest gaps. */
export function CompareColumn({ role, fit, skillsById }: { role: Role; fit: RoleFit; skillsById: ReadonlyMap<string, Skill> }) {
  const { t, locale } = useI18n();
  const title = localized(role.title, locale);
  const hasGaps = fit.requirements.some((item) => item.gap > 0);
  return (
    <Card withBorder padding="md" className={classes.column} component="article" aria-label={title} data-role-id={role.id}>
      <Stack gap={6}>
        <Title order={4} className={classes.columnTitle}>
          <Anchor href={`#/roles/${encodeURIComponent(role.id)}`} inherit>
            {title}
          </Anchor>
        </Title>
        <Badge variant="light" color="gray" tt="none">
          {t(`family.${role.family}`)}
        </Badge>
      </Stack>
      <ReadinessBadge explanation={fit.coreExplanation} full={fit.explanation} />
      <FitHours fit={fit} />
      <Text size="sm" fw={700}>
        {t('compare.column.topGaps')}
      </Text>
      {hasGaps ? <TopGaps requirements={fit.requirements} skillsById={skillsById} count={TOP_GAPS} /> : <Text size="sm">{t('compare.column.noGap')}</Text>}
    </Card>
  );
}
