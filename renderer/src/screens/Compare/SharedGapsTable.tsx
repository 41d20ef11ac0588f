import { Badge, Button, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { localized, type Role, type SharedGap, type Skill } from '../../../../core';
import { Explained } from '../../components/Explained/Explained';
import { levelName, skillName } from '../../components/FitFormat/fitFormat';
import { useI18n } from '../../i18n';
import classes from './Compare.module.css';

interface SharedGapsTableProps {
  sharedGaps: readonly SharedGap[];
  /** How many roles are compared, to tell "shared by all" from "shared by some". */
  roleCount: number;
  roleById: ReadonlyMap<string, Role>;
  skillsById: ReadonlyMap<string, Skill>;
}

const COLLAPSED_ROWS = 10;

/**
 * The gaps several compared roles share, by combined weight. Each row says in words, with an
 * icon, how many roles share it; a gap every compared role shares gets a filled badge.
 */
export function SharedGapsTable({ sharedGaps, roleCount, roleById, skillsById }: SharedGapsTableProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? sharedGaps : sharedGaps.slice(0, COLLAPSED_ROWS);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" data-testid="shared-gaps">
          <caption className={classes.caption}>{t('compare.shared.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('compare.shared.skill')}</Table.Th>
              <Table.Th scope="col">{t('compare.shared.you')}</Table.Th>
              <Table.Th scope="col">{t('compare.shared.needs')}</Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('compare.shared.weight')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((gap) => {
              const byAll = roleCount > 2 && gap.roles.length === roleCount;
              return (
                <Table.Tr key={gap.skillId} data-skill-id={gap.skillId} data-shared-by-all={byAll || undefined}>
                  <Table.Th scope="row">
                    <div>{skillName(skillsById, gap.skillId, locale)}</div>
                    <Badge variant={byAll ? 'light' : 'outline'} tt="none" mt={4} className={classes.sharedBadge}>
                      <span aria-hidden="true">⇄ </span>
                      {t(byAll ? 'compare.shared.badgeAll' : 'compare.shared.badge', { count: gap.roles.length })}
                    </Badge>
                  </Table.Th>
                  <Table.Td>{levelName(gap.have, t)}</Table.Td>
                  <Table.Td>
                    <ul className={classes.needs}>
                      {gap.roles.map((entry) => {
                        const role = roleById.get(entry.roleId);
                        return (
                          <li key={entry.roleId}>
                            {t('compare.shared.byRole', {
                              role: role ? localized(role.title, locale) : entry.roleId,
                              level: levelName(entry.need, t),
                            })}
                          </li>
                        );
                      })}
                    </ul>
                  </Table.Td>
                  <Table.Td className={classes.number}>
                    <Explained help={t('compare.shared.weightHelp')}>{i18n.formatNumber(gap.totalWeight)}</Explained>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sharedGaps.length > COLLAPSED_ROWS && (
        <div>
          <Button variant="subtle" onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
            {expanded ? t('compare.shared.showFewer') : t('compare.shared.showAll', { count: sharedGaps.length })}
          </Button>
        </div>
      )}
    </Stack>
  );
}
