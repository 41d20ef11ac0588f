import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import type { Plan } from '../../../../core';
import { roleTitle } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { useStudyLanguages } from '../Roles/useFitProfile';
import { readinessForPlan } from './progressFigures';

/** Readiness for the plan's roles from the profile now, and once the plan's courses are done. */
export function ReadinessSection({ plan }: { plan: Plan }) {
  const { data, catalog } = useAppData();
  const { t, locale, formatPercent } = useI18n();
  const headingId = useId();
  const profile = data.profile;
  const languages = useStudyLanguages(profile);
  const rows = useMemo(
    () => (profile ? readinessForPlan(profile, plan, catalog, languages) : []),
    [profile, plan, catalog, languages],
  );
  // Shown as analyzeFit's floor(100 × readiness), so 100 % only when fully ready.
  const percent = (ratio: number) => formatPercent(Math.floor(ratio * 100) / 100);
  if (rows.length === 0) return null;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} id={headingId}>
          {t('progress.readiness.title')}
        </Title>
        <Text size="sm">{t('progress.readiness.how')}</Text>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('progress.readiness.role')}</Table.Th>
                <Table.Th scope="col">{t('progress.readiness.now')}</Table.Th>
                <Table.Th scope="col">{t('progress.readiness.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.roleId}>
                  <Table.Th scope="row">{roleTitle(catalog, row.roleId, locale)}</Table.Th>
                  <Table.Td>{percent(row.now)}</Table.Td>
                  <Table.Td>{percent(row.afterPlan)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
