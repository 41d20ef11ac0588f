import { localized, type Plan, type RoleFit } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { hasMessage, useI18n } from '../../i18n';
import classes from './Print.module.css';
import { skillNames } from './printFormat';
import type { PrintModel } from './printModel';

/** Readiness for each target role (the entry-level core first, the full role beside it) and the skills still to develop, largest gap first. */
export function PrintReadiness({ plan, model }: { plan: Plan; model: PrintModel }) {
  const { catalog, data } = useAppData();
  const noteOf = new Map((data.profile?.skills ?? []).flatMap((rating) => (rating.note?.trim() ? [[rating.skillId, rating.note.trim()] as const] : [])));
  const { t, locale, formatPercent } = useI18n();
  const level = (value: number) => {
    const key = `level.${value}`;
    return hasMessage(key) ? `${value} · ${t(key)}` : String(value);
  };
  const uncovered = skillNames(catalog, plan.uncovered.map((gap) => gap.skillId), locale);
  return (
    <section className={classes.section} aria-labelledby="print-readiness">
      <h2 id="print-readiness">{t('print.readiness.title')}</h2>
      <p className={classes.muted}>{t('print.readiness.intro')}</p>
      {model.roles.map(({ role, fit }) => {
        const title = localized(role.title, locale);
        if (!fit) {
          return (
            <div key={role.id} className={classes.roleCard}>
              <h3>{title}</h3>
              <p>{t('print.readiness.noProfile')}</p>
            </div>
          );
        }
        const gaps = fit.requirements.filter((requirement) => requirement.gap > 0);
        const names = skillNames(catalog, gaps.map((gap) => gap.skillId), locale);
        return (
          <div key={role.id} className={classes.roleCard}>
            <div className={classes.roleHeader}>
              <h3>{title}</h3>
              <span className={classes.readiness}>
                {t('print.readiness.value', { percent: formatPercent(fit.coreExplanation.percent / 100) })}
              </span>
            </div>
            <p className={classes.muted}>
              {t('print.readiness.points', {
                numerator: fit.coreExplanation.numerator,
                denominator: fit.coreExplanation.denominator,
                full: formatPercent(fit.explanation.percent / 100),
              })}
              {' · '}
              {t('print.readiness.met', { count: fit.requirements.length - gaps.length, total: fit.requirements.length })}
            </p>
            {gaps.length === 0 ? (
              <p>{t('print.readiness.noGap')}</p>
            ) : (
              <table className={classes.table}>
                <caption>{t('print.gap.caption', { role: title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('print.gap.skill')}</th>
                    <th scope="col">{t('print.gap.have')}</th>
                    <th scope="col">{t('print.gap.need')}</th>
                    <th scope="col">{t('print.gap.tier')}</th>
                    <th scope="col" className={classes.number}>
                      {t('print.gap.importance')}
                    </th>
                    <th scope="col" className={classes.number}>
                      {t('print.gap.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {gaps.map((gap, index) => (
                    <tr key={gap.skillId}>
                      <th scope="row">{names[index]}</th>
                      <td className={classes.nowrap}>{level(gap.have)}</td>
                      <td className={classes.nowrap}>{level(gap.need)}</td>
                      <td>{t(`print.tier.${gap.tier}`)}</td>
                      <td className={classes.number}>{gap.importance}</td>
                      <td className={classes.number}>{formatPercent(gap.share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <PrintStrengths title={title} strengths={fit.strengths} noteOf={noteOf} level={level} />
          </div>
        );
      })}
      {uncovered.length > 0 && <p>{t('print.uncovered', { skills: uncovered.join(', ') })}</p>}
    </section>
  );
}

interface PrintStrengthsProps {
  title: string;
  strengths: RoleFit['strengths'];
  /** The person's own note on a rated skill, by skill id. */
  noteOf: ReadonlyMap<string, string>;
  level: (value: number) => string;
}

/** What the person already brings to the role, with what they wrote about it: the start of a cover letter. */
function PrintStrengths({ title, strengths, noteOf, level }: PrintStrengthsProps) {
  const { catalog } = useAppData();
  const { t, locale } = useI18n();
  if (strengths.length === 0) return <p className={classes.muted}>{t('print.strengths.none')}</p>;
  const names = skillNames(catalog, strengths.map((strength) => strength.skillId), locale);
  const withNotes = strengths.some((strength) => noteOf.has(strength.skillId));
  return (
    <table className={`${classes.table} ${classes.strengths}`} data-testid="print-strengths">
      <caption>{t('print.strengths.caption', { role: title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('print.gap.skill')}</th>
          <th scope="col">{t('print.gap.have')}</th>
          <th scope="col">{t('print.gap.need')}</th>
          {withNotes && <th scope="col">{t('print.strengths.note')}</th>}
        </tr>
      </thead>
      <tbody>
        {strengths.map((strength, index) => (
          <tr key={strength.skillId}>
            <th scope="row">{names[index]}</th>
            <td className={classes.nowrap}>{level(strength.have)}</td>
            <td className={classes.nowrap}>{level(strength.need)}</td>
            {withNotes && <td>{noteOf.get(strength.skillId) ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
