import { hoursText, whyLines } from '../../components/PlanItemCard/itemWhy';
import { providerText } from '../../components/PlanItemCard/itemInfo';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import classes from './Print.module.css';
import { monthLabel, skillNames } from './printFormat';
import { statusBox, type PrintModel, type PrintedItem } from './printModel';

/** Whom the plan is for: a course written for another audience says why it is there. */
type ForWhom = Parameters<typeof whyLines>[3];

function ItemRow({ item, forWhom }: { item: PrintedItem; forWhom: ForWhom }) {
  const { catalog } = useAppData();
  const i18n = useI18n();
  const { t, locale, formatDay, formatHours } = i18n;
  const why = whyLines(item, catalog, i18n, forWhom);
  const hours = hoursText(item.hours, item.course, i18n);
  const status = t(`print.status.${item.status}`);
  const skills = skillNames(catalog, item.skillIds, locale).join(', ');
  const meta = [item.course ? providerText(item.course, t) : t('print.ownItem'), skills].filter(Boolean).join(' · ');
  return (
    <tr data-testid="print-item">
      <td>
        <span className={classes.box} role="img" aria-label={status}>
          {statusBox(item.status)}
        </span>
        {item.status !== 'planned' && <span className={classes.status}>{status}</span>}
      </td>
      <td>
        <span className={classes.itemTitle} data-testid="print-item-title">
          {item.title}
        </span>
        <span className={classes.itemMeta}>{meta}</span>
        {item.course?.project && <span className={classes.itemMeta}>{item.course.project.deliverable[locale]}</span>}
        {why.length > 0 && (
          <span className={classes.itemMeta} data-testid="print-why">
            {t('plan.why.line', { reasons: why.join(' · ') })}
          </span>
        )}
        {item.notes.length > 0 && (
          <span className={classes.itemMeta} data-testid="print-notes">
            {t('print.plan.notes', { notes: item.notes.map((note) => `${formatDay(note.date)}: ${note.text}`).join(' · ') })}
          </span>
        )}
        {/* Under the course, not in the narrow hours column, which would push the course aside. */}
        {hours.estimate && hours.help && <span className={classes.itemMeta}>{hours.help}</span>}
        {item.course && (
          <a className={classes.url} href={item.course.url}>
            {item.course.url}
          </a>
        )}
      </td>
      <td className={classes.nowrap}>{t('print.plan.dateRange', { start: formatDay(item.start), end: formatDay(item.end) })}</td>
      <td className={classes.number} title={hours.help}>
        {hours.text}
      </td>
      <td className={classes.number}>{item.logged > 0 ? formatHours(item.logged) : '–'}</td>
    </tr>
  );
}

/** The dated plan: one row per course, grouped by the month it starts, a box to tick for each. */
export function PrintPlanTable({ model, forWhom }: { model: PrintModel; forWhom: ForWhom }) {
  const { t, locale } = useI18n();
  return (
    <section className={`${classes.section} ${classes.planSection}`} aria-labelledby="print-plan">
      <h2 id="print-plan">{t('print.plan.title')}</h2>
      <p className={classes.muted}>{t('print.plan.intro')}</p>
      {model.months.length === 0 ? (
        <p>{t('print.plan.empty')}</p>
      ) : (
        <table className={classes.table}>
          <caption>{t('print.plan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.plan.done')}</th>
              <th scope="col">{t('print.plan.course')}</th>
              <th scope="col">{t('print.plan.dates')}</th>
              <th scope="col" className={classes.number}>
                {t('print.plan.hours')}
              </th>
              <th scope="col" className={classes.number}>
                {t('print.plan.logged')}
              </th>
            </tr>
          </thead>
          {model.months.map((group) => (
            <tbody key={group.month}>
              <tr className={classes.monthRow}>
                <th scope="colgroup" colSpan={5}>
                  {monthLabel(group.month, locale)}
                </th>
              </tr>
              {group.items.map((item) => (
                <ItemRow key={item.id} item={item} forWhom={forWhom} />
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
