import { Alert, Button, Chip, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { localized, withOccupations, type OccupationChoice } from '../../../../core';
import { isDescribed, MIN_DESCRIBED_REQUIREMENTS } from '../../../../core/occupations/closest';
import { useCatalogWrites } from '../../components/CatalogEntryForm/useCatalogWrites';
import { OccupationPicker, OccupationSources } from '../../components/OccupationPicker/OccupationPicker';
import { MAX_TARGET_ROLES } from '../../components/RolePicker/targetRoles';
import { useAppData } from '../../data/AppDataProvider';
import { useOccupations } from '../../data/useOccupations';
import { useToday } from '../../data/useToday';
import { useI18n } from '../../i18n';
import { useFitProfile } from '../Roles/useFitProfile';
import { DestinationTable } from './DestinationTable';
import type { DestinationRow, ExploreFilters } from './useDestinations';
import { useDestinations } from './useDestinations';

const JOB_ZONES = [1, 2, 3, 4, 5] as const;
const PAGE = 15;

/**
 * "Explore from where you are" (#/explore, issue #15): name a current or past job, then see the
 * built-in roles and O*NET occupations closest to the person's skills, filter them, and add an
 * occupation as a target role. docs/occupations.md says how closeness is measured.
 */
export function ExploreScreen() {
  const { t, locale } = useI18n();
  const { catalog, data, updateProfile } = useAppData();
  const { profile, fitProfile } = useFitProfile();
  const today = useToday();
  const state = useOccupations();
  const { save } = useCatalogWrites();
  const [filters, setFilters] = useState<ExploreFilters>({ jobZones: [], withCourses: false, shown: PAGE });
  const rows = useDestinations(fitProfile, catalog, state.status === 'ready' ? state.loaded : null, filters, today);

  const notMeasured = useMemo(
    () => (state.status === 'ready' ? state.loaded.catalog.occupations.filter((occupation) => !isDescribed(occupation)).length : 0),
    [state],
  );
  const targets = profile?.targetRoleIds ?? [];
  const setJobs = (occupations: OccupationChoice[]) => {
    if (profile) updateProfile(withOccupations(profile, occupations));
  };

  const addTarget = async (row: DestinationRow) => {
    const current = data.profile;
    if (!current || current.targetRoleIds.includes(row.role.id)) return;
    const title = localized(row.role.title, locale);
    const known = catalog.roles.some((role) => role.id === row.role.id);
    if (!known && !(await save({ kind: 'role', value: row.role }))) return;
    updateProfile({ ...current, targetRoleIds: [...current.targetRoleIds, row.role.id] });
    notifications.show({ title: t('explore.added.title'), message: t('explore.added.body', { title }) });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('explore.title')}</Title>
        <Text>{t('explore.intro')}</Text>
      </Stack>
      {profile && (
        <Paper withBorder p="md">
          <OccupationPicker value={profile.occupations ?? []} onChange={setJobs} />
        </Paper>
      )}
      {profile && (profile.occupations?.length ?? 0) === 0 && <Text c="dimmed">{t('explore.noJob')}</Text>}
      <Stack gap="xs" role="group" aria-label={t('explore.filters')}>
        <Chip.Group multiple value={filters.jobZones.map(String)} onChange={(values) => setFilters((current) => ({ ...current, jobZones: values.map(Number), shown: PAGE }))}>
          <Text size="sm" fw={500} id="explore-zones">
            {t('explore.jobZone.label')}
          </Text>
          <Group gap="xs" role="group" aria-labelledby="explore-zones">
            {JOB_ZONES.map((zone) => (
              <Chip key={zone} value={String(zone)} size="sm">
                {t(`explore.jobZone.${zone}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Switch
          label={t('explore.withCourses')}
          checked={filters.withCourses}
          onChange={(event) => {
            const withCourses = event.currentTarget.checked;
            setFilters((current) => ({ ...current, withCourses, shown: PAGE }));
          }}
        />
      </Stack>
      {state.status === 'loading' && (
        <Group gap="sm">
          <Loader size="sm" />
          <Text>{t('explore.loading')}</Text>
        </Group>
      )}
      {state.status === 'error' && <Alert color="red">{t('explore.loadError', { message: state.message })}</Alert>}
      {rows && rows.length === 0 && <Text>{t('explore.empty')}</Text>}
      {rows && rows.some((row) => row.kind === 'occupation') && (
        <Text size="sm" data-testid="explore-occupation-note">
          {t('explore.occupationNote')}
        </Text>
      )}
      {rows && rows.length > 0 && (
        <DestinationTable
          rows={rows}
          targets={targets}
          targetsFull={targets.length >= MAX_TARGET_ROLES}
          onAdd={(row) => void addTarget(row)}
        />
      )}
      {rows && rows.length >= filters.shown && (
        <Group>
          <Button variant="default" onClick={() => setFilters((current) => ({ ...current, shown: current.shown + PAGE }))}>
            {t('explore.more', { count: PAGE })}
          </Button>
        </Group>
      )}
      {notMeasured > 0 && (
        <Text size="sm" c="dimmed">
          {t('explore.notMeasured', { count: notMeasured, min: MIN_DESCRIBED_REQUIREMENTS })}
        </Text>
      )}
      {state.status === 'ready' && <OccupationSources catalog={state.loaded.catalog} />}
    </Stack>
  );
}
