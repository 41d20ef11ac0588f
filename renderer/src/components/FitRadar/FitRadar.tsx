import { Stack, Table, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { RequirementGap, Skill } from '../../../../core';
import { useI18n } from '../../i18n';
import { levelName, skillName } from '../FitFormat/fitFormat';
import classes from './FitRadar.module.css';
import { MAX_RADAR_AXES, radarAxes } from './radarAxes';
import { RadarView } from './RadarView';

interface FitRadarProps {
  requirements: readonly RequirementGap[];
  skillsById: ReadonlyMap<string, Skill>;
  maxAxes?: number;
}

interface RadarRowProps {
  skillId: string;
  name: string;
  have: number;
  need: number;
  importance: number;
}

// Memoised: a level change redraws the one row whose level moved, not the whole table.
const RadarRow = memo(function RadarRow({ skillId, name, have, need, importance }: RadarRowProps) {
  const { t } = useI18n();
  return (
    <Table.Tr data-skill-id={skillId}>
      <Table.Th scope="row" fw={500}>
        {name}
      </Table.Th>
      <Table.Td className={classes.level}>{`${have} · ${levelName(have, t)}`}</Table.Td>
      <Table.Td className={classes.level}>{`${need} · ${levelName(need, t)}`}</Table.Td>
      <Table.Td className={classes.number}>{importance}</Table.Td>
    </Table.Tr>
  );
});

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
        <RadarView points={points} />
        <Table.ScrollContainer minWidth={420} type="native">
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
                <RadarRow
                  key={item.skillId}
                  skillId={item.skillId}
                  name={skillName(skillsById, item.skillId, locale)}
                  have={item.have}
                  need={item.need}
                  importance={item.importance}
                />
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
