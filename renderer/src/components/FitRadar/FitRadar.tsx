import { Loader, Stack, Table, Text } from '@mantine/core';
import { memo, Suspense, useMemo } from 'react';
import type { RequirementGap, Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import { levelName, skillName } from '../FitFormat/fitFormat';
import classes from './FitRadar.module.css';
import { MAX_RADAR_AXES, radarAxes } from './radarAxes';

// The charting library loads with the screen that draws the radar, not with the first screen.
const radarView = lazyComponent(() => import('./RadarView'), 'default');
void radarView.load().catch(() => undefined);

/** Resolves once the chart's chunk is in memory, so the radar draws without suspending. */
export const loadFitRadarChart = () => radarView.load();

interface FitRadarProps {
  requirements: readonly RequirementGap[];
  skillsById: ReadonlyMap<string, Skill>;
  maxAxes?: number;
}

/**
 * The person against the role on a radar (levels 0-4 on every axis), with the same figures in a
 * table beside it, which is what screen readers get.
 */
export const FitRadar = memo(function FitRadar({ requirements, skillsById, maxAxes = MAX_RADAR_AXES }: FitRadarProps) {
  const { t, locale } = useI18n();
  const axes = useMemo(() => radarAxes(requirements, maxAxes), [requirements, maxAxes]);
  const points = useMemo(
    () => axes.map((item) => ({ skill: skillName(skillsById, item.skillId, locale), you: item.have, need: item.need })),
    [axes, skillsById, locale],
  );

  return (
    <Stack gap="sm" className={classes.frame}>
      <div className={classes.layout}>
        <Suspense
          fallback={
            <div className={classes.placeholder}>
              <Loader size="sm" aria-label={t('radar.loading')} />
            </div>
          }
        >
          <radarView.View points={points} />
        </Suspense>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6} data-testid="fit-radar-table">
            <caption className={classes.caption}>{t('radar.tableCaption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('gapTable.skill')}</Table.Th>
                <Table.Th scope="col">{t('radar.you')}</Table.Th>
                <Table.Th scope="col">{t('radar.need')}</Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('importance.label')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {axes.map((item) => (
                <Table.Tr key={item.skillId} data-skill-id={item.skillId}>
                  <Table.Th scope="row" fw={500}>
                    {skillName(skillsById, item.skillId, locale)}
                  </Table.Th>
                  <Table.Td className={classes.level}>{`${item.have} · ${levelName(item.have, t)}`}</Table.Td>
                  <Table.Td className={classes.level}>{`${item.need} · ${levelName(item.need, t)}`}</Table.Td>
                  <Table.Td className={classes.number}>{item.importance}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
      {requirements.length > axes.length && (
        <Text size="sm">{t('radar.capped', { shown: axes.length, total: requirements.length })}</Text>
      )}
    </Stack>
  );
});
