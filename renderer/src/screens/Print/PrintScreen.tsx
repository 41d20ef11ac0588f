import { useMemo } from 'react';
import { PAPER_SIZES, type Settings } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import type { Route } from '../../routing';
import { paperSizeOf, type PaperSize } from './paper';
import classes from './Print.module.css';
import { PrintCover } from './PrintCover';
import { PrintPlanTable } from './PrintPlanTable';
import { PrintProgress } from './PrintProgress';
import { PrintReadiness } from './PrintReadiness';
import { PrintSources } from './PrintSources';
import { useStudyLanguages } from '../Roles/useFitProfile';
import { buildPrintModel } from './printModel';
import { usePrintReady } from './usePrintReady';

/** Same margins as main/print/templates.ts PDF_MARGINS_INCHES: the footer lives in the bottom one. */
const PAGE_MARGINS = '15mm 14mm 18mm 14mm';

function paperOf(requested: string | null, settings: Settings): PaperSize {
  if (requested && (PAPER_SIZES as readonly string[]).includes(requested)) return requested as PaperSize;
  return paperSizeOf(settings);
}

/**
 * #/print/<planId>?paper=a4|letter: the plan laid out for paper, without the app's shell. Main
 * prints it to PDF in a hidden window; the browser tests print it with page.pdf.
 */
export function PrintScreen({ route }: { route: Route }) {
  const { data, catalog } = useAppData();
  const { t, locale } = useI18n();
  const plan = data.plans.find((candidate) => candidate.id === route.segments[1]);
  const paper = paperOf(route.query.get('paper'), data.settings);
  const languages = useStudyLanguages(data.profile);
  const model = useMemo(
    () => (plan ? buildPrintModel(plan, data.profile, catalog, data.progress, languages, locale) : null),
    [plan, data.profile, catalog, data.progress, languages, locale],
  );
  const title = [t('print.documentTitle'), plan?.name, data.profile?.name].filter(Boolean).join(' — ');
  usePrintReady(plan ? 'true' : 'missing', t('print.footer'), title);

  return (
    <main className={classes.page} data-paper={paper}>
      {/* The paper size is only known at run time, so the @page rule is written here. */}
      <style>{`@page { size: ${paper === 'letter' ? 'letter' : 'A4'} portrait; margin: ${PAGE_MARGINS}; }`}</style>
      {plan && model ? (
        <>
          <PrintCover plan={plan} model={model} />
          <PrintReadiness plan={plan} model={model} />
          <PrintPlanTable model={model} forWhom={{ background: data.profile?.background, roleIds: plan.targetRoleIds }} />
          <PrintProgress model={model} />
          <PrintSources model={model} />
        </>
      ) : (
        <p>{t('print.missing')}</p>
      )}
    </main>
  );
}
