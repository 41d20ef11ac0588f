import { Badge, Table } from '@mantine/core';
import { localized, type Role, type SharedGap, type Skill } from '../../../../core';
import { Explained } from '../../components/Explained/Explained';
import { levelName, skillName } from '../../components/FitFormat/fitFormat';
import { useI18n } from '../../i18n';
import classes from './Compare.module.css';

interface SharedGapsTableProps {
  sharedGaps: readonly SharedGap[];
  roleById: ReadonlyMap<string, Role>;
  skillsById: ReadonlyMap<string, Skill>;
}

/** The gaps several compared roles share, by combined weight, each marked in words and with an icon. */
export function SharedGapsTable({ sharedGaps, roleById, skillsById }: SharedGapsTableProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
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
          {sharedGaps.map((gap) => (
            <Table.Tr key={gap.skillId} className={classes.sharedRow} data-skill-id={gap.skillId}>
              <Table.Th scope="row">
                <div>{skillName(skillsById, gap.skillId, locale)}</div>
                <Badge variant="outline" tt="none" mt={4} className={classes.sharedBadge}>
                  <span aria-hidden="true">⇄ </span>
                  {t('compare.shared.badge', { count: gap.roles.length })}
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
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
