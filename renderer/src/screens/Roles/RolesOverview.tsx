import { Button, Group, Input, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { ROLE_FAMILIES, rankRoles, type Role } from '../../../../core';
import { useSkillsById } from '../../components/FitFormat/fitFormat';
import { JobAdImport } from '../../components/JobAdImport/JobAdImport';
import { RatingPrompt } from '../../components/RatingPrompt/RatingPrompt';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { navigate } from '../../routing';
import { RoleGrid } from './RoleGrid';
import { filterByFamily, sortRoles, splitTargets, type FamilyFilter, type RankedRole, type RoleSort } from './roleOrder';
import classes from './Roles.module.css';
import { useFitProfile } from './useFitProfile';

const MAX_COMPARED = 3;

/** Every role ranked by how ready the person is, their target roles first. */
export function RolesOverview() {
  const { t, locale } = useI18n();
  const { catalog } = useAppData();
  const { profile, fitProfile, nothingRated } = useFitProfile();
  const skillsById = useSkillsById();
  const sortLabelId = useId();
  const [sort, setSort] = useState<RoleSort>('readiness');
  const [family, setFamily] = useState<FamilyFilter>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [jobAdOpen, setJobAdOpen] = useState(false);

  const ranked = useMemo<RankedRole[]>(() => {
    const roleById = new Map(catalog.roles.map((role) => [role.id, role]));
    return rankRoles(fitProfile, catalog).flatMap((fit) => {
      const role = roleById.get(fit.roleId);
      return role ? [{ role, fit }] : [];
    });
  }, [fitProfile, catalog]);

  const targetIds = useMemo(() => new Set(profile?.targetRoleIds ?? []), [profile?.targetRoleIds]);
  const shown = sortRoles(filterByFamily(ranked, family), sort, locale);
  const { targets, others } = splitTargets(shown, profile?.targetRoleIds ?? []);
  const hasTargets = ranked.some((entry) => targetIds.has(entry.role.id));

  const familyOptions = [
    { value: 'all', label: t('roles.filter.all') },
    ...ROLE_FAMILIES.filter((value) => catalog.roles.some((role) => role.family === value)).map((value) => ({
      value,
      label: t(`family.${value}`),
    })),
  ];

  const choose = (roleId: string, checked: boolean) =>
    setChosen((current) =>
      checked ? (current.includes(roleId) || current.length >= MAX_COMPARED ? current : [...current, roleId]) : current.filter((id) => id !== roleId),
    );

  const afterSave = (role: Role) => {
    setJobAdOpen(false);
    navigate(`/roles/${encodeURIComponent(role.id)}`);
  };

  const grid = (title: string, entries: RankedRole[], emptyText?: string) => (
    <RoleGrid
      title={title}
      entries={entries}
      skillsById={skillsById}
      targetIds={targetIds}
      chosen={chosen}
      onChoose={choose}
      maxChosen={MAX_COMPARED}
      emptyText={emptyText}
    />
  );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('roles.title')}</Title>
        <Text>{t('roles.intro')}</Text>
      </Stack>
      {nothingRated && <RatingPrompt />}
      <Group className={classes.toolbar}>
        <Group className={classes.controls}>
          <Stack gap={0}>
            <Input.Label id={sortLabelId} labelElement="div">
              {t('roles.sort.label')}
            </Input.Label>
            <SegmentedControl
              aria-labelledby={sortLabelId}
              value={sort}
              onChange={(value) => setSort(value as RoleSort)}
              data={[
                { value: 'readiness', label: t('roles.sort.readiness') },
                { value: 'hours', label: t('roles.sort.hours') },
                { value: 'title', label: t('roles.sort.title') },
              ]}
            />
          </Stack>
          <Select
            className={classes.familyFilter}
            label={t('roles.filter.label')}
            data={familyOptions}
            value={family}
            allowDeselect={false}
            onChange={(value) => setFamily((value ?? 'all') as FamilyFilter)}
          />
        </Group>
        <Button variant="light" onClick={() => setJobAdOpen(true)}>
          {t('roles.jobAd.open')}
        </Button>
      </Group>
      <Paper withBorder p="sm">
        <Group className={classes.compareBar}>
          <Text size="sm" role="status">
            {chosen.length === 0 ? t('roles.compare.hint') : t('roles.compare.chosen', { count: chosen.length })}
          </Text>
          <Button disabled={chosen.length < 2} onClick={() => navigate(`/compare?roles=${chosen.map(encodeURIComponent).join(',')}`)}>
            {t('roles.compare.action')}
          </Button>
        </Group>
      </Paper>
      {hasTargets && targets.length > 0 && grid(t('roles.targets.title'), targets)}
      {(others.length > 0 || targets.length === 0) &&
        grid(hasTargets ? t('roles.others.title') : t('roles.all.title'), others, t('roles.emptyFilter'))}
      <JobAdImport opened={jobAdOpen} onClose={() => setJobAdOpen(false)} onSaved={afterSave} />
    </Stack>
  );
}
