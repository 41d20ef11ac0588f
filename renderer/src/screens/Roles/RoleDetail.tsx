import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { analyzeFit, localized } from '../../../../core';
import { useSkillsById } from '../../components/FitFormat/fitFormat';
import { FitRadar } from '../../components/FitRadar/FitRadar';
import { GapTable } from '../../components/GapTable/GapTable';
import { RatingPrompt } from '../../components/RatingPrompt/RatingPrompt';
import { ReadinessBadge } from '../../components/ReadinessBadge/ReadinessBadge';
import { AssumptionNote } from '../../components/RoleFitCard/AssumptionNote';
import { FitHours } from '../../components/RoleFitCard/FitHours';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { AboutSection } from './AboutSection';
import { CoursesSection } from './CoursesSection';
import { planHrefForRole } from '../Plan/planHrefForRole';
import { DetailSection } from './DetailSection';
import { ReadinessHistorySection } from './ReadinessHistorySection';
import classes from './Roles.module.css';
import { StrengthsSection } from './StrengthsSection';
import { useFitProfile, useLevelChange } from './useFitProfile';

/**
 * One role against the person: readiness, the radar, the gaps with a level control in each row,
 * how readiness grew over time, what already counts, the courses that would close the gaps and
 * where the role comes from. Only this role is analysed (one analyzeFit per change; readiness
 * over time takes today's point once the change is saved, earlier days are remembered), and what
 * a change leaves alone is memoised (the rows it does not move, the course links, the sections
 * that do not depend on the fit), so one render repaints the whole page within a frame
 * (docs/design.md, "Speed").
 */
export function RoleDetail({ roleId }: { roleId: string }) {
  const { t, locale } = useI18n();
  const { catalog, data, status } = useAppData();
  const { profile, fitProfile, nothingRated } = useFitProfile();
  const skillsById = useSkillsById();
  const changeLevel = useLevelChange(profile);
  const role = useMemo(() => catalog.roles.find((candidate) => candidate.id === roleId), [catalog, roleId]);
  const courseById = useMemo(() => new Map(catalog.courses.map((course) => [course.id, course])), [catalog]);
  const fit = useMemo(() => (role ? analyzeFit(fitProfile, role, catalog) : null), [fitProfile, role, catalog]);

  if (!role || !fit) {
    return (
      <Stack gap="sm" align="flex-start">
        <Title order={2}>{t('roles.notFound.title')}</Title>
        <Text>{t('roles.notFound.body')}</Text>
        <Anchor href="#/roles">← {t('roles.back')}</Anchor>
      </Stack>
    );
  }

  const title = localized(role.title, locale);
  const summary = localized(role.summary, locale);
  const editable = profile !== null && !status.readOnly;

  return (
    <Stack gap="lg" className={classes.detail}>
      <Anchor href="#/roles" size="sm">
        ← {t('roles.back')}
      </Anchor>
      {/* Two columns that wrap: the readiness column keeps a width of its own, so a long hours
          line ("1 168,5 h de cours pour être prêt·e") wraps inside it instead of pushing it to the
          window's edge; narrow windows put it under the title. */}
      <Group className={classes.header} wrap="wrap" data-testid="role-header">
        <Stack gap="xs" className={classes.headerText}>
          <Title order={2}>{title}</Title>
          <Group gap={6}>
            <Badge variant="light" color="gray" tt="none">
              {t(`family.${role.family}`)}
            </Badge>
            {role.custom && (
              <Badge variant="outline" tt="none">
                {t('custom.badge')}
              </Badge>
            )}
          </Group>
          {summary && <Text>{summary}</Text>}
        </Stack>
        <Stack gap="sm" align="flex-start" className={classes.headerSide} data-testid="role-header-side">
          <ReadinessBadge explanation={fit.coreExplanation} full={fit.explanation} size="lg" />
          <FitHours fit={fit} size="md" />
          <AssumptionNote fit={fit} />
          <Button component="a" href={planHrefForRole(data.plans, data.activePlanId, role.id)}>
            {t('roles.detail.plan')}
          </Button>
        </Stack>
      </Group>
      {nothingRated && <RatingPrompt />}
      <DetailSection title={t('roles.detail.radar.title')} testId="radar">
        <FitRadar requirements={fit.requirements} skillsById={skillsById} />
      </DetailSection>
      <DetailSection title={t('roles.detail.gaps.title')} testId="gaps">
        <Text>{status.readOnly ? t('roles.detail.readOnly') : t('roles.detail.gaps.intro')}</Text>
        <GapTable
          requirements={fit.requirements}
          skillsById={skillsById}
          onLevelChange={profile ? changeLevel : undefined}
          disabled={!editable}
        />
      </DetailSection>
      {profile && <ReadinessHistorySection role={role} fitProfile={fitProfile} />}
      <StrengthsSection role={role} fit={fit} background={profile?.background ?? null} skillsById={skillsById} />
      <CoursesSection fit={fit} skillsById={skillsById} courseById={courseById} />
      <AboutSection role={role} />
    </Stack>
  );
}
