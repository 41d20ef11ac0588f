import { localized, type Plan } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { todayIso } from '../../data/today';
import { useI18n } from '../../i18n';
import classes from './Print.module.css';
import type { PrintModel } from './printModel';

/** First page: who the plan is for, what they aim at, and the dates that matter. */
export function PrintCover({ plan, model }: { plan: Plan; model: PrintModel }) {
  const { data } = useAppData();
  const { t, locale, formatDay, formatHours, formatNumber, formatPercent } = useI18n();
  const itemCount = model.months.reduce((sum, month) => sum + month.items.length, 0);
  const done = model.totalHours > 0 ? Math.min(1, model.loggedHours / model.totalHours) : 0;
  return (
    <section className={classes.cover} aria-labelledby="print-title">
      <div className={classes.brand}>{t('app.name')}</div>
      <h1 id="print-title" className={classes.coverTitle}>
        {t('print.documentTitle')}
        {plan.name && (
          <>
            <br />
            {plan.name}
          </>
        )}
      </h1>
      {data.profile && (
        <div>
          <div className={classes.muted}>{t('print.for')}</div>
          <div className={classes.person} data-testid="print-person">
            {data.profile.name}
          </div>
        </div>
      )}
      <div>
        <h2>{t('print.targets')}</h2>
        <ul className={classes.targets}>
          {model.roles.map(({ role }) => (
            <li key={role.id}>{localized(role.title, locale)}</li>
          ))}
        </ul>
      </div>
      <dl className={classes.facts}>
        <dt>{t('print.printedOn')}</dt>
        <dd>{formatDay(todayIso())}</dd>
        <dt>{t(plan.uncovered.length > 0 ? 'print.coursesEnd' : 'print.readyDate')}</dt>
        <dd>
          {plan.readyDate ? formatDay(plan.readyDate) : t('print.noReadyDate')}
          <div className={classes.muted}>{t('print.readyDateHelp')}</div>
        </dd>
        <dt>{t('print.startDate')}</dt>
        <dd>{formatDay(plan.inputs.startDate)}</dd>
        <dt>{t('print.weeklyHours')}</dt>
        <dd>{t('hours.perWeek', { hours: formatNumber(plan.inputs.weeklyHours) })}</dd>
        <dt>{t('print.totalHours')}</dt>
        <dd>{formatHours(model.totalHours)}</dd>
        <dt>{t('print.courses')}</dt>
        <dd>{itemCount}</dd>
        <dt>{t('print.loggedSoFar')}</dt>
        <dd>
          {t('print.loggedValue', {
            logged: formatHours(model.loggedHours),
            total: formatHours(model.totalHours),
            percent: formatPercent(done),
          })}
        </dd>
      </dl>
    </section>
  );
}
