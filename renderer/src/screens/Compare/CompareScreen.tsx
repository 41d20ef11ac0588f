import { Alert, Button, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { ROLE_FAMILIES, localized } from '../../../../core';
import { compareRoles } from '../../../../core/analysis/compare';
import { skillName, useSkillsById } from '../../components/FitFormat/fitFormat';
import { RatingPrompt } from '../../components/RatingPrompt/RatingPrompt';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { navigate, type Route } from '../../routing';
import { DetailSection } from '../Roles/DetailSection';
import { useFitProfile } from '../Roles/useFitProfile';
import classes from './Compare.module.css';
import { CompareColumn } from './CompareColumn';
import { MAX_COMPARED, compareAddress, selectedRoleIds } from './compareSelection';
import { SharedGapsTable } from './SharedGapsTable';

/**
 * Two or three roles side by side (#/compare?roles=a,b,c): readiness, hours and largest gaps of
 * each, the gaps they share (learn those first), and the hours to be ready for all at once.
 */
export function CompareScreen({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { catalog } = useAppData();
  const { profile, fitProfile, nothingRated } = useFitProfile();
  const skillsById = useSkillsById();
  const roleById = useMemo(() => new Map(catalog.roles.map((role) => [role.id, role])), [catalog]);
  const knownIds = useMemo(() => new Set(roleById.keys()), [roleById]);
  const query = route.query.toString();
  const { ids, dropped } = useMemo(() => selectedRoleIds(new URLSearchParams(query), knownIds), [query, knownIds]);
  const comparison = useMemo(
    () => (ids.length >= 2 ? compareRoles(fitProfile, ids, catalog) : null),
    [ids, fitProfile, catalog],
  );

  const options = ROLE_FAMILIES.map((family) => ({
    group: t(`family.${family}`),
    items: catalog.roles
      .filter((role) => role.family === family)
      .map((role) => ({ value: role.id, label: localized(role.title, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  })).filter((group) => group.items.length > 0);
  const targetIds = (profile?.targetRoleIds ?? []).filter((id) => knownIds.has(id)).slice(0, MAX_COMPARED);

  const result = comparison?.ok ? comparison.value : null;
  const separateHours = result ? result.fits.reduce((sum, fit) => sum + fit.hoursToReady, 0) : 0;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('compare.title')}</Title>
        <Text>{t('compare.intro')}</Text>
      </Stack>
      {nothingRated && <RatingPrompt />}
      <MultiSelect
        className={classes.picker}
        label={t('compare.pick.label')}
        description={t('compare.pick.description')}
        placeholder={ids.length < MAX_COMPARED ? t('compare.pick.placeholder') : undefined}
        data={options}
        value={ids}
        onChange={(next) => navigate(compareAddress(next))}
        maxValues={MAX_COMPARED}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('compare.pick.clear') }}
        hidePickedOptions
        nothingFoundMessage={t('compare.pick.nothingFound')}
      />
      {dropped && <Alert color="orange">{t('compare.unknown')}</Alert>}
      {!result ? (
        <Stack gap="sm" align="flex-start">
          <Text>{t('compare.needTwo')}</Text>
          {targetIds.length >= 2 && (
            <Button variant="light" onClick={() => navigate(compareAddress(targetIds))}>
              {t('compare.useTargets')}
            </Button>
          )}
        </Stack>
      ) : (
        <>
          <Stack gap="sm" component="section" aria-labelledby="compare-columns-title">
            <Title order={3} id="compare-columns-title">
              {t('compare.columns.title')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: result.fits.length }} spacing="md">
              {result.fits.map((fit) => {
                const role = roleById.get(fit.roleId);
                return role ? <CompareColumn key={fit.roleId} role={role} fit={fit} skillsById={skillsById} /> : null;
              })}
            </SimpleGrid>
          </Stack>
          <DetailSection title={t('compare.shared.title')} testId="shared" accent>
            {result.sharedGaps.length === 0 ? (
              <Text>{t('compare.shared.none')}</Text>
            ) : (
              <>
                <Text>{t('compare.shared.intro')}</Text>
                <SharedGapsTable
                  sharedGaps={result.sharedGaps}
                  roleCount={result.fits.length}
                  roleById={roleById}
                  skillsById={skillsById}
                />
              </>
            )}
          </DetailSection>
          <DetailSection title={t('compare.combined.title')} testId="combined">
            {result.combined.coursesToReady.length === 0 && result.combined.uncoveredSkillIds.length === 0 ? (
              <Text>{t('compare.combined.ready')}</Text>
            ) : (
              <>
                {result.combined.coursesToReady.length > 0 && (
                  <Text>
                    {t(result.combined.uncoveredSkillIds.length > 0 ? 'compare.combined.bodyPartial' : 'compare.combined.body', {
                      hours: i18n.formatHours(result.combined.hoursToReady),
                      count: i18n.t('compare.combined.courses', { count: result.combined.coursesToReady.length }),
                      roles: result.fits.length,
                    })}{' '}
                    {separateHours > result.combined.hoursToReady &&
                      t('compare.combined.separately', { hours: i18n.formatHours(separateHours) })}
                  </Text>
                )}
                {result.combined.uncoveredSkillIds.length > 0 && (
                  <Text>
                    {t('compare.combined.uncovered', {
                      skills: result.combined.uncoveredSkillIds.map((id) => skillName(skillsById, id, locale)).join(', '),
                    })}
                  </Text>
                )}
              </>
            )}
            <div>
              <Button component="a" href={`#/plan?roles=${ids.map(encodeURIComponent).join(',')}`}>
                {t('compare.plan')}
              </Button>
            </div>
          </DetailSection>
        </>
      )}
    </Stack>
  );
}
