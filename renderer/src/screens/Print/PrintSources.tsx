import { localized } from '../../../../core';
import { ONET_ATTRIBUTION } from '../../../../core/i18n/onet';
import { useI18n } from '../../i18n';
import classes from './Print.module.css';
import type { PrintModel } from './printModel';

/**
 * Where the numbers come from: each course's provider and address, each role's sources, and the
 * O*NET licence attribution. The attribution's English wording is the licence text and is always
 * printed as is; in French its translation follows.
 */
export function PrintSources({ model }: { model: PrintModel }) {
  const { t, locale, formatDay, formatHours } = useI18n();
  return (
    <section className={classes.section} aria-labelledby="print-sources">
      <h2 id="print-sources">{t('print.sources.title')}</h2>
      {model.courses.length > 0 && (
        <>
          <h3>{t('print.sources.courses')}</h3>
          <ul className={classes.sourceList}>
            {model.courses.map((course) => (
              <li key={course.id}>
                <strong>{course.title}</strong>, {course.provider} —{' '}
                {t(course.hoursStated ? 'print.sources.hoursStated' : 'print.sources.hoursEstimated', { hours: formatHours(course.hours) })}
                {' — '}
                <a href={course.url}>{course.url}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {model.roles.some(({ role }) => role.sources.length > 0) && (
        <>
          <h3>{t('print.sources.roles')}</h3>
          <ul className={classes.sourceList}>
            {model.roles.map(({ role }) => (
              <li key={role.id}>
                <strong>{localized(role.title, locale)}</strong> ({t('print.sources.reviewed', { date: formatDay(role.reviewed) })})
                <ul>
                  {role.sources.map((source) => (
                    <li key={`${source.title}-${source.url ?? ''}`}>
                      {source.title}
                      {source.url && (
                        <>
                          {' — '}
                          <a href={source.url}>{source.url}</a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={classes.attribution} data-testid="print-onet">
        <h3>{t('print.sources.onet')}</h3>
        <p lang="en">{ONET_ATTRIBUTION}</p>
        {locale !== 'en' && (
          <p>
            {t('print.sources.translation')} {t('settings.sources.onet')}
          </p>
        )}
      </div>
    </section>
  );
}
