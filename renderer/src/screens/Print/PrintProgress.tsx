import { useI18n } from '../../i18n';
import classes from './Print.module.css';
import type { PrintModel } from './printModel';

/** Hours logged against the plan so far. */
export function PrintProgress({ model }: { model: PrintModel }) {
  const { t, formatHours } = useI18n();
  const count = model.months.reduce((sum, month) => sum + month.items.length, 0);
  return (
    <section className={`${classes.section} ${classes.roleCard}`} aria-labelledby="print-progress">
      <h2 id="print-progress">{t('print.progress.title')}</h2>
      {model.loggedHours === 0 && model.doneCount === 0 ? (
        <p>{t('print.progress.none')}</p>
      ) : (
        <>
          <p>
            {t('print.progress.summary', {
              logged: formatHours(model.loggedHours),
              total: formatHours(model.totalHours),
              remaining: formatHours(model.remainingHours),
            })}
          </p>
          <p>{t('print.progress.items', { done: model.doneCount, count, inProgress: model.inProgressCount })}</p>
        </>
      )}
    </section>
  );
}
