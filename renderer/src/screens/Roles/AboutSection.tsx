import { Group, List } from '@mantine/core';
import { memo } from 'react';
import type { Role } from '../../../../core';
import { sourceTitle } from '../../components/CatalogEntryForm/markers';
import { Explained } from '../../components/Explained/Explained';
import { ExternalLink } from '../../components/ExternalLink/ExternalLink';
import { Facts, type Fact } from '../../components/Facts/Facts';
import { useI18n } from '../../i18n';
import { DetailSection } from './DetailSection';
import classes from './Roles.module.css';

const ONET_SUMMARY_URL = 'https://www.onetonline.org/link/summary/';

/** Where the jobs are, who usually does them, and where the requirements come from. */
// Depends on the role only: memoised so a level change does not redraw its links.
export const AboutSection = memo(function AboutSection({ role }: { role: Role }) {
  const i18n = useI18n();
  const { t } = i18n;
  const modes = [
    role.remoteShare !== undefined ? t('fit.remoteShare', { share: i18n.formatPercent(role.remoteShare) }) : null,
    role.hybridShare !== undefined ? t('fit.hybridShare', { share: i18n.formatPercent(role.hybridShare) }) : null,
  ].filter((mode): mode is string => mode !== null);

  const facts: Fact[] = [];
  if (role.backgrounds.length > 0) {
    facts.push({ label: t('fit.backgrounds'), value: role.backgrounds.map((entry) => t(`background.${entry}`)).join(', ') });
  }
  if (role.hubs.length > 0) facts.push({ label: t('fit.hubs'), value: role.hubs.join(', ') });
  if (modes.length > 0) facts.push({ label: t('fit.workMode'), value: <Explained help={t('fit.workModeHelp')}>{modes.join(' · ')}</Explained> });
  if (role.yearsExperience !== undefined) {
    facts.push({ label: t('roles.detail.years'), value: t('roles.detail.yearsValue', { years: i18n.formatNumber(role.yearsExperience) }) });
  }
  if (role.onetCodes.length > 0) {
    facts.push({
      label: t('roles.detail.onet'),
      value: (
        <Group gap="sm">
          {role.onetCodes.map((code) => (
            <ExternalLink key={code} url={`${ONET_SUMMARY_URL}${code}`}>
              {code}
            </ExternalLink>
          ))}
        </Group>
      ),
    });
  }
  facts.push({ label: t('roles.detail.reviewed'), value: i18n.formatDay(role.reviewed) });

  return (
    <DetailSection title={t('roles.detail.about.title')} testId="about">
      <Facts facts={facts} />
      {role.sources.length > 0 && (
        <div>
          <div className={classes.sourcesLabel}>{t('roles.detail.sources')}</div>
          <List>
            {role.sources.map((source, index) => (
              <List.Item key={`${source.title}-${index}`}>
                {source.url ? <ExternalLink url={source.url}>{sourceTitle(source, t)}</ExternalLink> : sourceTitle(source, t)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </DetailSection>
  );
});
