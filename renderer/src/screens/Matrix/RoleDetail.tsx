import { Badge, Group, List, Table, Text, Tooltip } from '@mantine/core';
import { localized, type Role } from '../../../../core';
import { ExternalLink } from '../../components/ExternalLink/ExternalLink';
import { sourceTitle } from '../../components/CatalogEntryForm/markers';
import { useI18n } from '../../i18n';
import { DetailFrame, levelText, Section, SkillLink } from './DetailParts';
import { EntryActions, type EntryActionHandlers } from './EntryActions';
import type { EntryOrigin } from './entryOrigin';
import { Facts } from '../../components/Facts/Facts';
import classes from './Matrix.module.css';

const ONET_SUMMARY_URL = 'https://www.onetonline.org/link/summary/';

interface RoleDetailProps extends EntryActionHandlers {
  role: Role;
  origin: EntryOrigin;
}

export function RoleDetail({ role, origin, ...handlers }: RoleDetailProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  // Most important first, so the table reads as "what matters most for this job".
  const requirements = [...role.requirements].sort((a, b) => b.importance - a.importance || b.level - a.level);
  const share = (ratio: number | undefined) =>
    ratio === undefined ? null : (
      <Tooltip label={t('matrix.role.shareHelp')} multiline w={260}>
        <Text span tabIndex={0}>
          {i18n.formatPercent(ratio)}
        </Text>
      </Tooltip>
    );

  return (
    <DetailFrame
      backHref="#/matrix/roles"
      backLabel={t('matrix.backToRoles')}
      title={localized(role.title, locale)}
      origin={origin}
      subtitle={
        <Group gap="xs">
          <Badge variant="default">{t(`family.${role.family}`)}</Badge>
        </Group>
      }
      actions={<EntryActions origin={origin} {...handlers} />}
    >
      {localized(role.summary, locale) && <Text>{localized(role.summary, locale)}</Text>}
      <Section title={t('matrix.role.requirements')}>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('matrix.role.columnSkill')}</Table.Th>
                <Table.Th className={classes.nowrap}>{t('matrix.role.columnLevel')}</Table.Th>
                <Table.Th className={classes.nowrap}>{t('importance.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requirements.map((requirement, index) => (
                <Table.Tr key={`${requirement.skillId}-${index}`}>
                  <Table.Td>
                    <SkillLink skillId={requirement.skillId} />
                    {requirement.basis && (
                      <Text size="xs" mt={2}>
                        {requirement.basis}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className={classes.nowrap}>{levelText(t, requirement.level)}</Table.Td>
                  <Table.Td className={classes.nowrap}>
                    {t('catalogEditor.importanceOption', { value: requirement.importance })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
      <Facts
        facts={[
          {
            label: t('matrix.role.backgrounds'),
            value:
              role.backgrounds.length > 0
                ? role.backgrounds.map((background) => t(`background.${background}`)).join(', ')
                : null,
          },
          { label: t('matrix.role.hubs'), value: role.hubs.length > 0 ? role.hubs.join(', ') : null },
          { label: t('matrix.role.remoteShare'), value: share(role.remoteShare) },
          { label: t('matrix.role.hybridShare'), value: share(role.hybridShare) },
          {
            label: t('matrix.role.years'),
            value:
              role.yearsExperience === undefined
                ? null
                : t('matrix.role.yearsValue', { years: i18n.formatNumber(role.yearsExperience) }),
          },
          {
            label: t('matrix.role.onet'),
            value:
              role.onetCodes.length > 0 ? (
                <Group gap="sm">
                  {role.onetCodes.map((code) => (
                    <ExternalLink key={code} url={`${ONET_SUMMARY_URL}${code}`}>
                      {code}
                    </ExternalLink>
                  ))}
                </Group>
              ) : null,
          },
          { label: t('matrix.role.reviewed'), value: i18n.formatDay(role.reviewed) },
        ]}
      />
      {role.sources.length > 0 && (
        <Section title={t('matrix.role.sources')}>
          <List>
            {role.sources.map((source, index) => (
              <List.Item key={`${source.title}-${index}`}>
                {source.url ? (
                  <ExternalLink url={source.url}>{sourceTitle(source, t)}</ExternalLink>
                ) : (
                  sourceTitle(source, t)
                )}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </DetailFrame>
  );
}
